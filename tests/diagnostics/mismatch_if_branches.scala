object Main {
  def main(args: Array[String]): Unit = {
    val ok = args.length > 0
    val n: Int = if (ok) 1 else "none" // expect: error type-mismatch
    val s: String = if (ok) "yes" else 0 // expect: error type-mismatch
    val mixed = if (ok) 1 else "one"  // an Any, as in Scala
    println(n)
    println(s + mixed)
  }
}
