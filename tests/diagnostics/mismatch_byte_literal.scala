object Main {
  def main(args: Array[String]): Unit = {
    val small: Byte = 127
    val big: Byte = 300 // expect: error type-mismatch
    val neg: Byte = -129 // expect: error type-mismatch
    val s: Short = 40000 // expect: error type-mismatch
    val c: Char = -1 // expect: error type-mismatch
    println(small + big + neg + s + c)
  }
}
