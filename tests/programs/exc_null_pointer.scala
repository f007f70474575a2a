// Covers: null dereferences in a program that catches: a field read and write, a method call, an array read,
// write and length on null are NullPointerExceptions a catch case sees, in the order the JVM evaluates them.
class Cell(var value: Int) {
  def twice(): Int = value * 2
}

object ExcNullPointer {
  var cell: Cell = null
  var numbers: Array[Int] = null

  def index(i: Int): Int = {
    println("index " + i + " evaluated")
    i
  }

  def main(args: Array[String]): Unit = {
    try println(cell.value) catch { case e: NullPointerException => println("field read: " + e) }
    try cell.value = 3 catch { case e: NullPointerException => println("field write: " + e) }
    try println(cell.twice()) catch { case e: NullPointerException => println("call: " + e) }
    try println(numbers(index(1))) catch { case e: NullPointerException => println("array read: " + e) }
    try numbers(index(2)) = 5 catch { case e: RuntimeException => println("array write: " + e) }
    try println(numbers.length) catch { case e: Exception => println("array length: " + e) }
    cell = new Cell(21)
    numbers = Array(1, 2, 3)
    println(cell.twice() + numbers(index(2)) + numbers.length)
  }
}
