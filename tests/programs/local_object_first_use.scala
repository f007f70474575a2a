// An object defined in a method whose making runs code is made on first use, once per call of the method, as on
// the JVM; one never used is never made.
object Main {
  def run(n: Int): Int = {
    println("run " + n)
    object Counter {
      println("Counter made")
      var count = n
      val start = count * 10
      def inc(): Int = { count += 1; count }
    }
    println("before use")
    Counter.inc()
    Counter.inc()
    println(Counter.start)
    Counter.count
  }
  def unused(): Unit = {
    object Never { println("never printed") }
    println("unused ran")
  }
  def main(args: Array[String]): Unit = {
    println(run(1))
    println(run(5))
    unused()
  }
}
