// Source: Rosetta Code, "Closures/Value capture", Scala solution (acmeism/RosettaCodeData,
// Task/Closures-Value-capture/Scala/closures-value-capture.scala). Adapted: the script wrapped in an object's main.
object ClosuresValueCapture {
  def main(args: Array[String]): Unit = {
    val closures = for (i <- 0 to 9) yield (() => i * i)
    0 to 8 foreach (i => println(closures(i)()))
    println("---\n" + closures(7)())
  }
}
