object Main {
  def main(args: Array[String]): Unit = {
    var i = 0
    do { i += 1 } while (i < 3) // expect: error unsupported "do"
    println(i)
  }
}
