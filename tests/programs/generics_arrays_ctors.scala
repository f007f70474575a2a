// Generics: auxiliary constructors of a generic class, `eq` on a type parameter bounded by AnyRef, arrays of a
// type parameter made with a ClassTag (kept as boxed arrays, copied when they leave generic code as an
// Array[Int]), contravariance, lower bounds and a generic method's explicit type arguments without arguments.
import scala.reflect.ClassTag

class Vec[E <: AnyRef](capacity: Int) {
  def this() = this(4)
  private var items = new Array[AnyRef](capacity)
  private var n = 0
  def append(e: E): Unit = {
    if (n == items.length) {
      val more = new Array[AnyRef](n * 2)
      var i = 0
      while (i < n) { more(i) = items(i); i += 1 }
      items = more
    }
    items(n) = e
    n += 1
  }
  def at(i: Int): E = items(i).asInstanceOf[E]
  def size: Int = n
  def indexOfRef(e: E): Int = {
    var i = 0
    while (i < n && !(at(i) eq e)) i += 1
    if (i == n) -1 else i
  }
}

class Stack[T: ClassTag](capacity: Int) {
  private val items = new Array[T](capacity)
  private var n = 0
  def push(x: T): Unit = { items(n) = x; n += 1 }
  def pop(): T = { n -= 1; items(n) }
  def toArray: Array[T] = {
    val out = new Array[T](n)
    var i = 0
    while (i < n) { out(i) = items(i); i += 1 }
    out
  }
}

trait Sink[-T] { def put(x: T): String }
class AnySink extends Sink[Any] { def put(x: Any): String = "got " + x }

object Main {
  def fill[T: ClassTag](n: Int, x: T): Array[T] = {
    val a = new Array[T](n)
    var i = 0
    while (i < n) { a(i) = x; i += 1 }
    a
  }
  def feed(s: Sink[String]): String = s.put("text")
  def none[T]: Vec[String] = new Vec[String]()

  def main(args: Array[String]): Unit = {
    val v = new Vec[String]()
    val a = "a"
    val b = "bb".substring(1)
    v.append(a); v.append(b); v.append("c"); v.append("d"); v.append("e")
    println(v.size + " " + v.at(4) + " " + v.indexOfRef(b) + " " + v.indexOfRef("b" + ""))
    val big = new Vec[String](10)
    big.append("x")
    println(big.at(0) + big.size)
    val s = new Stack[Int](8)
    s.push(3); s.push(4); s.push(5)
    val arr: Array[Int] = s.toArray
    println(arr.length + " " + arr.sum + " " + s.pop())
    val xs: Array[Int] = fill(3, 7)
    println(xs.mkString(","))
    val ds = fill[Double](2, 1.5)
    println(ds(0) + ds(1))
    println(fill(2, "s").mkString("[", "|", "]"))
    println(feed(new AnySink))
    println(none[Int].size)
  }
}
