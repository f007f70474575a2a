object Main {
  def use(t: Tree[Vec, Int]): Int = t.n
  def main(args: Array[String]): Unit = {
    println(use(new Tree[Vec, Int]))
  }
}
class Tree[K <: Comparable[K], V] { val n = 3 }
final class Vec(val x: Double)
    extends Comparable[Vec] {
  def compareTo(o: Vec): Int = if (x < o.x) -1 else if (x > o.x) 1 else 0
}
