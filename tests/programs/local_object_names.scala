// Objects defined in blocks are classes Main$O$N$ on the JVM, N counted after one holder per object of the name.
trait T
object Main {
  def show(x: Any): String = { val s = x.toString; s.substring(0, s.indexOf('@')) }
  def a(): Any = { object O extends T; O }
  def b(): Any = { object R extends T; R }
  def c(): Any = { object O extends T { val k = 1 }; O }
  def d(): Any = { object O extends T; O }
  def main(args: Array[String]): Unit = {
    println(show(a())); println(show(b())); println(show(c())); println(show(d()))
  }
}
