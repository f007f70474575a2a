// What the collections' methods give back, as 2.11 builds it: a Map's zipWithIndex is a Map and a Set's a Set, a
// Map's map/collect to non-pairs a List, a buffer's padTo and scanLeft buffers; List.flatMap over Options (a
// `for` with an Option generator too); a Map of Some and None values; `+=` and `++=` on a buffer held in a buffer
// or an array.
import scala.collection.mutable.{ArrayBuffer, ListBuffer}

object Main {
  def parse(s: String): Option[Int] = if (s.nonEmpty && s.forall(_.isDigit)) Some(s.toInt) else None

  def main(args: Array[String]): Unit = {
    val m = Map("a" -> 1, "b" -> 2, "c" -> 3)
    println(m.zipWithIndex + " " + Set("x", "y").zipWithIndex + " " + m.collect { case (k, v) if v > 1 => k })
    println(m.map { case (k, v) => v * 10 } + " " + m.flatMap { case (k, v) => List(k, k) } + " " + m.keys.map(_.toUpperCase))
    val ab = ArrayBuffer(1, 2)
    println(ab.padTo(4, 0) + " " + ab.scanLeft(10)(_ + _) + " " + ab.zipWithIndex + " " + ListBuffer(3).padTo(2, 9))
    val inputs = List("12", "x", "", "7")
    println(inputs.flatMap(parse) + " " + inputs.flatMap(s => parse(s).map(_ * 2)) + " " + inputs.flatMap(s => Vector(s, s)).length)
    println(for (s <- inputs; n <- parse(s)) yield n + 1)
    val settings = Map("width" -> Some(80), "height" -> None, "depth" -> Some(3))
    println(settings + " " + settings.values.flatten.sum + " " + settings.filter(_._2.isDefined).keys.toList.sorted)
    val rows = ArrayBuffer(ListBuffer(1), ListBuffer[Int]())
    rows(1) += 5
    rows(0) += 2
    rows(0) ++= List(3, 4)
    val arr = Array(ArrayBuffer(1), ArrayBuffer(2))
    arr(1) ++= Set(5)
    println(arr.toList)
    println(rows + " " + rows.map(_.sum))
  }
}
