object Main {
  def first[T](xs: Array[T]): T = xs(0) // expect: error unsupported "generic"

  def main(args: Array[String]): Unit = println("generic")
}
