// Anonymous classes are numbered per file in source order, an enclosing one before those in its body, whatever
// order the typer meets them in (`early` types `later` first).
trait T { def m: Any }
object Main {
  def show(x: Any): String = { val s = x.toString; s.substring(0, s.indexOf('@')) }
  val early = later
  def later = new T { def m = new T { def m = 1 } }
  def main(args: Array[String]): Unit = {
    println(show(early)); println(show(early.m))
    println(show(new T { def m = 5 }))
  }
}
