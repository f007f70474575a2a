// A val overriding a parent's val, as on the JVM: the parent's constructor reads the override's field (0/null
// until the subclass sets it), its own initializer still runs; overrides of overrides, constructor-parameter
// overrides (set before the parent's constructor), objects, and a trait's val read by the trait's initializer.
object Main {
  abstract class Base {
    val name: String = "base"
    val size: Int = 1
    println("Base sees " + name + " " + size)
    def describe = name + ":" + size
  }
  class Derived extends Base {
    override val name: String = "derived"
    override val size = 5
    println("Derived sees " + name + " " + size)
  }
  trait T { val x: Int = 10; val doubled = x * 2 }
  class U extends T { override val x = 7 }
  abstract class A { val v: Int; val w = v + 1 }
  class B extends A { val v = 3 }
  class C(override val name: String) extends Base
  def main(args: Array[String]): Unit = {
    val d = new Derived
    println(d.describe)
    val b: Base = d
    println(b.name + " " + b.size)
    println(new U().doubled)
    println(new B().w)
    val c = new C("c")
    println(c.describe)
  }
}
