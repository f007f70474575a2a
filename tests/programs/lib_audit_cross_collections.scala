// Collections passed to one another as Scala's GenTraversableOnce parameters take them: a List's ++ and zip of a
// Set, a Map or a buffer; a Set's ++ of a Range and -- of a List; a Map's values ++ a List (a List); the factories
// of a sequence's elements, `Set(xs: _*)`, `ArrayBuffer(xs: _*)`, `Map(pairs: _*)`, `List(s.toSeq: _*)`, `Vector(xs: _*)`.
import scala.collection.mutable

object Main {
  def main(args: Array[String]): Unit = {
    val xs = List(3, 1, 2)
    val tags = Set(1, 2)
    val buf = mutable.ArrayBuffer(7, 8)
    val m = Map(1 -> "a", 2 -> "b")
    println((xs ++ Set(9)) + " " + (xs ++ buf) + " " + (xs ++ m.keys) + " " + xs.zip(buf) + " " + xs.zip(tags) + " " + List("k").zip(m))
    println("" + (tags ++ (6 to 8)) + " " + (tags -- List(1)) + " " + (tags -- Set(2)) + " " + (m.values ++ List("z")) + " " + (mutable.HashMap(1 -> 2).values ++ List(3)))
    println("" + Set(xs: _*) + " " + mutable.ArrayBuffer(xs: _*) + " " + Map(xs.map(x => x -> x * x): _*) + " " + List(tags.toSeq: _*) + " " + Vector(xs: _*))
    println(mutable.HashSet(buf: _*).toList.sorted + " " + mutable.ListBuffer(1 to 4: _*) + " " + Seq(xs: _*) + " " + mutable.Queue(xs: _*) + " " + mutable.Stack(xs: _*))
    val words = Array("b", "a", "b")
    println("" + Set(words: _*) + " " + List(words: _*) + " " + mutable.HashMap(words.zipWithIndex: _*).toList.sorted)
  }
}
