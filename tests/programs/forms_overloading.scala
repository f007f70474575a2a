// Overloading resolved by argument types: the most specific applicable alternative wins (a Char argument goes to
// the Int alternative, a Long to the Long one), in objects and in classes.
class Printer {
  def put(x: Int): String = "Int " + x
  def put(x: String): String = "String " + x
  def put(x: Int, y: Int): String = "two " + (x + y)
}
object FormsOverloading {
  def over(x: Int): String = "Int " + x
  def over(x: Double): String = "Double " + x
  def over(x: String): String = "String " + x
  def over(x: Int, y: Int): String = "Int,Int " + (x + y)
  def over(x: Long): String = "Long " + x
  def area(r: Double): Double = 3.0 * r * r
  def area(w: Double, h: Double): Double = w * h
  def main(args: Array[String]): Unit = {
    println(over(1))
    println(over(2.5))
    println(over("s"))
    println(over(1, 2))
    println(over(3L))
    println(over('c'))
    println(over(1.5f))
    val p = new Printer
    println(p.put(1) + "; " + p.put("a") + "; " + p.put(1, 2))
    println(area(2) + " " + area(2, 3))
  }
}
