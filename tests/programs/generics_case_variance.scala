// Generic case classes (toString, equals, hashCode, copy, constructor patterns) and a covariant class standing for its parent's instance.
case class Pair[A, B](first: A, second: B) {
  def swap: Pair[B, A] = Pair(second, first)
}
sealed abstract class Animal { def name: String }
case class Dog(name: String) extends Animal
case class Cat(name: String) extends Animal
class Cell[+T](val v: T)
object Main {
  def names(c: Cell[Animal]): String = c.v.name
  def main(args: Array[String]): Unit = {
    val p = Pair(1, "x")
    println(p)
    println(p.swap)
    println(p == Pair(1, "x"))
    println(p.hashCode == Pair(1, "x").hashCode)
    println(p.copy(first = 5))
    p match {
      case Pair(a, b) => println(a + 1)
    }
    val q: Pair[Int, Int] = Pair(2, 3)
    q match {
      case Pair(x, y) if x < y => println(x * y)
      case _ => println("no")
    }
    println(names(new Cell(Dog("rex"))))
    val cd: Cell[Dog] = new Cell(Dog("fido"))
    println(names(cd))
  }
}
