// A Vector (an IndexedSeq) held as Any, a type parameter or a tuple element stays a Vector: it prints as
// `Vector(1, 2)`, equals a Vector or a List of equal elements and hashes as a Seq (so a Set of Vectors keeps one of
// equal ones), inside Lists, Options, Maps, Sets, ArrayBuffers, arrays, tuples and case classes; an Array held so
// still prints as `[I@...` and compares by identity; type tests and patterns tell the two apart.
import scala.collection.mutable.ArrayBuffer

object Main {
  case class Row(name: String, cells: Vector[Int])
  def same[T](x: T): T = x
  def kind(x: Any): String = x match {
    case v: Vector[Int] => "a Vector of " + v.length
    case a: Array[Int] => "an Array of " + a.length
    case s: String => "the String " + s
    case _ => "something else"
  }
  def main(args: Array[String]): Unit = {
    val v = Vector(3, 1, 2)
    println(List(Vector(1, 2)))
    println(Some(Vector("a", "b")))
    println(Option(Vector(1.5, 2.0)))
    println(same(v))
    println((Vector(1), "x"))
    println(List(Vector(Vector(1), Vector(2))))
    println(ArrayBuffer(Vector(1), Vector(2)))
    println(Array(Vector(1)).toList)
    println(Vector(List(1), List(2)))
    println(Map("a" -> Vector(1), "b" -> Vector(2, 3)))
    println(Row("r", Vector(1, 2)))
    val chars: Any = Vector('a', 'b')
    println(chars)
    println(List(v.sorted, v.reverse, v.take(2), v :+ 4, 0 +: v, v.updated(0, 9), v ++ v, v.tail))
    println(List(v.map(_ * 2), v.filter(_ > 1), v.zipWithIndex, v.sortBy(x => -x), v.slice(0, 2)))
    println(List(List(1, 2).toVector, Array(1, 2).toVector, (1 to 3).toVector, (1 to 3).map(_ * 2)))
    println(List(for (i <- 1 to 3) yield i * i))
    println(v.grouped(2).toList)
    println(v.sliding(2).toList)
    println(List(v.span(_ > 2), v.partition(_ > 2), v.splitAt(1)))
    println(List(v.groupBy(_ % 2).toList.sortBy(_._1)))

    println(List(Vector(1)) == List(Vector(1)))
    println(Map(1 -> Vector(1)) == Map(1 -> Vector(1)))
    println(Row("r", Vector(1)) == Row("r", Vector(1)))
    println((Vector(1), 2) == (Vector(1), 2))
    println(((Vector(1), 2), 3) == ((Vector(1), 2), 3))
    println(Vector(1, 2) == List(1, 2))
    println(List(1, 2) == Vector(1, 2))
    println(List(Vector(1, 2)) == List(List(1, 2)))
    println(List(List(1, 2)) == List(Vector(1, 2)))
    println(Nil == Vector[Int]())
    println(Vector(1, 2) == Vector(1L, 2L))
    println(List(Vector(1)) == List(Vector(2)))

    println(Vector(1, 2).hashCode)
    println(Vector("a").hashCode)
    println(Vector[Int]().hashCode)
    println(Vector(1, 2).hashCode == List(1, 2).hashCode)
    println(Row("r", Vector(1, 2)).hashCode == Row("r", Vector(1, 2)).hashCode)
    val rows = Set(Vector(1, 2), Vector(1, 2), List(1, 2))
    println(rows.size)
    println(rows)
    println(List(Vector(1, 2), Vector(2), Vector(1, 2)).distinct)
    val held: Any = v
    println(held)
    println(held == List(3, 1, 2))
    println(held.hashCode == v.hashCode)
    println("as a string: " + held)
    println(s"interpolated: $held")
    println(held.asInstanceOf[Vector[Int]].length)

    println(held.isInstanceOf[Vector[Int]])
    println(held.isInstanceOf[IndexedSeq[Int]])
    println(held.isInstanceOf[Array[Int]])
    println(held.isInstanceOf[List[Int]])
    val array: Any = Array(1, 2)
    println(array.isInstanceOf[Vector[Int]])
    println(array.isInstanceOf[Array[Int]])
    println(array.toString.startsWith("[I@"))
    println(array == Array(1, 2))
    println(List(Array(1)).head.toString.startsWith("[I@"))
    val mapped: Any = Array(1, 2).map(_ + 1)
    println(mapped.toString.startsWith("[I@"))
    println(kind(Vector(1, 2)))
    println(kind(Array(1)))
    println(kind("hi"))
    println(kind("hello".map(_.toUpper)))
    println(Some("hello".map(_.toUpper)))
  }
}
