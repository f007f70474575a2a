import checks.Validate

object Main {
  def main(args: Array[String]): Unit = {
    println(Validate.ratio(10, 3))
    println(Validate.positive(5))
    println(Validate.ratio(1, 0))
    println("not reached")
  }
}
