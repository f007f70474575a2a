object Main {
  def main(args: Array[String]): Unit = {
    class Helper(val n: Int) // expect: error unsupported "class or object defined inside a method"
    // Uses of the class are not reported again (one mistake, one diagnostic).
    val h: Helper = new Helper(2)
    println(h.n)
    println(1)
  }
}
