// Implicit values, parameters and conversions are supported (implicits_errors.scala), and implicit classes of one
// parameter in an object or a class, generic ones too (tests/programs/implicit_classes*.scala); one of two
// parameters, one at the top level and one in a block are not.
implicit class TopLevel(x: Int) { def twice = x * 2 } // expect: error unsupported "an implicit class at the top level"

object Main {
  implicit val defaultWidth: Int = 80
  implicit class Padded(s: String) { def pad(implicit w: Int): String = s + " " * (w - s.length) }
  implicit class Pair(a: Int, b: Int) { def sum = a + b } // expect: error unsupported "an implicit class that does not take exactly one parameter"
  implicit class Wrapped[T](x: T) { def wrap = List(x) }

  def main(args: Array[String]): Unit = {
    implicit class Local(x: Int) { def half = x / 2 } // expect: error unsupported "an implicit class in a block"
    println(defaultWidth + "ab".pad.length + 3.wrap.length)
  }
}
