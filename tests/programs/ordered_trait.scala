// scala.math.Ordered: a class defining `compare` gets <, >, <=, >= and compareTo; a `T <: Ordered[T]` bound uses
// them on T (operators included), and a case class may extend it too.
class Version(val major: Int, val minor: Int) extends Ordered[Version] {
  def compare(that: Version): Int = if (major != that.major) major - that.major else minor - that.minor
  override def toString: String = major + "." + minor
}

case class Money(cents: Long) extends scala.math.Ordered[Money] {
  def compare(that: Money): Int = java.lang.Long.compare(cents, that.cents)
}

object Main {
  def largest[T <: Ordered[T]](xs: List[T]): T = xs.reduce((a, b) => if (a >= b) a else b)
  def isSorted[T <: Ordered[T]](xs: List[T]): Boolean = xs.zip(xs.drop(1)).forall { case (a, b) => a <= b }
  def clamp[T <: Ordered[T]](x: T, lo: T, hi: T): T = if (x < lo) lo else if (x > hi) hi else x

  def main(args: Array[String]): Unit = {
    val a = new Version(1, 2)
    val b = new Version(1, 10)
    println((a < b) + " " + (a > b) + " " + (a <= a) + " " + (b >= a) + " " + a.compare(b) + " " + b.compareTo(a))
    println(largest(List(a, b, new Version(0, 99))))
    println(isSorted(List(a, b)) + " " + isSorted(List(b, a)))
    println(clamp(Money(250), Money(0), Money(100)) + " " + clamp(Money(50), Money(0), Money(100)))
    println(Money(5) < Money(7))
  }
}
