import java.lang.Boolean.{TRUE, FALSE}

class Holder[V <: AnyRef] {
  private var items = new Array[AnyRef](4)
  private var n = 0
  def add(v: V): Unit = { items(n) = v; n += 1 }
  def at(i: Int): V = items(i).asInstanceOf[V]
  def size: Int = n
}

object Main {
  final val UNVISITED = Integer.MAX_VALUE

  def twice(i: Int): Int = 2 * i

  def main(args: Array[String]): Unit = {
    val h = new Holder[Integer]()
    h.add(3)
    h.add(UNVISITED)
    h.add(Integer.valueOf(7))
    val v = h.at(0)
    println(v)
    println(v == 3)
    println(v != UNVISITED)
    println(h.at(1) == UNVISITED)
    println(twice(v))
    println(v + 1)
    println(v * h.at(2))
    println(v < h.at(2))
    val w: Int = h.at(2)
    println(w)
    println(v.intValue() + v.doubleValue())
    println(v.hashCode)
    println(v.toString + "!")
    println(v.equals(3))
    println(v.equals(3L))
    println(v == 3L)
    val any: Any = v
    println(any.isInstanceOf[Integer])
    println(any.isInstanceOf[Int])
    val back = any.asInstanceOf[Integer]
    println(back + 0)
    val b: java.lang.Boolean = true
    println(b == TRUE)
    println(TRUE)
    println(FALSE == false)
    println(if (b) "yes" else "no")
    val seen = new Holder[java.lang.Boolean]()
    seen.add(true)
    if (seen.at(0) == TRUE) println("seen")
    val c: Character = 'x'
    println(c)
    println(c.charValue() == 'x')
    val n: Integer = null
    println(n)
    println(n == null)
    println(n == 0)
  }
}
