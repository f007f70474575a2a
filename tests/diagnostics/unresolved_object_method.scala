object Util {
  def square(n: Int): Int = n * n
}

object Main {
  def main(args: Array[String]): Unit = {
    println(Util.square(3))
    println(Util.cube(3)) // expect: error not-a-member "cube"
    println(Nowhere.cube(3)) // expect: error unresolved-name "Nowhere"
  }
}
