// super[T].m (a class's and a trait's parents, Any's toString through one), self types (a trait using its self
// type's members unqualified and through `self`), `self =>` aliases, protected[this] members used on this.
object Main {
  trait A { def name: String = "A" }
  trait B extends A { override def name: String = "B" }
  trait C extends A { override def name: String = "C" }
  class D extends B with C {
    override def name: String = super[B].name + super[C].name + super.name
  }
  class Base { def hello = "base" }
  class E extends Base with C { override def name = super[Base].hello + super[C].name }
  class P { protected[this] var secret = 41; def bump(): Int = { secret += 1; secret } }
  class Q extends P { def peek = secret }
  trait Logger { def log(msg: String): String = "[" + msg + "]" }
  trait Service { self: Logger =>
    def run(x: Int): String = log("run " + x)
    def me: Logger = self
  }
  class Impl extends Service with Logger
  trait Named { self =>
    def name: String
    def shout = self.name.toUpperCase
  }
  def main(args: Array[String]): Unit = {
    println(new D().name)
    println(new E().name)
    println(new P().bump())
    println(new Q().peek)
    val s = new Impl
    println(s.run(3))
    println(s.me.log("m"))
    println(new Named { def name = "n" }.shout)
  }
}
