object Main {
  def main(args: Array[String]): Unit = {
    println((487230654692L / '\\'.toFloat))
  }
}
