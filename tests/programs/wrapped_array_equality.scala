// An array's WrappedArray (`arr.toSeq`) equals any Seq of equal elements, either side of `==`: an ArrayBuffer, a Range, a
// Vector, a List, another WrappedArray (of Longs too, its elements compared with `==`).
import scala.collection.mutable.ArrayBuffer
object Main {
  def main(args: Array[String]): Unit = {
    val s = Array(1, 2).toSeq
    println((s == ArrayBuffer(1, 2)) + " " + (ArrayBuffer(1, 2) == s) + " " + (s == (1 to 2)) + " " + ((1 to 2) == s) + " " + (s == Vector(1, 2)) + " " + (Vector(1, 2) == s))
    println((s == Array(1, 2).toSeq) + " " + (s != Array(1, 3).toSeq) + " " + (s == Array(1L, 2L).toSeq) + " " + (s == List(1, 2)))
  }
}
