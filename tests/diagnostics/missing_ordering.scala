object Main {
  class Foo(val x: Int)
  def smallest[T](xs: List[T]): T = xs.min // expect: error missing-implicit "No implicit Ordering defined for T."
  def main(args: Array[String]): Unit = {
    val fs = List(new Foo(1), new Foo(2))
    println(fs.sorted) // expect: error missing-implicit "No implicit Ordering defined for Main.Foo."
    println(Vector(new Foo(3)).max) // expect: error missing-implicit "No implicit Ordering defined for Main.Foo."
    println(List((1, "a"), (0, "b")).sorted)
    println(fs.sortBy(f => f).size) // expect: error missing-implicit "No implicit Ordering defined for Main.Foo."
    println(List(1, 2).maxBy(x => Some(x))) // expect: error missing-implicit "No implicit Ordering defined for Some[Int]."
    println(List(3, 1).sortBy(x => Option(x)))
  }
}
