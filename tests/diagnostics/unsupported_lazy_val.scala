// A lazy val of an object, a class, a trait or a block is supported (tests/programs/lazy_vals*.scala); a lazy var
// and an abstract lazy val are reported where written.
trait Cached {
  lazy val cache = 1
  lazy val missing: Int // expect: error unsupported "an abstract `lazy val`"
}

object Main {
  lazy val table = 42

  def main(args: Array[String]): Unit = {
    lazy val local = table + 1
    lazy var counter = 0 // expect: error unsupported "a `lazy var`"
    println(table + local)
  }
}
