// The JVM names of anonymous classes, numbered in source order per file; new Object/AnyRef { ... }.
object Main {
  trait T { def m: Int }
  class Inner { val q = new T { def m = 3 } }
  def show(x: Any): String = { val s = x.toString; s.substring(0, s.indexOf('@')) }
  def main(args: Array[String]): Unit = {
    val a = new T { def m = 1 }
    val o = new Object { override def toString = "custom" }
    val r = new AnyRef { def k = 4 }
    println(show(a))
    println(show(new Inner().q))
    println(o)
    println(r.k)
    val t: T = new T { def m = 7 }
    println((t: Any) match { case x: T => x.m })
    println(t.m + a.m)
  }
}
