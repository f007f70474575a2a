// Covers: String + with every operand type on either side (Int, Long, Char,
// Boolean, Double, Float, Byte, Short, null), and left-to-right evaluation order.
object StringConcatTypes {
  def main(args: Array[String]): Unit = {
    val i = 42
    val l = -7L
    val ch = 'z'
    val bo = true
    val d = 2.5
    val f = 0.1f
    val by: Byte = -3
    val sh: Short = 300
    val nul: String = null
    println("i=" + i)
    println(i + "=i")
    println("l=" + l)
    println(l + "=l")
    println("ch=" + ch)
    println(ch + "=ch")
    println("bo=" + bo)
    println("d=" + d)
    println(d + "=d")
    println("f=" + f)
    println(f + "=f")
    println("by=" + by + " sh=" + sh)
    println(by + "" + sh)
    println("null? " + nul)
    println(nul + "!")
    println("x" + 1 + 2)
    println(1 + 2 + "x")
    println("x" + (1 + 2))
    println('a' + 'b' + "c")
    println("c" + 'a' + 'b')
    println('a' + "b" + 'c')
    println("" + 1.0 + 2L)
    println(1.0 + 2L + "")
    println("neg " + -5)
    println("expr " + (10 > 3))
    println("mix " + i * 2 + " " + i / 5 + " " + i % 5)
    println("" + Int.MinValue + Long.MaxValue)
    println("nan " + Double.NaN + " inf " + (1 / 0.0))
    println("zero " + -0.0 + " " + 0.0f)
    var s = "start"
    s = s + '-' + 1 + '-' + true
    println(s)
    println(s + s.length)
  }
}
