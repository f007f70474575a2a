// Two collections of one class whose type arguments differ meet at an existential type in Scala, which the subset
// does not represent: an `if` choosing between them is unsupported (it was a type mismatch naming the prelude's
// ImmutableMap, and using such a value was an internal error); an empty one beside a full one is fine.
object Main {
  def main(args: Array[String]): Unit = {
    val m = if (args.isEmpty) Map(1 -> "a") else Map("b" -> 2) // expect: error unsupported
    val s = if (args.isEmpty) Set(1) else Set()
    println(s)
  }
}
