// `arr.toSeq` is Scala 2.11's mutable.WrappedArray: the array itself seen as a Seq, so a write to either shows in the
// other. It prints as `WrappedArray(...)` (held as Any, in a List, a tuple or an Option too), equals and hashes as any
// Seq of the same elements; selecting or reordering makes a new WrappedArray, `map`, `zip`, `++`, `updated` and a
// `for`/`yield` an ArrayBuffer, `grouped`, `sliding`, `tails` Iterators of WrappedArrays, `groupBy` a Map of them,
// `toArray` the same array, `toIndexedSeq` a Vector copy.
object Main {
  def total(xs: Seq[Int]): Int = xs.sum
  def main(args: Array[String]): Unit = {
    val arr = Array(1, 2, 3)
    val s = arr.toSeq
    println(s)
    arr(0) = 9
    println(s)
    println(arr.toIndexedSeq)
    arr(1) = 8
    val copy = arr.toIndexedSeq
    arr(1) = 7
    println(copy + " " + s)
    arr(2) = 30
    println(arr.mkString(",") + " " + s.length + " " + s(0) + " " + s.sum)
    println((s == List(9, 7, 30)) + " " + (List(9, 7, 30) == s) + " " + (s == Vector(9, 7, 30)) + " " + (s != List(1)))
    println((s.hashCode == List(9, 7, 30).hashCode) + " " + (s == arr.toSeq) + " " + (s.toList == s) + " " + (s eq s))
    println(s.map(_ + 1) + " " + s.filter(_ > 8) + " " + s.filterNot(_ > 8) + " " + s.reverse + " " + s.sorted)
    println(s.take(2) + " " + s.drop(1) + " " + s.takeRight(1) + " " + s.dropRight(2) + " " + s.slice(1, 3))
    println(s.head + " " + s.tail + " " + s.last + " " + s.init + " " + s.headOption + " " + s.find(_ < 9))
    println(s ++ List(1) + " " + (s :+ 4) + " " + (0 +: s) + " " + s.updated(0, 1) + " " + s.padTo(4, 0))
    println(s.zipWithIndex + " " + s.zip(List("a", "b")) + " " + s.flatMap(x => List(x, x)))
    println(s.collect { case x if x > 8 => x * 2 } + " " + s.partition(_ > 8) + " " + s.splitAt(1) + " " + s.span(_ > 8))
    println(s.sortWith(_ > _) + " " + s.sortBy(x => -x) + " " + s.distinct + " " + s.takeWhile(_ > 8) + " " +
      s.dropWhile(_ > 8) + " " + s.diff(List(7)) + " " + s.intersect(List(30, 9)) + " " + s.union(List(5)))
    println(s.scanLeft(0)(_ + _) + " " + s.foldLeft(0)(_ + _) + " " + s.foldRight(0)(_ - _) + " " + s.reduce(_ max _))
    println(s.grouped(2).toList + " " + s.sliding(2).toList + " " + s.tails.toList)
    println(s.combinations(2).toList + " " + s.permutations.size + " " + s.groupBy(_ % 2))
    println(s.toVector + " " + s.toIndexedSeq + " " + s.toBuffer + " " + s.toSet + " " + s.toList + " " + s.iterator.toList)
    println((s.toArray eq arr) + " " + (s.toSeq eq s) + " " + s.indices + " " + s.mkString("<", ",", ">"))
    println(s.contains(7) + " " + s.indexOf(30) + " " + s.exists(_ > 20) + " " + s.forall(_ > 0) + " " + s.count(_ > 8))
    println(s.min + " " + s.max + " " + s.product + " " + s.isEmpty + " " + s.nonEmpty + " " + s.size)
    for (x <- s) print(x + ";")
    println()
    println((for (x <- s) yield x + 1) + " " + (for (x <- s if x > 8) yield x))
    val held: Any = s
    println(held + " " + held.isInstanceOf[Seq[Int]] + " " + held.isInstanceOf[List[Int]] + " " + (held == List(9, 7, 30)))
    println(List(s, Array(4).toSeq) + " " + Some(s) + " " + (s, 1) + " " + List(s).head(1))
    println(Set(s, Array(9, 7, 30).toSeq).size + " " + Map(s -> 1).get(arr.toSeq))
    val r = s.reverse
    arr(0) = 0
    println(r + " " + s + " " + total(s) + " " + total(s.reverse))
    println(Array('h', 'i').toSeq + " " + Array("x", "y").toSeq.map(_.toUpperCase) + " " + Array(1.5).toSeq)
    println(Array(Array(1), Array(2, 3)).toSeq.map(_.length) + " " + Array[Int]().toSeq + " " + (Array[Int]().toSeq == Nil))
    println("s=" + s + s" $s " + s.toString)
  }
}
