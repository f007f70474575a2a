// Repeated parameters are supported as a method's last parameter (tests/programs/repeated_parameters.scala);
// elsewhere they, and `: _*` outside such a call, are reported where written.
class Poly(coefs: Int*) // expect: error unsupported "a repeated parameter (`T*`) other than the last parameter"

object Main {
  def sum(xs: Int*): Int = xs.sum
  def curried(a: Int)(xs: Int*): Int = a // expect: error unsupported "a repeated parameter"

  def main(args: Array[String]): Unit = {
    println(sum(1, 2))
    val ys = List(1, 2)
    val zs = (ys: _*) // expect: error unsupported "`: _*` outside the last argument"
  }
}

object Defaults {
  def f(a: Int = 1, xs: Int*): Int = a // expect: error syntax-error "a parameter section with a `*'-parameter is not allowed to have default arguments"
}
