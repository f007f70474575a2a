// A blank string: "empty String", after trimming, as java.lang.Double.parseDouble says.
object Main {
  def main(args: Array[String]): Unit = {
    val blank = "  \t "
    println("-.5e-1".toDouble)
    println(blank.toDouble)
  }
}
