object Main {
  val greeting = "hello"
  var counter = 0

  def square(n: Int): Int = n * n

  def main(args: Array[String]): Unit = {
    val b: Byte = 100
    val c: Char = 'x'
    val l = 10L + square(3)
    val d = 1.5 * l
    counter += 1
    val label = if (counter > 0) "positive" else "zero"
    println(s"$greeting $label ${d + c}")
    println(b.toInt + counter)
  }
}
