// Covers: println and print of every value type (Byte, Short, Char, Int, Long,
// Float, Double, Boolean, String, null String), println() with no argument.
object PrintlnAllTypes {
  def main(args: Array[String]): Unit = {
    val b: Byte = -12
    val s: Short = 1234
    val c: Char = 'k'
    val i: Int = -99
    val l: Long = 1L << 50
    val f: Float = 2.75f
    val d: Double = -0.125
    val t: Boolean = true
    val str: String = "text"
    val nul: String = null
    println(b)
    println(s)
    println(c)
    println(i)
    println(l)
    println(f)
    println(d)
    println(t)
    println(str)
    println(nul)
    print(b)
    print(s)
    print(c)
    print(i)
    print(l)
    print(f)
    print(d)
    print(t)
    print(str)
    print(nul)
    println()
    println()
    print("")
    println("after blank")
    println(1 > 2)
    println(3.0f)
    println(-7L)
    println('\u263A')
    print('x')
    print('\n')
  }
}
