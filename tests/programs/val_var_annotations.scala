// Covers: val/var with and without type annotations, type inference from
// literals and expressions, reassignment of vars, shadowing in nested blocks.
object ValVarAnnotations {
  val top: Int = 3
  var topVar = "initial"

  def main(args: Array[String]): Unit = {
    val a = 1
    val b: Long = 2
    val c = 3.0
    val d: Double = 4
    val e = 'e'
    val f: Float = 5
    val g = "g"
    val h: String = "h" + a
    var i = 10
    var j: Long = i
    i = i + 1
    j = j * i
    println(a + " " + b + " " + c + " " + d + " " + e + " " + f + " " + g + " " + h)
    println(i + " " + j)
    val x = 1
    val y = {
      val x = 2
      val z = {
        val x = 3
        x * 100
      }
      x * 10 + z
    }
    println(x + " " + y)
    println(top)
    println(topVar)
    topVar = "changed"
    println(topVar)
    var k: Int = 0
    k = -k - 1
    println(k)
    var u: Short = 3
    u = (u * 2).toShort
    println(u)
    var by: Byte = 1
    by = (by + 127).toByte
    println(by)
    var ch: Char = 'A'
    ch = 'B'
    println(ch)
  }
}
