// Covers: an uncaught exception whose class overrides toString: the JVM prints what toString gives.
class Odd(n: Int) extends RuntimeException("odd " + n) {
  override def toString: String = "Odd(" + n + ") with message " + getMessage
}

object FailThrowUserToString {
  def check(n: Int): Int = if (n % 2 == 1) throw new Odd(n) else n / 2

  def main(args: Array[String]): Unit = {
    println(check(4))
    println(check(3))
  }
}
