class Box(val width: Int, var height: Int) {
  val label = "box"
  def grow(): Unit = {
    height = height + 1
    width = width + 1 // expect: error reassign-val
  }
}

object Main {
  def main(args: Array[String]): Unit = {
    val b = new Box(1, 2)
    b.height = 3
    b.width = 4 // expect: error reassign-val
    b.label = "crate" // expect: error reassign-val
    println(b.width + b.height)
  }
}
