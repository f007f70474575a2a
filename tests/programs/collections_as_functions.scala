// Maps and Sets used as functions (Scala's are Function1s), and their methods as function values (eta-expansion).
object Main {
  val squares = Map(1 -> 1, 2 -> 4, 3 -> 9)
  def twice(f: Int => Int, x: Int): Int = f(f(x))
  def keep(p: Char => Boolean, s: String): String = s.filter(p)
  def main(args: Array[String]): Unit = {
    val m = Map(1 -> 2, 2 -> 3, 3 -> 1)
    println(twice(m, 1))
    val vowels = Set('a', 'e', 'i', 'o', 'u')
    println(keep(vowels, "education"))
    println(List(1, 2, 3).map(squares))
    println("banana".filter(vowels))
    println(List(1, 5, 2).filter(m.contains))
    val hm = scala.collection.mutable.Map("a" -> 1)
    println(List("a", "b").map(hm.get))
    println(List(3, 1).map(m))
  }
}
