// Source: "Scala by Example" (M. Odersky), the complexOps example (class Complex with + - * /), also the Rosetta
// Code task https://rosettacode.org/wiki/Arithmetic/Complex#Scala. Adapted: a plain object with main instead of
// `extends Application`, more operations printed, `unary_-` and a conjugate added.
class Complex(val re: Double, val im: Double) {
  def +(that: Complex) = new Complex(re + that.re, im + that.im)
  def -(that: Complex) = new Complex(re - that.re, im - that.im)
  def *(that: Complex) = new Complex(re * that.re - im * that.im, re * that.im + im * that.re)
  def /(that: Complex) = {
    val denom = that.re * that.re + that.im * that.im
    new Complex((re * that.re + im * that.im) / denom, (im * that.re - re * that.im) / denom)
  }
  def unary_- = new Complex(-re, -im)
  def conjugate = new Complex(re, -im)
  def abs: Double = math.sqrt(re * re + im * im)
  override def toString = re + (if (im < 0) "-" + (-im) else "+" + im) + "*i"
}

object ComplexOps {
  def main(args: Array[String]): Unit = {
    val x = new Complex(2, 1)
    val y = new Complex(1, 3)
    println(x + y)
    println(x - y)
    println(x * y)
    println(x / y)
    println(-x)
    println(x.conjugate + " " + x.abs)
    println((x + y) * (x - y))
  }
}
