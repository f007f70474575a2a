// Source: written for this test after "Programming in Scala" (Odersky, Spoon, Venners), chapter 19 "Type
// Parameterization": the purely functional Queue[+T] kept as two lists (here generic linked cells), with
// enqueue taking a lower-bounded parameter U >: T, head/tail and the mirror step; plus the Rosetta Code task
// "Queue/Usage" (push, pop, empty) on it.
abstract class Lst[+T] {
  def isEmpty: Boolean
  def head: T
  def tail: Lst[T]
  def prepend[U >: T](x: U): Lst[U] = new Cons[U](x, this)
  def reverse: Lst[T] = {
    var acc: Lst[T] = Nil0
    var cur: Lst[T] = this
    while (!cur.isEmpty) { acc = acc.prepend(cur.head); cur = cur.tail }
    acc
  }
  def mkString(sep: String): String = if (isEmpty) "" else if (tail.isEmpty) "" + head else head + sep + tail.mkString(sep)
}
object Nil0 extends Lst[Nothing] {
  def isEmpty = true
  def head: Nothing = throw new NoSuchElementException("head of empty list")
  def tail: Lst[Nothing] = throw new NoSuchElementException("tail of empty list")
}
class Cons[T](val head: T, val tail: Lst[T]) extends Lst[T] {
  def isEmpty = false
}

class Queue[+T](private val leading: Lst[T], private val trailing: Lst[T]) {
  private def mirror: Queue[T] =
    if (leading.isEmpty) new Queue(trailing.reverse, Nil0) else this
  def isEmpty: Boolean = leading.isEmpty && trailing.isEmpty
  def head: T = mirror.leading.head
  def tail: Queue[T] = {
    val q = mirror
    new Queue(q.leading.tail, q.trailing)
  }
  def enqueue[U >: T](x: U): Queue[U] = new Queue[U](leading, trailing.prepend(x))
  override def toString: String = {
    val all = leading.mkString(", ")
    val back = trailing.reverse.mkString(", ")
    "Queue(" + all + (if (all != "" && back != "") ", " else "") + back + ")"
  }
}

object Main {
  def empty[T]: Queue[T] = new Queue[T](Nil0, Nil0)
  def main(args: Array[String]): Unit = {
    var q = empty[Int].enqueue(1).enqueue(2).enqueue(3)
    println(q)
    println(q.head)
    q = q.tail
    println(q)
    q = q.enqueue(4)
    println(q + " head " + q.head)
    val names: Queue[String] = empty[String].enqueue("ann").enqueue("bob")
    val anys: Queue[Any] = names.enqueue(42)
    println(anys)
    var r: Queue[Any] = anys
    while (!r.isEmpty) { println("pop " + r.head); r = r.tail }
    println(r.isEmpty)
    try { r.head } catch { case e: NoSuchElementException => println(e.getMessage) }
  }
}
