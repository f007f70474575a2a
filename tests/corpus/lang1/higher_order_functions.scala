// Source: Rosetta Code, "Higher-order functions", Scala solution 1 (acmeism/RosettaCodeData,
// Task/Higher-order-functions/Scala/higher-order-functions-1.scala). Adapted: `int` written `Int`; a main passes
// lambdas, placeholders and methods (eta-expansion) as the function argument.
object HigherOrderFunctions {
  def functionWithAFunctionArgument(x: Int, y: Int, f: (Int, Int) => Int) = f(x, y)
  def gcd(a: Int, b: Int): Int = if (b == 0) a.abs else gcd(b, a % b)
  def main(args: Array[String]): Unit = {
    println(functionWithAFunctionArgument(3, 4, (a, b) => a * a + b * b))
    println(functionWithAFunctionArgument(3, 4, _ - _))
    println(functionWithAFunctionArgument(84, 36, gcd))
    val maxOf: (Int, Int) => Int = (a, b) => if (a > b) a else b
    println(functionWithAFunctionArgument(-7, 2, maxOf))
  }
}
