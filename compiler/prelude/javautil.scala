// The JVM's comparison interfaces as traits of the prelude (java.lang.Comparable, java.util.Comparator), so a
// program's classes implement them and `java.util.Arrays.sort(a, c)` and bounds like `K <: Comparable[K]` take them.
trait Comparable[T] {
  def compareTo(o: T): Int
}

trait Comparator[T] {
  def compare(o1: T, o2: T): Int
}
