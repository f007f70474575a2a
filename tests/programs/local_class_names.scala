// Classes defined in blocks: two methods may each define a P; the JVM names them Main$P$1, Main$P$2 (scalac's
// per-file numbering in source order), a block's own P hides another method's.
object Main {
  def show(x: Any): String = { val s = x.toString; s.substring(0, s.indexOf('@')) }
  def a(): Any = { class P(val x: Int); new P(1) }
  def b(): Any = { class P(val y: String); new P("s") }
  def c(): Any = { class Q; new Q }
  def main(args: Array[String]): Unit = {
    println(show(a())); println(show(b())); println(show(c()))
    class P { override def toString = "main's P@" }
    println(show(new P))
  }
}
