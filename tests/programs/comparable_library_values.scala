// String and the boxes (java.lang.Integer, Long, Double, Character) implement java.lang.Comparable of themselves:
// they are type arguments of a `T <: Comparable[T]` bound (written or inferred), and a T's compareTo dispatches on
// the value's class, a class of the program's own included.
class Version(val major: Int, val minor: Int) extends Comparable[Version] {
  def compareTo(o: Version): Int = if (major != o.major) major - o.major else minor - o.minor
  override def toString: String = major + "." + minor
}

class Ranked[T <: Comparable[T]](val items: List[T]) {
  def top: T = items.reduce((a, b) => if (a.compareTo(b) >= 0) a else b)
  def sorted: List[T] = items.sortWith((a, b) => a.compareTo(b) < 0)
}

object Main {
  def maxOf[T <: Comparable[T]](a: T, b: T): T = if (a.compareTo(b) >= 0) a else b
  def sign[T <: Comparable[T]](a: T, b: T): Int = { val c = a.compareTo(b); if (c < 0) -1 else if (c > 0) 1 else 0 }

  def main(args: Array[String]): Unit = {
    println(maxOf("apple", "pear"))
    println(maxOf[String]("b", "a"))
    val i1: Integer = 3
    val i2: Integer = 7
    println(maxOf(i1, i2))
    println(maxOf[Integer](5, -2))
    println(maxOf[java.lang.Long](5L, 9L))
    println(maxOf[java.lang.Double](1.5, -0.5))
    println(maxOf[Character]('a', 'z'))
    println(maxOf(new Version(1, 2), new Version(1, 10)))
    println(sign("abc", "abd") + " " + sign[Integer](4, 4) + " " + sign[java.lang.Double](0.0, -0.0))
    println(new Ranked(List("kiwi", "fig", "plum", "banana")).top)
    println(new Ranked(List("kiwi", "fig", "plum", "banana")).sorted)
    println(new Ranked[Integer](List[Integer](4, 1, 3)).sorted)
    println(new Ranked(List(new Version(2, 0), new Version(1, 9))).sorted)
  }
}
