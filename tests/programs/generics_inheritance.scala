// Generics over inheritance: type arguments on parents, overrides at the substituted types (bridged where the
// erased signatures differ), inference through parent types, generic methods in traits and objects, closures
// over a type parameter.
trait Container[T] {
  def get: T
  def put(x: T): Unit
  def describe: String = "holds " + get
  def transform[U](f: T => U): U = f(get)
}
class Cell[T](private var value: T) extends Container[T] {
  def get: T = value
  def put(x: T): Unit = value = x
}
class IntCell(private var n: Int) extends Container[Int] {
  def get: Int = n
  def put(x: Int): Unit = n = x * 10
}
class Box[T](val x: T) {
  def show: String = "Box(" + x + ")"
  def peek: T = x
}
class IntBox(v: Int) extends Box[Int](v) {
  override def peek: Int = x + 1
  def twice: Int = x * 2
}
class Named[T](name: String, items: Cell[T]) {
  def render(f: T => String): () => String = () => name + ": " + f(items.get)
}
object Util {
  def first[T](c: Container[T]): T = c.get
  def swapInto[T](a: Container[T], b: Container[T]): Unit = {
    val t = a.get
    a.put(b.get)
    b.put(t)
  }
}
object Main {
  def main(args: Array[String]): Unit = {
    val c = new Cell("a")
    val i = new IntCell(4)
    println(c.describe + " " + i.describe)
    val n: Int = Util.first(i)
    println(n + 1)
    println(Util.first(c).length)
    val ci: Container[Int] = i
    ci.put(7)
    println(ci.get + " " + i.get)
    val other = new Cell(3)
    Util.swapInto(i, other)
    println(i.get + " " + other.get)
    println(i.transform(x => x / 2.0))
    val b = new IntBox(20)
    val asBox: Box[Int] = b
    println(b.show + " " + b.peek + " " + asBox.peek + " " + b.twice)
    println(asBox.peek * 3)
    val r = new Named("cell", new Cell(42)).render(x => "<" + x + ">")
    println(r())
  }
}
