object Main {
  def main(args: Array[String]): Unit = {
    class Helper(val n: Int) // expect: error unsupported "class or object defined inside a method"
    println(1)
  }
}
