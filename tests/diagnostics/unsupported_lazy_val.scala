// A lazy val of an object or a class is supported (tests/programs/lazy_vals.scala); one in a block, in a trait,
// a lazy var and an abstract lazy val are reported where written.
trait Cached {
  lazy val cache = 1 // expect: error unsupported "a `lazy val` in a trait"
}

object Main {
  lazy val table = 42

  def main(args: Array[String]): Unit = {
    lazy val local = table + 1 // expect: error unsupported "a `lazy val` in a block"
    println(table)
  }
}
