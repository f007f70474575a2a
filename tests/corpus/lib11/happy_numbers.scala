// Source: Rosetta Code, "Happy numbers" (https://rosettacode.org/wiki/Happy_numbers), the Scala entry's idea
// (a set of the numbers seen to detect the cycle), written with mutable.HashSet and ArrayBuffer.
import scala.collection.mutable

object HappyNumbers {
  def digitSquareSum(n: Int): Int = {
    var sum = 0
    var m = n
    while (m > 0) {
      val d = m % 10
      sum += d * d
      m /= 10
    }
    sum
  }

  def isHappy(n: Int): Boolean = {
    val seen = mutable.HashSet[Int]()
    var x = n
    while (x != 1 && !seen.contains(x)) {
      seen += x
      x = digitSquareSum(x)
    }
    x == 1
  }

  def main(args: Array[String]): Unit = {
    val happy = mutable.ArrayBuffer[Int]()
    var i = 1
    while (happy.length < 8) {
      if (isHappy(i)) happy += i
      i += 1
    }
    println("First 8 happy numbers: " + happy.mkString(", "))
    val cycle = mutable.HashSet[Int]()
    var x = 4
    while (!cycle.contains(x)) {
      cycle += x
      x = digitSquareSum(x)
    }
    println("The unhappy cycle: " + cycle)
    println("sorted: " + cycle.toArray.sorted.mkString(" -> "))
    val counts = mutable.HashMap[Boolean, Int]()
    for (n <- 1 to 1000) counts(isHappy(n)) = counts.getOrElse(isHappy(n), 0) + 1
    println("happy below 1001: " + counts(true) + ", unhappy: " + counts(false))
  }
}
