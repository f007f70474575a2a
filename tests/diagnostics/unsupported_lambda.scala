object Main {
  def firstPositive(xs: Array[Int]): Int = {
    val check = (x: Int) => { if (x > 0) return x; 0 } // expect: error unsupported "non-local return"
    -1
  }
  def main(args: Array[String]): Unit = {
    println(firstPositive(Array(1, 2, 3)))
  }
}
