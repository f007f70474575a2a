// Covers: lambdas in every form (typed, inferred from the expected type, placeholders, several parameters,
// no parameter), function types as parameter, field, local and result types, eta-expansion, higher-order
// methods, closures capturing vals and vars (a captured var is shared), by-name parameters, toString.
class Counter(start: Int) {
  var n = start
  val next: () => Int = () => { n += 1; n }
  def adder(k: Int): Int => Int = x => x + k + n
}
object FnValues {
  def twice(f: Int => Int, x: Int): Int = f(f(x))
  def compose(f: Int => Int, g: Int => Int): Int => Int = x => g(f(x))
  def sq(x: Int): Int = x * x
  def fold(a: Array[Int], z: Long, op: (Long, Int) => Long): Long = {
    var acc = z
    for (x <- a) acc = op(acc, x)
    acc
  }
  def unless(cond: Boolean, body: => Unit): Unit = if (!cond) body
  def orElse(a: Boolean, b: => Boolean): Boolean = if (a) true else b
  def makeCounter(): () => Int = {
    var count = 0
    () => { count += 1; count }
  }
  def main(args: Array[String]): Unit = {
    val inc = (x: Int) => x + 1
    println(twice(inc, 3))
    println(twice(x => x * 3, 2))
    println(twice(_ * 2 + 1, 1))
    println(compose(inc, sq)(4))
    println(compose(sq, inc)(4))
    println(twice(sq, 3))
    val add: (Int, Int) => Int = _ + _
    println(add(20, 22))
    println(fold(Array(1, 2, 3, 4), 10L, (acc, x) => acc * x))
    val c1 = makeCounter()
    val c2 = makeCounter()
    c1(); c1()
    println(c1() + " " + c2())
    var total = 0
    val addTo = (k: Int) => total += k
    addTo(5); addTo(7)
    println(total)
    total = 100
    addTo(1)
    println(total)
    val k = 10
    val plusK: Int => Int = _ + k
    println(plusK(5))
    val fs: Array[Int => Int] = Array(inc, sq, plusK, x => -x)
    var r = 3
    for (f <- fs) r = f(r)
    println(r)
    unless(false, println("ran"))
    unless(true, println("not run"))
    println(orElse(true, { println("no"); false }))
    println(orElse(false, { println("yes"); true }))
    val c = new Counter(5)
    println(c.next())
    println(c.next())
    println(c.adder(1)(100))
    val toDouble: Int => Double = _ / 2.0
    println(toDouble(3))
    val describe: (String, Char) => String = (s, ch) => s + ch + s
    println(describe("ab", '-'))
    val unit: () => Unit = () => println("called")
    unit()
    val lng: Long => Long = x => x * x
    println(lng(3000000000L))
    println(inc)
    println(add)
  }
}
