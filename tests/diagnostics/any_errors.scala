// What scalac rejects about the top types is rejected here too, at the same place.
object Main {
  def main(args: Array[String]): Unit = {
    val x: Any = 1
    val r: AnyRef = "r"
    println(x eq x) // expect: error type-mismatch
    println(r eq r)
    val n: AnyVal = null // expect: error type-mismatch
    println(x.foo) // expect: error not-a-member "foo"
    println(x.isInstanceOf[AnyVal]) // expect: error type-mismatch "AnyVal"
    val y: Int = x // expect: error type-mismatch
    val s: String = r // expect: error type-mismatch
    val ok: Int = x.asInstanceOf[Int]
    println(ok + y + s + n)
  }
}
