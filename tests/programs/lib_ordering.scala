// scala.math.Ordering as programs name it: Ordering[T], Ordering.Int and friends, Ordering.by, reverse, on, and
// the methods taking one (sorted, max, min, sortBy(f)(ord)), with an Ordering a program writes itself.
object Main {
  case class Person(name: String, age: Int)

  object ByAge extends Ordering[Person] {
    def compare(a: Person, b: Person): Int = a.age - b.age
  }

  def main(args: Array[String]): Unit = {
    val xs = List(5, 3, 9, 1)
    println(xs.sorted(Ordering[Int].reverse) + " " + xs.sorted(Ordering.Int) + " " + xs.max(Ordering[Int].reverse))
    val people = List(Person("ann", 31), Person("bob", 17), Person("cy", 45))
    println(people.sorted(ByAge).map(_.name) + " " + people.max(ByAge).name + " " + people.min(ByAge).name)
    println(people.sorted(Ordering.by((p: Person) => p.name)).map(_.age))
    println(people.sortBy(_.age)(Ordering[Int].reverse).map(_.name) + " " + people.sortBy(_.name).map(_.name))
    val byLength = Ordering.by((s: String) => s.length)
    println(List("ccc", "a", "bb").sorted(byLength) + " " + byLength.compare("aa", "b") + " " + byLength.lt("a", "bb"))
    println(Ordering[String].compare("a", "b") + " " + Ordering.Double.compare(1.5, 0.5) + " " + Ordering[Int].max(3, 8))
    val desc = new Ordering[Int] { def compare(a: Int, b: Int): Int = b - a }
    println(xs.sorted(desc) + " " + ByAge.reverse.compare(people(0), people(1)) + " " + Ordering.Int.on((s: String) => s.length).compare("aaa", "b"))
  }
}
