object Main {
  def main(args: Array[String]): Unit = {
    val n = args.length
    val kind = n match {
      case k: Int => "int" // expect: error unsupported "typed pattern"
    }
    println(kind)
  }
}
