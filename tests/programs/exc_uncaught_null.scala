// Covers: in a program that catches some exceptions, a null dereference nothing catches still ends the program
// with the JVM's line for a NullPointerException and status 1.
class Node(val next: Node, val value: Int)

object ExcUncaughtNull {
  def sum(n: Node): Int = n.value + (if (n.next == null) 0 else sum(n.next))

  def main(args: Array[String]): Unit = {
    val list = new Node(new Node(null, 2), 1)
    try println(sum(list)) catch { case e: ArithmeticException => println("not this") }
    val broken: Node = null
    println(sum(broken))
  }
}
