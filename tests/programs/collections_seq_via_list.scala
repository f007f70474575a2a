// Arrays and IndexedSeqs: methods computed through List (sliding with a step, grouped, flatten, flatMap, find,
// iterator, ...), and Streams (toStream, Stream(...), Stream.from, lazy map and find, toString of a partly
// evaluated Stream).
object Main {
  def main(args: Array[String]): Unit = {
    val a = Array(3, 1, 4, 1, 5, 9, 2, 6)
    val v = Vector("a", "b", "c", "d", "e")
    println(a.sliding(3, 3).map(_.mkString("-")).mkString("|"))
    println(v.sliding(2, 3).map(_.mkString).toList)
    println((1 to 6).toList.sliding(3, 2).toList)
    println(List(1, 2, 3, 4, 5).sliding(3, 1).toList)
    println(List(1, 2).sliding(3).toList)
    println(a.grouped(3).map(_.sum).toList)
    println(Array(Array(1, 2), Array(3)).flatten.mkString(","))
    println(Vector(Vector("x"), Vector("y", "z")).flatten)
    println(a.flatMap(x => Array(x, -x)).take(4).mkString(","))
    println(v.flatMap(s => List(s, s.toUpperCase)))
    println(a.find(_ > 4))
    println(v.find(_ == "q"))
    println(a.headOption + " " + Array[Int]().headOption + " " + v.lastOption)
    println(a.lastIndexOf(1) + " " + a.indexWhere(_ > 4))
    val (l, r) = v.splitAt(2)
    println(l + " " + r)
    println(a.tail.mkString + " " + v.init)
    val it = v.iterator
    var n = 0
    while (it.hasNext) { it.next(); n += 1 }
    println(n)
    try { Array[Int]().tail } catch { case e: UnsupportedOperationException => println(e.getMessage) }
    val s = "hello".toStream
    println(s)
    var calls = 0
    val m = s.map { c => calls += 1; c.toUpper }
    println(calls)
    println(m.find(_ == 'L'))
    println(calls)
    println(m)
    println(m.toList)
    println(Stream(1, 2, 3).map(_ * 2).mkString(","))
    println(Stream.from(1).filter(_ % 7 == 0).take(3).toList)
    println(Stream.from(1).map(x => x * x).find(_ > 50))
    println(List(Some(1), None).toStream.find(_.isDefined).flatten)
    println(Stream[Int]())
    println((1 to 5).toStream.take(2).toList)
  }
}
