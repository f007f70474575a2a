// Source: written for this test, after the Rosetta Code task "Accumulator factory"
// (https://rosettacode.org/wiki/Accumulator_factory): the accumulator is a class defined inside the factory method,
// capturing the method's var (shared between the instance and the method), and returned as a function.
object AccumulatorFactory {
  def accumulator(start: Double): Double => Double = {
    var sum = start
    var calls = 0
    class Accumulator {
      def add(n: Double): Double = { sum += n; calls += 1; sum }
      def count: Int = calls
    }
    val acc = new Accumulator
    (n: Double) => acc.add(n)
  }

  def main(args: Array[String]): Unit = {
    val x = accumulator(1)
    x(5)
    accumulator(3)
    println(x(2.3))
    val y = accumulator(10)
    println(y(1) + " " + y(0.5) + " " + x(0))
  }
}
