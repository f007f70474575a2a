// Generic constructs outside the subset are reported at the construct, never a crash.
import scala.reflect.ClassTag

class Buf[T](n: Int)(implicit ct: ClassTag[T]) {
  val items = new Array[T](n)
}

object Main {
  def first[T](xs: Array[T]): T = xs(0)
  def twice[F[_]](x: Int): Int = x * 2 // expect: error unsupported "higher-kinded"

  def main(args: Array[String]): Unit = {
    val b = new Buf[String](3)
    println(b.items.length) // expect: error unsupported "Array[T]"
    println(first(Array(1, 2))) // expect: error unsupported "array of a type parameter"
  }
}
