// sortBy (numbers, strings, Doubles as Ordering.Double compares them, tuples, Booleans), zip, distinct,
// partition, scanLeft and ++ on arrays, IndexedSeqs and ranges: an array's give arrays, the others Vectors.
object LibrarySequenceMethods {
  case class P(name: String, age: Int)

  def main(args: Array[String]): Unit = {
    val a = Array(5, -3, 8, 1, -9, 2, 8, 1)
    println(a.sortBy(x => x * x).mkString(",") + " " + a.sortBy(-_).mkString(",") + " " + a.distinct.mkString(","))
    val words = Array("pear", "fig", "apple", "kiwi", "date", "fig")
    println(words.sortBy(_.length).mkString(",") + " " + words.sortBy(w => w).mkString(",") + " " +
      words.sortBy(w => (w.length, w)).mkString(",") + " " + words.distinct.mkString(","))
    println(words.sortBy(w => (-w.length, w.charAt(0))).mkString(","))
    val ds = Array(2.5, -0.0, 0.0, Double.NaN, -1.5, 1e300)
    println(ds.sortBy(x => x).mkString(",") + " " + ds.sortBy(x => -x).mkString(","))
    println(Array(true, false, true).sortBy(b => b).mkString(","))
    val people = Array(P("ann", 31), P("bob", 25), P("cy", 31), P("di", 19))
    println(people.sortBy(_.age).mkString(",") + " " + people.sortBy(p => (-p.age, p.name)).mkString(","))
    println(a.zip(words).mkString(",") + " " + (1 to 4).zip(a) + " " + (1 to 3).zip(10 to 100 by 10))
    println(a.zip(1 to 3).mkString(",") + " " + a.zipWithIndex.mkString(","))
    val (neg, pos) = a.partition(_ < 0)
    println(neg.mkString(",") + " | " + pos.mkString(",") + " " + (1 to 10).partition(_ % 3 == 0))
    println(a.scanLeft(0)(_ + _).mkString(",") + " " + (1 to 5).scanLeft(1)(_ * _) + " " +
      words.scanLeft("")(_ + _.charAt(0)).mkString(","))
    val v = (1 to 6).toVector
    println(v.sortBy(x => -x) + " " + v.zip(v.reverse) + " " + v.partition(_ > 3) + " " + v.scanLeft(0L)(_ + _) +
      " " + (v ++ v).distinct + " " + (1 to 5).sortBy(x => (x % 2, -x)) + " " + (1 to 3).distinct)
    println((a ++ Array(7, 7)).mkString(",") + " " + ((1 to 3) ++ (7 to 9)) + " " + (v ++ (1 to 2)) + " " +
      (words ++ words).distinct.length)
  }
}
