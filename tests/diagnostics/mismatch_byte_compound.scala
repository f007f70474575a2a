object Main {
  def main(args: Array[String]): Unit = {
    var b: Byte = 1
    b += 1 // expect: error type-mismatch
    var s: Short = 2
    s = s + 1 // expect: error type-mismatch
    var i = 3
    i += 1
    println(b + s + i)
  }
}
