// A null java.lang.Integer (or another box) where its primitive is wanted goes through Predef's Integer2int,
// which calls intValue: a NullPointerException, as on the JVM. Unboxing an erased null (`asInstanceOf[Int]`
// of a null Any) still gives 0. The last unboxing is uncaught.
object Main {
  def twice(n: Int): Int = n * 2
  def main(args: Array[String]): Unit = {
    val i: Integer = null
    try { val x: Int = i; println(x) } catch { case e: NullPointerException => println("Integer to Int: NPE") }
    val j: java.lang.Long = null
    try { val y: Long = j; println(y) } catch { case e: NullPointerException => println("Long to long: NPE") }
    val b: java.lang.Boolean = null
    try { val y: Boolean = b; println(y) } catch { case e: NullPointerException => println("Boolean: NPE") }
    val c: java.lang.Double = null
    try { println(c + 1.0) } catch { case e: NullPointerException => println("Double plus: NPE") }
    try { println(twice(i)) } catch { case e: NullPointerException => println("argument: NPE") }
    try { println(i.intValue) } catch { case e: NullPointerException => println("intValue: NPE") }
    val a: Any = null
    println(a.asInstanceOf[Int])
    val k: Integer = 5
    val z: Int = k + 1
    println(z)
    println(i == null)
    val boxes: Array[Integer] = Array[Integer](1, null, 3)
    var sum = 0
    for (n <- boxes) if (n != null) sum += n
    println(sum)
    val w: Int = boxes(1)
    println("not reached " + w)
  }
}
