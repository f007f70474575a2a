// Stream's #:: keeps its right side unevaluated until the tail is needed (recursive streams, Stream(1, ?) printing).
object Main {
  def from(n: Int): Stream[Int] = n #:: from(n + 1)
  def fibsFrom(a: BigInt, b: BigInt): Stream[BigInt] = a #:: fibsFrom(b, a + b)
  def main(args: Array[String]): Unit = {
    val s = 1 #:: 2 #:: 3 #:: Stream.empty[Int]
    println(s)
    println(s.toList)
    println(from(10).take(3).toList)
    println(fibsFrom(0, 1).take(12).mkString(" "))
    val primes = from(2).filter(n => (2 until n).forall(n % _ != 0))
    println(primes.take(10).toList)
    println(primes)
  }
}
