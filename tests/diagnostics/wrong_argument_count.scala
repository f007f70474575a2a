class Pair(val a: Int, val b: Int)

object Main {
  def add(x: Int, y: Int): Int = x + y
  def zero(): Int = 0

  def main(args: Array[String]): Unit = {
    println(add(1)) // expect: error wrong-arguments
    println(add(1, 2, 3)) // expect: error wrong-arguments
    println(zero(5)) // expect: error wrong-arguments
    val p = new Pair(1) // expect: error wrong-arguments
    println(math.max(1)) // expect: error wrong-arguments
    println(add(1, 2))
  }
}
