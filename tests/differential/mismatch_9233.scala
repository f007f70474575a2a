object Main {
  def main(args: Array[String]): Unit = {
    val v25 = 0.0
    val v33: Double = ((-(if (false) v25 else 0.0)) + (64028353067L - ((-667.5573120117188f)).toFloat))
    println(v33)
    val v34: Double = 64028353067L - ((-667.5573120117188f)).toFloat
    println(v34)
    val l = 64028353067L
    val f = -667.5573120117188f
    println(0.0 + (l - f))
    println((l - f) < 6.4028353e10)
    println(l - f)
  }
}
