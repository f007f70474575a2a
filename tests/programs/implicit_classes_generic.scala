// Generic implicit classes: the converted value fixes the type arguments (a List[Int] gives a RichList[Int]),
// primitives are boxed into a T and unboxed where the result is used at a known type.
object Syntax {
  implicit class RichList[A](xs: List[A]) {
    def second: A = xs(1)
    def pairs: List[(A, A)] = xs.zip(xs.drop(1))
  }
  implicit class Twice[T](x: T) { def twice: (T, T) = (x, x) }
  implicit class Keyed[K, V](m: (K, V)) { def swapped: (V, K) = (m._2, m._1) }
}

object Main {
  import Syntax._
  def main(args: Array[String]): Unit = {
    println(List(1, 2, 3).second + 1)
    println(List("a", "b", "c").pairs)
    println(5.twice + " " + "s".twice._2.length + " " + 2.5.twice._1 * 2)
    println((1, "one").swapped + " " + ("k", 'v').swapped._1)
  }
}
