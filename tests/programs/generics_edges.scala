// Generics: generic local defs, a generic class in an object made with new Outer.Holder(...), generic methods of a trait on an object, functions composed generically, tuples of type parameters, a generic tree folded, Null, Boolean and Char arguments.
object Outer {
  class Holder[T](var v: T) { def set(x: T): Unit = v = x }
}
trait Mapper {
  def twice[T](x: T, f: T => T): T = f(f(x))
}
object M extends Mapper
class Tree[T](val value: T, val kids: Array[Tree[T]]) {
  def size: Int = { var n = 1; for (k <- kids) n += k.size; n }
  def fold[R](z: R, f: (R, T) => R): R = { var acc = f(z, value); for (k <- kids) acc = k.fold(acc, f); acc }
}
object Main {
  def compose[A, B, C](f: A => B, g: B => C): A => C = x => g(f(x))
  def const[T](x: T): () => T = () => x
  def swap[A, B](p: (A, B)): (B, A) = (p._2, p._1)
  def main(args: Array[String]): Unit = {
    def local[T](x: T, n: Int): String = if (n == 0) "" + x else local(x, n - 1) + "."
    println(local(5, 3))
    val h = new Outer.Holder(3)
    h.set(h.v + 1)
    h.v = h.v * 10
    println(h.v)
    println(M.twice(3, (x: Int) => x * 3) + " " + M.twice("a", (s: String) => s + s))
    val f = compose((x: Int) => x + 1, (y: Int) => "v" + y)
    println(f(41))
    val c = const(2.5)
    println(c() * 2)
    println(swap((1, "x")))
    val sw = swap(("k", 3L))
    println(sw._1 + 1)
    val t = new Tree(1, Array(new Tree(2, Array[Tree[Int]]()), new Tree(3, Array(new Tree(4, Array[Tree[Int]]())))))
    println(t.size + " " + t.fold(0, (a: Int, b: Int) => a + b) + " " + t.fold("", (a: String, b: Int) => a + b))
    val e = new Outer.Holder[String](null)
    println(e.v == null)
    val n = new Outer.Holder(null)
    println(n.v)
    val bools = new Outer.Holder(true)
    println(!bools.v)
    val chars = new Outer.Holder('c')
    println((chars.v + 1).toChar)
  }
}
