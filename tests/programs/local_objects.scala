// Objects defined inside methods (issue 9): members, vals of literals, extending a trait, using the method's locals,
// as values of their parent type.
object Main {
  trait Shape { def area: Double }
  def main(args: Array[String]): Unit = {
    val scale = 3
    object Geometry {
      val Pi = 3.0
      def square(x: Double) = x * x
      def circle(r: Double) = Pi * square(r) * scale
    }
    object Unit1 extends Shape { def area = 1.0; override def toString = "unit" }
    println(Geometry.circle(2))
    println(Geometry.Pi)
    println(Unit1.area + " " + Unit1)
    val s: Shape = Unit1
    println(s eq Unit1)
    def helper(n: Int): Int = { object Memo { val base = 10; def f(k: Int) = k + base }; Memo.f(n) }
    println(helper(5))
  }
}
