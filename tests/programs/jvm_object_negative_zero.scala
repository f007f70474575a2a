// Covers: object vars and vals initialised with -0.0 / -0.0f keep the sign (1 / x is -Infinity).
object Zeros {
  var d = -0.0
  var f = -0.0f
  val dv: Double = -0.0
  val fv: Float = -0.0f
}

object JvmObjectNegativeZero {
  def main(args: Array[String]): Unit = {
    println(Zeros.d)
    println(Zeros.f)
    println(Zeros.dv)
    println(Zeros.fv)
    println(1 / Zeros.d)
    println(1 / Zeros.f)
    Zeros.d = Zeros.d * 2
    println(Zeros.d)
  }
}
