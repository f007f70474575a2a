// Covers: sys.exit(3) in the middle of the program from inside a called method:
// output printed before must appear, nothing after it runs, exit status is 3.
object SysExitMid {
  def check(n: Int): Int = {
    if (n > 2) {
      println("limit reached at " + n)
      sys.exit(3)
    }
    n * 10
  }

  def main(args: Array[String]): Unit = {
    var i = 0
    while (i < 10) {
      println(check(i))
      i += 1
    }
    println("not reached")
  }
}
