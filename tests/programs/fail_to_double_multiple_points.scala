// `"1.2.3".toDouble`: FloatingDecimal's own message for a second point.
object Main {
  def main(args: Array[String]): Unit = {
    println("1.5".toDouble + java.lang.Double.parseDouble(" 2 "))
    println("1.2.3".toDouble)
  }
}
