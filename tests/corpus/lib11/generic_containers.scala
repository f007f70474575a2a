// Source: written for this test: generic containers backed by arrays as library-style Scala writes them with
// `T: ClassTag`: a growable ring buffer (deque), a fixed-size min-heap with an Ordering, and a sparse grid that
// starts out holding T's zero; used with Int, Double, Boolean, Char and String elements. Adapted: the String heap
// takes the implicit Ordering (the first version passed the ClassTag and a reversed Ordering explicitly).
import scala.reflect.ClassTag

object GenericContainers {
  class Ring[T: ClassTag](initial: Int) {
    private var items = new Array[T](initial)
    private var start = 0
    private var count = 0
    def size: Int = count
    private def grow(): Unit = {
      val bigger = new Array[T](items.length * 2)
      for (i <- 0 until count) bigger(i) = items((start + i) % items.length)
      items = bigger
      start = 0
    }
    def pushBack(x: T): Unit = { if (count == items.length) grow(); items((start + count) % items.length) = x; count += 1 }
    def pushFront(x: T): Unit = {
      if (count == items.length) grow()
      start = (start - 1 + items.length) % items.length
      items(start) = x
      count += 1
    }
    def popFront(): T = { val x = items(start); start = (start + 1) % items.length; count -= 1; x }
    def apply(i: Int): T = items((start + i) % items.length)
    def capacity: Int = items.length
    def raw: String = items.mkString("[", ",", "]")
    override def toString: String = (0 until count).map(apply).mkString("Ring(", ", ", ")")
  }

  class Heap[T: ClassTag](cap: Int)(implicit ord: Ordering[T]) {
    private val a = new Array[T](cap)
    private var n = 0
    def add(x: T): Unit = {
      a(n) = x; var i = n; n += 1
      while (i > 0 && ord.lt(a(i), a((i - 1) / 2))) { val p = (i - 1) / 2; val t = a(i); a(i) = a(p); a(p) = t; i = p }
    }
    def poll(): T = {
      val top = a(0); n -= 1; a(0) = a(n); var i = 0; var done = false
      while (!done) {
        val l = 2 * i + 1; val r = l + 1
        var m = i
        if (l < n && ord.lt(a(l), a(m))) m = l
        if (r < n && ord.lt(a(r), a(m))) m = r
        if (m == i) done = true else { val t = a(i); a(i) = a(m); a(m) = t; i = m }
      }
      top
    }
    def isEmpty: Boolean = n == 0
  }

  class Grid[T: ClassTag](val w: Int, val h: Int) {
    private val cells = Array.ofDim[T](w * h)
    def update(x: Int, y: Int, v: T): Unit = cells(y * w + x) = v
    def get(x: Int, y: Int): T = cells(y * w + x)
    def rows: List[String] = (0 until h).map(y => (0 until w).map(x => get(x, y)).mkString(" ")).toList
  }

  def drain[T: ClassTag](h: Heap[T]): List[T] = { var out = List.empty[T]; while (!h.isEmpty) out = h.poll() :: out; out.reverse }

  def main(args: Array[String]): Unit = {
    val r = new Ring[Int](2)
    println(r.raw + " " + r)
    r.pushBack(1); r.pushBack(2); r.pushFront(0); r.pushBack(3); r.pushFront(-1)
    println(s"$r size=${r.size} capacity=${r.capacity} raw=${r.raw}")
    println(s"popped ${r.popFront()} ${r.popFront()} -> $r")
    val rs = new Ring[String](3); rs.pushBack("b"); rs.pushFront("a")
    println(rs + " " + rs.raw)
    val rb = new Ring[Boolean](2); rb.pushBack(true)
    println(rb + " " + rb.raw)

    val h = new Heap[Int](10)
    List(5, 3, 9, 1, 7, 2).foreach(h.add)
    println(drain(h))
    val hs = new Heap[String](5)
    List("pear", "apple", "fig").foreach(hs.add)
    println(drain(hs))

    val g = new Grid[Double](3, 2)
    g(1, 0) = 1.5; g(2, 1) = -2.0
    g.rows.foreach(println)
    val gc = new Grid[Char](2, 2)
    gc(0, 0) = 'x'
    println(gc.rows.map(_.map(c => if (c == '\u0000') '.' else c)).mkString("|"))
  }
}
