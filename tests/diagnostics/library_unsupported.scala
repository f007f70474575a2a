// What the prelude's library classes do not offer is `unsupported` at the member, never `not-a-member`; a wrong
// argument to a prelude overload names no alternatives in prelude files.
object Main {
  def main(args: Array[String]): Unit = {
    val sb = new StringBuilder
    println(sb.capacity) // expect: error unsupported
    println(BigInt(3).charValue) // expect: error unsupported
    println(BigInt(3).bigInteger) // expect: error unsupported
    val b = new BigInt(null) // expect: error unsupported
    sb.insert(true, 1) // expect: error wrong-arguments
    val r = 1 to 5
    println(r.grouped(2)) // expect: error unsupported
    println(BigInt(1.5)) // expect: error unsupported
  }
}
