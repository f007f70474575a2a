// The JVM's comparison interfaces as traits of the prelude (java.lang.Comparable, java.util.Comparator), so a
// program's classes implement them and `java.util.Arrays.sort(a, c)` and bounds like `K <: Comparable[K]` take them.
trait Comparable[T] {
  def compareTo(o: T): Int
}

trait Comparator[T] {
  def compare(o1: T, o2: T): Int
}

// The boxes' static `compare`s (`Integer.compare`, `java.lang.Double.compare`...): Double's and Float's order is
// the total one of Double.compare, -0.0 before 0.0 and NaN after everything, equal to itself.
object Compares {
  def ints(a: Int, b: Int): Int = if (a < b) -1 else if (a == b) 0 else 1
  def longs(a: Long, b: Long): Int = if (a < b) -1 else if (a == b) 0 else 1
  def booleans(a: Boolean, b: Boolean): Int = if (a == b) 0 else if (a) 1 else -1
  def chars(a: Char, b: Char): Int = a - b
  def difference(a: Int, b: Int): Int = a - b // Short.compare and Byte.compare
  def doubles(a: Double, b: Double): Int = {
    if (a < b) -1
    else if (a > b) 1
    else if (a != a) { if (b != b) 0 else 1 }
    else if (b != b) -1
    else if (a == 0.0) { val x = 1 / a; val y = 1 / b; if (x < y) -1 else if (x > y) 1 else 0 }
    else 0
  }
}
