// Generic constructs outside the subset are reported at the construct, never a crash.
import scala.reflect.ClassTag

class Buf[T](n: Int)(implicit ct: ClassTag[T]) {
  val items = new Array[T](n)
}

class Holder[T](val a: Array[T])

object Main {
  def first[T](xs: Array[T]): T = xs(0)
  def keep[T](xs: Array[T]): Array[T] = xs
  var kept: Array[Any] = null
  def store[T](xs: Array[T]): Unit = { kept = xs.asInstanceOf[Array[Any]] }
  def twice[F[_]](x: Int): Int = x * 2 // expect: error unsupported "higher-kinded"

  def main(args: Array[String]): Unit = {
    val b = new Buf[String](3)
    println(b.items.length) // expect: error unsupported "Array[T]"
    println(first(Array(1, 2)))
    println(keep(Array(1, 2)).length) // expect: error unsupported "an `Array[Int]` passed as an `Array[T]` to a method that keeps it"
    store(Array("a")) // expect: error unsupported "to a method that keeps it"
    val h = new Holder(Array(1)) // expect: error unsupported "array of a type parameter"
  }
}
