// Source: written for this test after "Programming in Scala" chapter 15 (case classes) and the Either/Pair
// examples of "Scala for the Impatient" chapter 17 (Type Parameters): generic case classes Pair and a two-case
// Result (an Either-like sealed hierarchy), swap, map over both sides, pattern matching with guards, equality,
// hashing and copy of generic case classes.
case class Pair[A, B](first: A, second: B) {
  def swap: Pair[B, A] = Pair(second, first)
  def mapFirst[C](f: A => C): Pair[C, B] = Pair(f(first), second)
}

sealed abstract class Result[E, V] {
  def fold[R](onError: E => R, onValue: V => R): R
  def map[W](f: V => W): Result[E, W]
}
case class Failure[E, V](error: E) extends Result[E, V] {
  def fold[R](onError: E => R, onValue: V => R): R = onError(error)
  def map[W](f: V => W): Result[E, W] = Failure[E, W](error)
}
case class Success[E, V](value: V) extends Result[E, V] {
  def fold[R](onError: E => R, onValue: V => R): R = onValue(value)
  def map[W](f: V => W): Result[E, W] = Success[E, W](f(value))
}

object Main {
  def parseInt(s: String): Result[String, Int] = {
    var i = 0
    var n = 0
    var ok = s.length > 0
    while (ok && i < s.length) {
      val c = s.charAt(i)
      if (c >= '0' && c <= '9') n = n * 10 + (c - '0') else ok = false
      i += 1
    }
    if (ok) Success[String, Int](n) else Failure[String, Int]("not a number: " + s)
  }

  def describe(r: Result[String, Int]): String =
    r.fold(e => "error (" + e + ")", v => if (v > 100) "big " + v else "small " + v)

  def half(s: Success[String, Int]): String = s match {
    case Success(v) if v % 2 == 0 => "half " + v / 2
    case Success(v) => "odd " + v
  }

  def minMax(xs: Array[Int]): Pair[Int, Int] = {
    var lo = xs(0)
    var hi = xs(0)
    for (x <- xs) { if (x < lo) lo = x; if (x > hi) hi = x }
    Pair(lo, hi)
  }

  def main(args: Array[String]): Unit = {
    val p = Pair(1, "one")
    println(p)
    println(p.swap)
    println(p.mapFirst(x => x * 2.5))
    println(p == Pair(1, "one"))
    println(p == Pair(2, "one"))
    println(p.hashCode == Pair(1, "one").hashCode)
    println(p.copy(second = "uno"))
    val nested = Pair(Pair('a', true), Pair(3L, 4.5))
    println(nested)
    println(nested.first.second && nested.second.first > 2)
    val mm = minMax(Array(5, -3, 12, 7, 0))
    println("min " + mm.first + " max " + mm.second)
    for (s <- Array("42", "1234", "x1", "")) println(describe(parseInt(s)))
    println(parseInt("77").map(v => v + 1).fold(e => e, v => "got " + v))
    println(parseInt("7x").map(v => v * 2.0))
    println(parseInt("77").map(v => v * 2.0))
    println(half(Success(10)) + " " + half(Success(7)))
    println(Success[String, Int](3) == Success[String, Int](3))
    println(Failure[String, Int]("a"))
  }
}
