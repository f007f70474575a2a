object Main {
  def main(args: Array[String]): Unit = {
    println("abc".substring(-1, 2))
  }
}
