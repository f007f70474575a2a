// A lazy val of an object, a class or a block is supported (tests/programs/lazy_vals.scala, lazy_vals_in_blocks.scala);
// one in a trait, and a lazy var, are reported where written.
trait Cached {
  lazy val cache = 1 // expect: error unsupported "a `lazy val` in a trait"
}

object Main {
  lazy val table = 42

  def main(args: Array[String]): Unit = {
    lazy val local = table + 1
    lazy var counter = 0 // expect: error unsupported "a `lazy var`"
    println(table + local)
  }
}
