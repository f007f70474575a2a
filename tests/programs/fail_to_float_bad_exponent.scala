// `"1e+".toFloat`: an exponent without digits is a NumberFormatException naming the (trimmed) input.
object Main {
  def main(args: Array[String]): Unit = {
    println(java.lang.Float.parseFloat("2.5e1") + " " + " 0x1p4 ".toFloat)
    println(" 1e+ ".toFloat)
  }
}
