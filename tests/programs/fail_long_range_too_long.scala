// A NumericRange of more than Int.MaxValue elements fails when its length is needed (here, to print it).
object Main {
  def main(args: Array[String]): Unit = {
    val r = 0L to 3000000000L
    println((0L to 10L by 5L))
    println(r)
  }
}
