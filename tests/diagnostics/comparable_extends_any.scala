// java.lang.Comparable extends Any, not AnyRef, in scalac 2.11: neither a Comparable nor a type bounded by one is an
// AnyRef (a cast says so: `x.asInstanceOf[AnyRef]`). A String or a box is a Comparable as a type argument of a
// `K <: Comparable[K]` bound (an Int is not), not yet as a value of a Comparable type.
class Version(val n: Int) extends Comparable[Version] {
  def compareTo(o: Version): Int = n - o.n
}
object Main {
  def keep[K <: Comparable[K]](x: K): AnyRef = x // expect: error type-mismatch "found K, required AnyRef"
  def asRef(x: Comparable[Version]): AnyRef = x // expect: error type-mismatch "found Comparable[Version], required AnyRef"
  def fine[K <: Comparable[K]](x: K): AnyRef = x.asInstanceOf[AnyRef]
  def main(args: Array[String]): Unit = {
    println(fine(new Version(1)) == null)
    println(fine("s") == null)
    println(fine(3)) // expect: error type-bounds "inferred type arguments [Int] do not conform"
    val c: Comparable[String] = "x" // expect: error unsupported "a String as a value of type Comparable[String]"
  }
}
