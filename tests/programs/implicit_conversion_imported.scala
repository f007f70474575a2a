// Implicit conversions brought in by an import inside a block (`import Units._`).
import scala.language.implicitConversions
class Meters(val v: Double) { override def toString = v + " m" }
object Units {
  implicit def doubleToMeters(d: Double): Meters = new Meters(d)
  implicit def intToMeters(i: Int): Meters = new Meters(i.toDouble)
}
object Main {
  def total(a: Meters, b: Meters): Meters = new Meters(a.v + b.v)
  def main(args: Array[String]): Unit = {
    import Units._
    println(total(1.5, 2))
    val m: Meters = 3
    println(m)
  }
}
