object Main {
  def main(args: Array[String]): Unit = {
    val v34: Float = 16777217.0f
    var v40: Float = ((-882164268263L) % v34)
    println(v40)
  }
}
