object Main {
  def main(args: Array[String]): Unit = {
    val pi = 3.14159
    val pattern = "%.2f"
    println(pattern.format(pi)) // a format made elsewhere: taken apart when the program runs
    println(f"$pi%q") // expect: error unsupported "%q"
    println("%d".format(pi)) // expect: error type-mismatch
    println("%d %d".format(1)) // expect: error wrong-arguments
    println(f"${pi}%b") // expect: error type-mismatch
    println(f"pi is $pi%.2f, ${pi * 2}%8.3f" + "%5s|%-5d|%x".format("ab", 42, 255))
  }
}
