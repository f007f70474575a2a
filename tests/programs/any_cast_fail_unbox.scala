// A boxed Long unboxed as an Int: scalac's unboxing casts to java.lang.Integer, which fails.
object Main {
  def main(args: Array[String]): Unit = {
    val x: Any = 42L
    println(x.asInstanceOf[Long])
    println(x.asInstanceOf[Int])
  }
}
