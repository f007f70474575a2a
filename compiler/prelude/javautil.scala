// The JVM's comparison interfaces as traits of the prelude (java.lang.Comparable, java.util.Comparator), so a
// program's classes implement them and `java.util.Arrays.sort(a, c)` and bounds like `K <: Comparable[K]` take them.
trait Comparable[T] {
  def compareTo(o: T): Int
}

// scala.math.Ordered: a class comparing itself to others by `compare`, with the comparison operators (and
// Comparable's compareTo) from it; it extends Any, as Comparable does in scalac 2.11.
trait Ordered[A] extends Comparable[A] {
  def compare(that: A): Int
  def <(that: A): Boolean = compare(that) < 0
  def >(that: A): Boolean = compare(that) > 0
  def <=(that: A): Boolean = compare(that) <= 0
  def >=(that: A): Boolean = compare(that) >= 0
  def compareTo(that: A): Int = compare(that)
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

// `a.compareTo(b)` on a `T <: Comparable[T]`: T may be String or a box (java.lang.Integer...) as well as a class of
// the program's implementing Comparable, so the call is dispatched on the receiver's class, as the JVM's interface
// call is (a String or a box is no `$Object` with an interface table).
object ComparableDispatch {
  def compareTo(a: Any, b: Any): Int = a match {
    case c: Comparable[Any] => c.compareTo(b)
    case s: String => StringLib.compareTo(s, b.asInstanceOf[String])
    case i: Int => Compares.ints(i, b.asInstanceOf[Int])
    case l: Long => Compares.longs(l, b.asInstanceOf[Long])
    case d: Double => Compares.doubles(d, b.asInstanceOf[Double])
    case f: Float => Compares.doubles(f.toDouble, b.asInstanceOf[Float].toDouble)
    case c: Char => Compares.chars(c, b.asInstanceOf[Char])
    case s: Short => Compares.difference(s, b.asInstanceOf[Short])
    case y: Byte => Compares.difference(y, b.asInstanceOf[Byte])
    case z: Boolean => Compares.booleans(z, b.asInstanceOf[Boolean])
    case _ => Runtime.nullPointer()
  }
}
