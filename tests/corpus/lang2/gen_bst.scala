// Source: written for this test after the Rosetta Code task "Tree traversal" and the binary search tree of
// "Scala by Example" chapter 7 (IntSet, made generic): an immutable generic binary search tree whose ordering is a
// compare function given to the tree, with insert, contains, in-order/pre-order/post-order traversal, height,
// min/max, and trees of Ints, Strings and case-class points.
abstract class Tree[T] {
  def insert(x: T, cmp: (T, T) => Int): Tree[T]
  def contains(x: T, cmp: (T, T) => Int): Boolean
  def inOrder(visit: T => Unit): Unit
  def preOrder(visit: T => Unit): Unit
  def postOrder(visit: T => Unit): Unit
  def height: Int
  def size: Int
}
class Leaf[T] extends Tree[T] {
  def insert(x: T, cmp: (T, T) => Int): Tree[T] = new Branch[T](x, this, this)
  def contains(x: T, cmp: (T, T) => Int): Boolean = false
  def inOrder(visit: T => Unit): Unit = ()
  def preOrder(visit: T => Unit): Unit = ()
  def postOrder(visit: T => Unit): Unit = ()
  def height = 0
  def size = 0
}
class Branch[T](val elem: T, val left: Tree[T], val right: Tree[T]) extends Tree[T] {
  def insert(x: T, cmp: (T, T) => Int): Tree[T] = {
    val c = cmp(x, elem)
    if (c < 0) new Branch(elem, left.insert(x, cmp), right)
    else if (c > 0) new Branch(elem, left, right.insert(x, cmp))
    else this
  }
  def contains(x: T, cmp: (T, T) => Int): Boolean = {
    val c = cmp(x, elem)
    if (c < 0) left.contains(x, cmp) else if (c > 0) right.contains(x, cmp) else true
  }
  def inOrder(visit: T => Unit): Unit = { left.inOrder(visit); visit(elem); right.inOrder(visit) }
  def preOrder(visit: T => Unit): Unit = { visit(elem); left.preOrder(visit); right.preOrder(visit) }
  def postOrder(visit: T => Unit): Unit = { left.postOrder(visit); right.postOrder(visit); visit(elem) }
  def height = 1 + math.max(left.height, right.height)
  def size = 1 + left.size + right.size
}

case class Point(x: Int, y: Int)

class SearchTree[T](cmp: (T, T) => Int) {
  private var root: Tree[T] = new Leaf[T]
  def add(x: T): Unit = root = root.insert(x, cmp)
  def has(x: T): Boolean = root.contains(x, cmp)
  def show(order: String): String = {
    val sb = new StringBuilder
    val visit = (x: T) => { if (sb.length > 0) sb.append(' '); sb.append(x); () }
    if (order == "in") root.inOrder(visit)
    else if (order == "pre") root.preOrder(visit)
    else root.postOrder(visit)
    sb.toString
  }
  def height: Int = root.height
  def size: Int = root.size
}

object Main {
  def main(args: Array[String]): Unit = {
    val ints = new SearchTree[Int]((a, b) => a - b)
    for (x <- Array(50, 30, 70, 20, 40, 60, 80, 30, 65)) ints.add(x)
    println(ints.show("in"))
    println(ints.show("pre"))
    println(ints.show("post"))
    println("size " + ints.size + " height " + ints.height)
    println(ints.has(65) + " " + ints.has(66))

    val words = new SearchTree[String]((a, b) => a.compareTo(b))
    for (w <- "the quick brown fox jumps over the lazy dog".split(" ")) words.add(w)
    println(words.show("in"))
    println(words.size + " " + words.has("fox") + " " + words.has("cat"))

    val byDistance = (p: Point, q: Point) => {
      val d = (p.x * p.x + p.y * p.y) - (q.x * q.x + q.y * q.y)
      if (d != 0) d else if (p.x != q.x) p.x - q.x else p.y - q.y
    }
    val points = new SearchTree[Point](byDistance)
    points.add(Point(3, 4)); points.add(Point(1, 1)); points.add(Point(0, 5)); points.add(Point(-2, 0))
    println(points.show("in"))
    println(points.has(Point(0, 5)) + " " + points.has(Point(5, 0)))
  }
}
