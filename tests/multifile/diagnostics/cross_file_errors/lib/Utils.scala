package lib

object Utils {
  def add(a: Int, b: Int): Int = a + b
  val label: String = "sum"
}

class Box(val size: Int)
