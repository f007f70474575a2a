// Source: Rosetta Code "Sorting algorithms/Quicksort" (Scala, the List version with partition), with a generic
// variant taking a less-than function and checks against sorted; printing adapted.
object QuicksortList {
  def sort(xs: List[Int]): List[Int] = xs match {
    case Nil => Nil
    case pivot :: rest =>
      val (smaller, larger) = rest.partition(_ < pivot)
      sort(smaller) ::: pivot :: sort(larger)
  }

  def sortBy[T](lt: (T, T) => Boolean)(xs: List[T]): List[T] = xs match {
    case Nil => Nil
    case pivot :: rest =>
      sortBy(lt)(rest.filter(x => lt(x, pivot))) ++ List(pivot) ++ sortBy(lt)(rest.filterNot(x => lt(x, pivot)))
  }

  def main(args: Array[String]): Unit = {
    val xs = List(31, 41, 59, 26, 53, 58, 97, 93, 23, 84, 62, 64, 33)
    println(sort(xs))
    println(sortBy((a: Int, b: Int) => a > b)(xs))
    val words = List("banana", "Apple", "cherry", "apple", "Banana")
    println(sortBy((a: String, b: String) => a.toLowerCase < b.toLowerCase)(words))
    println(sort(xs) == xs.sorted && sort(Nil) == Nil)
    val pairs = xs.zip(xs.reverse)
    println(sortBy((a: (Int, Int), b: (Int, Int)) => a._2 < b._2)(pairs).take(4))
  }
}
