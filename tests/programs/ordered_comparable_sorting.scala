// Sorting, max and min of a List and an Array whose elements are the program's own Ordered or Comparable class (Ordering.ordered)
class Version(val major: Int, val minor: Int) extends Ordered[Version] {
  def compare(that: Version): Int = if (major != that.major) major - that.major else minor - that.minor
  override def toString: String = major + "." + minor
}
class Money(val cents: Long) extends Comparable[Money] {
  def compareTo(o: Money): Int = java.lang.Long.compare(cents, o.cents)
  override def toString: String = "$" + cents
}
object Main {
  def main(args: Array[String]): Unit = {
    val vs = List(new Version(1, 2), new Version(0, 9), new Version(1, 0))
    println(vs.sorted)
    println(vs.max + " " + vs.min)
    val ms = List(new Money(30), new Money(5), new Money(12))
    println(ms.sorted)
    println(ms.max)
    println(Array(new Version(2, 0), new Version(1, 5)).sorted.mkString(","))
  }
}
