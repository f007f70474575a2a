// Source: Rosetta Code, https://rosettacode.org/wiki/Quaternion_type#Scala. Adapted: one class with overloaded
// `+` and `*` (quaternion and Double), `unary_-`, conjugate and norm; the task's values q, q1, q2 and r = 7.
class Quaternion(val a: Double, val b: Double, val c: Double, val d: Double) {
  def this(r: Double) = this(r, 0, 0, 0)
  def norm: Double = math.sqrt(a * a + b * b + c * c + d * d)
  def unary_- = new Quaternion(-a, -b, -c, -d)
  def conj = new Quaternion(a, -b, -c, -d)
  def +(r: Double) = new Quaternion(a + r, b, c, d)
  def +(q: Quaternion) = new Quaternion(a + q.a, b + q.b, c + q.c, d + q.d)
  def *(r: Double) = new Quaternion(a * r, b * r, c * r, d * r)
  def *(q: Quaternion) = new Quaternion(
    a * q.a - b * q.b - c * q.c - d * q.d,
    a * q.b + b * q.a + c * q.d - d * q.c,
    a * q.c - b * q.d + c * q.a + d * q.b,
    a * q.d + b * q.c - c * q.b + d * q.a)
  def ==(q: Quaternion): Boolean = a == q.a && b == q.b && c == q.c && d == q.d
  override def toString = "Q(" + a + ", " + b + ", " + c + ", " + d + ")"
}

object QuaternionType {
  def main(args: Array[String]): Unit = {
    val q = new Quaternion(1, 2, 3, 4)
    val q1 = new Quaternion(2, 3, 4, 5)
    val q2 = new Quaternion(3, 4, 5, 6)
    val r = 7.0
    println("q = " + q + ", q1 = " + q1 + ", q2 = " + q2)
    println("norm(q) = " + q.norm)
    println("-q = " + (-q))
    println("conj(q) = " + q.conj)
    println("q + r = " + (q + r) + ", q + q1 = " + (q + q1))
    println("q * r = " + (q * r))
    println("q1 * q2 = " + (q1 * q2))
    println("q2 * q1 = " + (q2 * q1))
    println("q1 * q2 == q2 * q1: " + ((q1 * q2) == (q2 * q1)))
    println(new Quaternion(2) + q)
  }
}
