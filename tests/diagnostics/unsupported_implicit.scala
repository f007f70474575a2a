// Implicit values, parameters and conversions are supported (implicits_errors.scala); implicit classes are not.
object Main {
  implicit val defaultWidth: Int = 80
  implicit class Padded(s: String) { def pad(implicit w: Int): String = s + " " * (w - s.length) } // expect: error unsupported "implicit"

  def main(args: Array[String]): Unit = println(defaultWidth)
}
