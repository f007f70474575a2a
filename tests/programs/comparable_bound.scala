class CallSign(val value: Int) extends Comparable[CallSign] {
  override def compareTo(other: CallSign) = if (value == other.value) 0 else if (value < other.value) -1 else 1
  override def toString = "CS" + value
}
class Tree[K <: Comparable[K], V] {

  def least(a: K, b: K): K = if (a.compareTo(b) <= 0) a else b
}
object Main {
  def main(args: Array[String]): Unit = {
    val t = new Tree[CallSign, Int]
    println(t.least(new CallSign(3), new CallSign(2)))
    val c: Comparable[CallSign] = new CallSign(5)
    println(c.compareTo(new CallSign(7)))
  }
}
