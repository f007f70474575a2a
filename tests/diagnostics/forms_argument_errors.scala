object Main {
  def f(a: Int, b: Int = 2, c: String = "c"): String = a + "/" + b + c
  def over(x: Int): Int = x
  def over(x: String): Int = x.length
  def over(x: Int): Int = x + 1 // expect: error duplicate-definition
  var field: Int = _
  val constant: Int = _ // expect: error syntax-error

  def main(args: Array[String]): Unit = {
    println(f(1, a = 2)) // expect: error wrong-arguments
    println(f(b = 3)) // expect: error wrong-arguments
    println(f(a = 1, 2)) // expect: error wrong-arguments
    println(f(1, 2, "x", 4)) // expect: error wrong-arguments
    println(over(true)) // expect: error wrong-arguments
    var local: Int = _ // expect: error syntax-error
    var n = 1
    n ++= 2 // expect: error unsupported
    println(f(1) + f(1, c = "d") + over("abc"))
  }
}
