// java.lang.Comparable extends Any, not AnyRef, in scalac 2.11: neither a Comparable nor a type bounded by one is an
// AnyRef (a cast says so: `x.asInstanceOf[AnyRef]`).
class Version(val n: Int) extends Comparable[Version] {
  def compareTo(o: Version): Int = n - o.n
}
object Main {
  def keep[K <: Comparable[K]](x: K): AnyRef = x // expect: error type-mismatch "found K, required AnyRef"
  def asRef(x: Comparable[Version]): AnyRef = x // expect: error type-mismatch "found Comparable[Version], required AnyRef"
  def fine[K <: Comparable[K]](x: K): AnyRef = x.asInstanceOf[AnyRef]
  def main(args: Array[String]): Unit = println(fine(new Version(1)) == null)
}
