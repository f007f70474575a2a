// Covers: s"..." interpolation with $name and ${expr} holding every value type,
// method calls, field access, array elements, arithmetic and nested quotes-free strings.
class Pt(val x: Int, val y: Int) {
  def norm2: Int = x * x + y * y
}

object StringInterpolation {
  def twice(n: Int): Int = n * 2

  def main(args: Array[String]): Unit = {
    val name = "World"
    val n = 7
    val big = 10000000000L
    val d = 0.25
    val f = 1.5f
    val c = 'Q'
    val ok = false
    val nul: String = null
    println(s"Hello, $name!")
    println(s"n=$n big=$big d=$d f=$f c=$c ok=$ok nul=$nul")
    println(s"${n + 1} ${n * n} ${n / 2} ${n % 2 == 1}")
    println(s"twice: ${twice(n)}")
    val p = new Pt(3, 4)
    println(s"p=(${p.x}, ${p.y}) norm2=${p.norm2}")
    val arr = Array(10, 20, 30)
    println(s"arr(1)=${arr(1)} len=${arr.length}")
    println(s"$n$n$n")
    println(s"${name}s")
    println(s"$name.length")
    println(s"${name.length}")
    println(s"no vars")
    println(s"")
    println(s"tab\there")
    println(s"${if (n > 5) "big" else "small"}")
    println(s"${name.substring(0, 3)}|${name.charAt(4)}")
    var count = 0
    while (count < 3) {
      println(s"line $count of 3")
      count += 1
    }
    val msg = s"${n}x${n}=${n * n}"
    println(msg + " (" + msg.length + ")")
    println(s"unicode: ${"\u00e9"} ✓")
  }
}
