object Main {
  var total = 0
  def run(n: Int): Unit = {
    (0 until n).map { i => total += i }
  }
  def main(args: Array[String]): Unit = {
    (1 to 3).map { i => println("step " + i) }
    Array("a", "b").map(s => println(s))
    run(5)
    println(total)
    val v = Vector(1, 2)
    v.map(x => total += x)
    println(total)
  }
}
