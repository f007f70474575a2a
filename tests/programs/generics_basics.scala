// Generics: a generic class and methods, inference from arguments and from a lambda's result, boxing at the boundary, tuples of type parameters.
class Box[T](val x: T) {
  def get: T = x
  def map[U](f: T => U): Box[U] = new Box(f(x))
  override def toString: String = "Box(" + x + ")"
}
object Main {
  def id[T](x: T): T = x
  def pair[A, B](a: A, b: B): (A, B) = (a, b)
  def main(args: Array[String]): Unit = {
    val b = new Box(1)
    val n: Int = b.x + 1
    println(n)
    println(b.get * 2)
    println(id(3) + id(4))
    println(id("s") + "!")
    val c = b.map(x => x * 1.5)
    println(c)
    println(c.x + 1.0)
    val s = new Box[String]("hi")
    println(s.x.length)
    val p = pair(1, "one")
    println(p._1 + 1)
    println(p)
    println(b.map(x => "v" + x).get.length)
  }
}
