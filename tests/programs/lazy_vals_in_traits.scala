// A lazy val of a trait: each class or object mixing the trait in computes it once, on first use, through the
// trait's own methods or from outside, also through the trait's type.
trait Cached {
  def base: Int
  lazy val cache: Int = { println("computing for " + base); base * 10 }
  def twice = cache + cache
}
class A(val base: Int) extends Cached
class B extends Cached { def base = 7; override def toString = "B" }
object O extends Cached { def base = 1 }
object Main {
  def main(args: Array[String]): Unit = {
    val a = new A(3)
    println("made")
    println(a.twice + " " + a.cache)
    val c: Cached = new B
    println(c.cache + c.twice)
    println(O.twice)
  }
}
