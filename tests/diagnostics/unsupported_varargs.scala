object Main {
  def sum(xs: Int*): Int = 0 // expect: error unsupported "repeated parameters"

  def main(args: Array[String]): Unit = println(sum(1, 2))
}
