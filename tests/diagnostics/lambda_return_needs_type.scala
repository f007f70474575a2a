// A `return` inside a lambda returns from the enclosing method (tests/programs/lambda_non_local_return.scala); as
// any `return`, it needs the method's result type written.
object Main {
  def each(xs: Array[Int], f: Int => Unit): Unit = xs.foreach(f)
  def firstPositive(xs: Array[Int]) = {
    each(xs, x => if (x > 0) return x) // expect: error missing-type "method `firstPositive` has a `return` and needs a result type"
    -1
  }
  def main(args: Array[String]): Unit = {
    println(firstPositive(Array(1, 2, 3)))
  }
}
