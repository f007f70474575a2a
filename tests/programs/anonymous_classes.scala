// Anonymous classes: new T { ... } and new C(args) { ... } capturing locals (a var shared), new C with T and
// new C with T { ... } (stackable traits), values held as the parent, as Any and matched, extra members, and
// the JVM's names of anonymous classes (Main$$anon$N, Main$Inner$$anon$N) in identity strings.
object Main {
  trait Greeter { def greet(name: String): String; def twice(n: String) = greet(n) + greet(n) }
  abstract class Counter(val start: Int) {
    def step: Int
    def next(i: Int): Int = i + step
    override def toString = "Counter(" + start + "," + step + ")"
  }
  trait Loud extends Greeter { abstract override def greet(name: String) = super.greet(name).toUpperCase }
  class Plain extends Greeter { def greet(n: String) = "hey " + n }
  trait Task { def run(): Unit }
  def make(prefix: String): Greeter = new Greeter {
    def greet(name: String) = prefix + ", " + name + "!"
  }
  def main(args: Array[String]): Unit = {
    val g = make("Hello")
    println(g.greet("world"))
    println(g.twice("x"))
    var total = 0
    val c = new Counter(10) {
      def step = 3
      total += start
    }
    println(c.next(c.start))
    println(c)
    println(total)
    val r: Task = new Task { def run(): Unit = { total += 1; println("ran " + total) } }
    r.run()
    r.run()
    val loud = new Plain with Loud
    val loud2 = new Plain with Loud { override def twice(n: String) = "twice " + greet(n) }
    println(loud2.twice("me"))
    println(loud.greet("you"))
    val anyOne: Any = new Greeter { def greet(n: String) = "hi " + n }
    anyOne match {
      case gr: Greeter => println(gr.greet("pattern"))
      case _ => println("?")
    }
    val cs = Array.tabulate(3)(i => new Counter(i) { def step = i * 10 })
    println(cs.map(k => k.next(1)).mkString(","))
    val e = new Counter(1) { def step = 2; def extra = step * 100 }
    println(e.extra)
  }
}
