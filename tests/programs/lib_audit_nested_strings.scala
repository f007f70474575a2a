// toString of collections nested in one another as a report printer shows them: Lists of Maps of Sets, Options of
// tuples of buffers, Vectors of ranges, Either of Lists, Stacks and Queues of tuples, Map keys that are tuples or
// Lists, empty Maps and Sets beside full ones (`if (c) Map(k -> v) else Map()`), and hash maps and sets of 5 and
// 100 entries of tuple, Char, Long, Double and case-class keys.
import scala.collection.mutable

object Main {
  case class P(x: Int, y: Int)

  def main(args: Array[String]): Unit = {
    val sales = List(Map("north" -> Set(1, 2), "south" -> Set[Int]()), Map("east" -> Set(3)))
    println(sales)
    println(Some((mutable.ArrayBuffer(1, 2), List("a"))) + " " + Option(List(1 to 3, 4 until 4)))
    val e: Either[List[Int], Map[String, Option[Int]]] = Right(Map("k" -> Some(1), "j" -> None))
    println(e + " " + Left(List(Nil, List(1))))
    val st = mutable.Stack[(Int, String)]()
    st.push((1, "a")); st.push((2, "b"))
    val q = mutable.Queue(List(1), List(2, 3))
    println(st + " " + q + " " + mutable.ListBuffer(Set('a'), Set('b', 'c')))
    println(Map((1, 2) -> "pair", (0, 0) -> "origin") + " " + Map(List(1, 2) -> List(3)) + " " + Set(List(1), List(1), Nil))
    println(Vector(Vector(1), Vector[Int]()) + " " + List(Array(1, 2).toList, Array[Int]().toList) + " " + (List(1), Set(2), Map(3 -> 4)))
    val roster = if (args.isEmpty) Map("ann" -> Set(1)) else Map()
    val spare = if (args.nonEmpty) Set(P(0, 0)) else Set()
    println(roster + " " + spare + " " + List(Set(1), Set()) + " " + Vector(Map(1 -> 2), Map()))
    println(List(Some(P(1, 2)), None) + " " + Map(P(0, 1) -> List(P(2, 3))) + " " + Set(P(1, 1)))
    println(mutable.HashMap("b" -> List(1)) + " " + mutable.HashSet(List(1, 2)) + " " + List(mutable.HashMap(1 -> mutable.HashSet(2))))
    for (n <- List(5, 100)) {
      val tupleKeys = (1 to n).map(i => ((i, i * 2), i)).toMap
      val charSet = (0 until n).map(i => (i % 90 + 33).toChar).toSet
      val longMap = (1 to n).map(i => (i * 1000000007L, i)).toMap
      val doubleSet = (1 to n).map(i => i / 4.0).toSet
      val caseMap = (1 to n).map(i => (P(i, -i), i)).toMap
      val mm = mutable.HashMap[(Int, String), Int]()
      for (i <- 1 to n) mm((i, "k" + i)) = i
      val ms = mutable.HashSet[Long]()
      for (i <- 1 to n) ms += i * 31L
      println(tupleKeys.toString.length + " " + tupleKeys.take(5) + " " + tupleKeys.keys.take(3))
      println(charSet.take(8) + " " + charSet.size)
      println(longMap.take(4) + " " + doubleSet.take(6))
      println(caseMap.take(3) + " " + caseMap.keys.toList.take(4))
      println(mm.take(3) + " " + ms.take(6))
      println(tupleKeys.toList.take(3) + " " + longMap.values.take(5).toList + " " + caseMap.values.toList.take(5))
    }
  }
}
