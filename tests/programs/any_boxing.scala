// Primitives boxed into Any, AnyVal and AnyRef and back: vals, parameters, results, Array[Any] elements, the
// branches of an `if` whose types meet only in Any, and printing each the way the JVM does.
object Main {
  def id(x: Any): Any = x
  def describe(x: Any): String = "[" + x + "]"
  def twice(x: AnyVal): String = x.toString + x.toString
  def pick(c: Boolean): Any = if (c) 42 else "forty-two"
  def unitValue(): Unit = ()

  def main(args: Array[String]): Unit = {
    val i: Any = 7
    val l: Any = 7L
    val d: Any = 7.5
    val f: Any = 2.5f
    val b: Any = true
    val c: Any = 'z'
    val by: Any = 3.toByte
    val sh: Any = (-4).toShort
    val s: Any = "text"
    val n: Any = null
    val u: Any = unitValue()
    println(i); println(l); println(d); println(f); println(b); println(c); println(by); println(sh)
    println(s); println(n); println(u)
    println(describe(1) + describe(2L) + describe(0.1 + 0.2) + describe(1e10) + describe(-0.0) + describe(1.0f / 3))
    println(describe(Double.NaN) + describe(Float.PositiveInfinity) + describe(Long.MinValue) + describe(Int.MinValue))
    println(twice(5) + " " + twice(false) + " " + twice('q'))
    println(pick(true) + " " + pick(false))
    val back = id(41).asInstanceOf[Int] + 1
    println(back)
    val lb = id(1L << 40).asInstanceOf[Long] * 2
    println(lb)
    println(id(2.25).asInstanceOf[Double] * 2)
    println(id('a').asInstanceOf[Char].toInt)
    println(id(true).asInstanceOf[Boolean] && true)
    println(id("str").asInstanceOf[String].length)
    println(n.asInstanceOf[Int] + 1)
    println(n.asInstanceOf[Double])
    println(n.asInstanceOf[Boolean])
    println(n.asInstanceOf[String])
    val items = new Array[Any](6)
    items(0) = 1
    items(1) = "two"
    items(2) = 3.0
    items(3) = '4'
    items(4) = (5, "five")
    println(items.mkString(", "))
    var sum = 0
    for (x <- items) if (x.isInstanceOf[Int]) sum += x.asInstanceOf[Int]
    println(sum)
    val mixed = Array[Any](1, "a", 2.5, true, null)
    println(mixed.length + " " + mixed(0) + mixed(1) + mixed(2) + mixed(3) + mixed(4))
    val r: AnyRef = "ref"
    val o: Object = r
    val jo: java.lang.Object = o
    println(jo + " " + (o eq r) + " " + (o ne r))
    val v: AnyVal = 3
    println(v)
    val x = if (args.length > 10) 1 else 2.5
    println(x)
    val y = if (args.length > 10) 1 else "one"
    println(y)
    val z = if (args.length > 10) 'c' else true
    println(z)
    var acc: Any = 0
    for (k <- 1 to 3) acc = acc.toString + k
    println(acc)
    println((1: Any))
    println(((1, 2): Any))
  }
}
