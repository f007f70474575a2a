// BigInt in arrays, IndexedSeqs and ranges: sorted, max, min, sum, product, sortBy with BigInt keys (alone and in
// tuples), distinct, contains, indexOf, as Scala's Numeric[BigInt] and Ordering[BigInt] give them.
object LibraryBigintCollections {
  def main(args: Array[String]): Unit = {
    val xs = Array(BigInt(3), BigInt(-10).pow(20), BigInt(2), BigInt("99999999999999999999"))
    println(xs.sorted.mkString(",") + " " + xs.max + " " + xs.min + " " + xs.sum)
    println(xs.sortBy(x => -x).mkString(",") + " " + xs.sortBy(x => (x.signum, x)).mkString(","))
    println((1 to 30).map(i => BigInt(i)).product + " " + (1 to 30).map(i => BigInt(2).pow(i)).sum)
    println(xs.toVector.sorted + " " + xs.distinct.length + " " + xs.contains(BigInt(2)) + " " + xs.indexOf(BigInt(2)))
  }
}
