// An Array[Int] held as Any cast to Array[Double]: the array classes' names ([I, [D) in the message.
object Main {
  def main(args: Array[String]): Unit = {
    val x: Any = Array(1, 2, 3)
    println(x.asInstanceOf[Array[Int]].length)
    println(x.asInstanceOf[Array[Double]].length)
  }
}
