// Vectors (array-backed IndexedSeqs here): 1,000,000 elements made by tabulate, mapped, filtered, summed and sorted
// (5 rounds); then 200,000 two-element Vectors as the keys of a mutable.HashMap, hashed and compared as Seqs.
import scala.collection.mutable

object Main {
  def main(args: Array[String]): Unit = {
    var check = 0L
    var round = 0
    while (round < 5) {
      val v = Vector.tabulate(1000000)(i => (i * 7919 + round) % 1000003)
      val doubled = v.map(_ * 2)
      val small = doubled.filter(_ % 3 == 0)
      check += small.length + doubled(round) + small.take(10).sum
      check += v.sorted.apply(500000)
      round += 1
    }
    val counts = mutable.HashMap[Vector[Int], Int]()
    var i = 0
    while (i < 200000) {
      val key = Vector(i % 1000, i % 7)
      counts(key) = counts.getOrElse(key, 0) + 1
      i += 1
    }
    println(check + " " + counts.size + " " + counts(Vector(3, 3)))
  }
}
