// Non-local returns through finally (it runs), past catch (Exception does not catch it; Throwable swallows it, as
// on the JVM), in a class's method with Double and Long results, and one whose method has returned: uncaught.
object Main {
  def each(xs: Array[Int], f: Int => Unit): Unit = {
    try { var i = 0; while (i < xs.length) { f(xs(i)); i += 1 } } finally { println("each done") }
  }
  def guarded(f: () => Unit): String = {
    try { f(); "normal" } catch { case e: Exception => "caught " + e }
  }
  def swallow(f: () => Unit): String = {
    try { f(); "normal" } catch { case e: Throwable => "swallowed " + e }
  }
  def viaFinally(xs: Array[Int]): Long = { each(xs, x => if (x > 1) return x * 10L); 0L }
  def throughCatch(): String = { println(guarded(() => return "returned past the catch")); "fell through" }
  def throughThrowable(): String = { println(swallow(() => return "never")); "fell through" }
  def intThroughThrowable(): Int = { println(swallow(() => return 5)); 6 }
  def depth(n: Int): Int = {
    each(Array(n), k => if (k > 0) return depth(k - 1) + 1 else return 0)
    -100
  }
  class Finder(limit: Double) {
    def first(xs: Array[Double]): Double = {
      xs.foreach(x => if (x > limit) return x)
      var r = -1.0
      each(Array(1, 2), i => if (xs(i) > 0) { r = xs(i); return r * 2 })
      r
    }
  }
  var saved: () => Unit = null
  def escape(): Unit = { saved = () => return; println("escape returns") }
  def main(args: Array[String]): Unit = {
    println(viaFinally(Array(1, 2, 3)))
    println(throughCatch())
    println(throughThrowable())
    println(intThroughThrowable())
    println(depth(3))
    println(new Finder(2.5).first(Array(1.0, 3.0, 0.5)))
    println(new Finder(9.0).first(Array(1.0, 3.0, 0.5)))
    escape()
    saved()
    println("not reached")
  }
}
