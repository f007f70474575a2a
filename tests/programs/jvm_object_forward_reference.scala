// Covers: a val of an object read before its definition runs has the JVM's default value (0, 0L, 0.0, false,
// '\u0000', null), not the literal written later in the body.
object Forward {
  val a = b + 1
  val b = 2
  val l: Long = m * 3L
  val m = 7L
  val d: Double = e + 0.5
  val e = 2.0
  val z: Boolean = !y
  val y = true
  val c: Int = ch.toInt
  val ch = 'x'
  val s: String = t + "!"
  val t = "late"
  var v: Int = w
  var w: Int = 5
}

object JvmObjectForwardReference {
  def main(args: Array[String]): Unit = {
    println(Forward.a)
    println(Forward.b)
    println(Forward.l)
    println(Forward.d)
    println(Forward.z)
    println(Forward.c)
    println(Forward.s)
    println(Forward.v)
    println(Forward.w)
  }
}
