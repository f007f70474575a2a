class Thing(val id: Int)
class Thing(val name: String) // expect: error duplicate-definition

object Main {
  val x = 1
  val x = 2 // expect: error duplicate-definition

  def twice(n: Int): Int = n * 2
  def twice(n: Int): Int = n + n // expect: error duplicate-definition

  def pair(a: Int, a: Int): Int = a // expect: error duplicate-definition

  def main(args: Array[String]): Unit = {
    val y = 1
    val y = 2 // expect: error duplicate-definition
    println(x + y + twice(1))
  }
}
