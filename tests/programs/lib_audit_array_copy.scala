// Array.copy (scala.Array's, as a growable stack uses it, also between overlapping parts of one array) and arrays
// of a type parameter with a ClassTag made with new Array[T](n): their defaults as the caller reads them.
import scala.reflect.ClassTag

object Main {
  class Growable[T: ClassTag] {
    private var data = new Array[T](2)
    private var n = 0
    def push(x: T): Unit = {
      if (n == data.length) {
        val bigger = new Array[T](n * 2)
        Array.copy(data, 0, bigger, 0, n)
        data = bigger
      }
      data(n) = x
      n += 1
    }
    def apply(i: Int): T = data(i)
    def size: Int = n
    def capacity: Int = data.length
  }

  def firstOf[T: ClassTag](n: Int): T = new Array[T](n)(0)

  def main(args: Array[String]): Unit = {
    val g = new Growable[Int]
    for (i <- 1 to 5) g.push(i * i)
    println(g.size + " " + g.capacity + " " + g(4) + " " + g(7) + " " + (g(6) + 1))
    val names = new Growable[String]
    names.push("ann"); names.push("bob"); names.push("cid")
    println(names(2) + " " + names(3) + " " + names.capacity)
    val a = Array(1, 2, 3, 4, 5, 6)
    Array.copy(a, 0, a, 2, 3)
    println(a.mkString(","))
    val words = Array("a", "b", "c")
    val dest = new Array[String](5)
    Array.copy(words, 1, dest, 3, 2)
    println(dest.mkString(","))
    println(firstOf[Int](2) + " " + firstOf[Boolean](1) + " " + firstOf[Double](1) + " " + firstOf[String](1) + " " + (firstOf[Long](1) + 1L))
    try { Array.copy(a, 4, a, 0, 5) } catch { case e: ArrayIndexOutOfBoundsException => println("copy: " + e.getMessage) }
  }
}
