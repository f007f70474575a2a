// The several-element `+`, `-`, `+=` and `-=` of maps, sets and buffers: `m + (a -> 1, b -> 2)` adds both, in order,
// as Scala's `+(elem1, elem2, elems*)` overloads do; a list whose items are no elements is one tuple element.
import scala.collection.mutable
object Main {
  def main(args: Array[String]): Unit = {
    val m = Map("z" -> 0)
    println(m + ("a" -> 1, "b" -> 2))
    println(m + ("a" -> 1, "b" -> 2, "c" -> 3, "d" -> 4, "e" -> 5))
    println(Set(0) + (1, 2, 3))
    println(m - ("z", "q"))
    println(Set(1, 2, 3, 4) - (2, 3))
    val buf = mutable.ArrayBuffer(0)
    buf += (1, 2)
    buf -= (0, 2)
    println(buf)
    val mm = mutable.Map("x" -> 1)
    mm += ("y" -> 2, "z" -> 3)
    mm -= ("x", "q")
    println(mm.toList.sorted)
    val ms = mutable.Set(1)
    ms += (2, 3)
    ms -= (1, 9)
    println(ms.toList.sorted)
    val lb = mutable.ListBuffer(1)
    lb += (2, 3)
    println(lb)
    var s = Set(1)
    s += (5, 6)
    println(s)
    var im = Map(1 -> "a")
    im += (2 -> "b", 3 -> "c")
    im -= (1, 3)
    println(im)
    val pairs = Set((1, 2)) + ((3, 4))
    println(pairs)
    val big = (1 to 6).foldLeft(Map.empty[Int, String])((acc, i) => acc + (i -> "v", (i * 10) -> "w"))
    println(big.size + " " + big.toList.sorted.take(4))
  }
}
