// Source: Rosetta Code, "Nested function", Scala solution (acmeism/RosettaCodeData,
// Task/Nested-function/Scala/nested-function.scala). Adapted: wrapped in an object.
object NestedFunction {
  def main(args: Array[String]) {
    val sep: String = ". "
    var c: Int = 1;
    def go(s: String): Unit = {
      println(c + sep + s)
      c = c + 1
    }
    go("first")
    go("second")
    go("third")
  }
}
