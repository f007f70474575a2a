// Written for this test: the diamond and stackable-trait examples of "Programming in Scala" (chapter 12), with the
// initialisation order and `super` calls that follow the linearisation.
abstract class IntQueue {
  def get(): Int
  def put(x: Int): Unit
}
class BasicIntQueue extends IntQueue {
  private val buf = new Array[Int](100)
  private var head = 0
  private var tail = 0
  def get(): Int = { val x = buf(head); head += 1; x }
  def put(x: Int): Unit = { buf(tail) = x; tail += 1 }
}
trait Doubling extends IntQueue {
  abstract override def put(x: Int): Unit = { super.put(2 * x) }
}
trait Incrementing extends IntQueue {
  abstract override def put(x: Int): Unit = { super.put(x + 1) }
}
trait Filtering extends IntQueue {
  abstract override def put(x: Int): Unit = { if (x >= 0) super.put(x) }
}
class MyQueue extends BasicIntQueue with Doubling
class Q1 extends BasicIntQueue with Incrementing with Filtering

trait Base { def name: String = "Base"; println("init Base") }
trait Left extends Base { override def name: String = "Left>" + super.name; println("init Left") }
trait Right extends Base { override def name: String = "Right>" + super.name; println("init Right") }
class Bottom extends Left with Right { override def name: String = "Bottom>" + super.name; println("init Bottom") }
class Other extends Right with Left { println("init Other") }

class Animal { def kind: String = "animal"; println("init Animal") }
trait Furry extends Animal { override def kind: String = "furry " + super.kind; println("init Furry") }
trait HasLegs extends Animal { override def kind: String = "legged " + super.kind; println("init HasLegs") }
trait FourLegged extends HasLegs { override def kind: String = "four-" + super.kind; println("init FourLegged") }
class Cat extends Animal with Furry with FourLegged { println("init Cat") }

object Main {
  def main(args: Array[String]): Unit = {
    val q = new MyQueue
    q.put(10)
    println(q.get())
    val q1 = new Q1
    q1.put(-1); q1.put(0); q1.put(1)
    println(q1.get() + " " + q1.get())
    println(new Bottom().name)
    println(new Other().name)
    val c = new Cat
    println(c.kind)
    val b: Base = new Bottom
    println(b.name)
  }
}
