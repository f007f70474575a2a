// `private[this]` is object-private, as scalac treats it: another instance of the class (even the companion's
// or the class's own code holding one) does not see the member at all.
class Acc(private[this] var total: Int) {
  private[this] val secret = 42
  private[this] def helper(): Int = 1
  def add(n: Int): Unit = { total += n; this.total += helper() }
  def same(o: Acc): Boolean = o.secret == secret // expect: error not-a-member "value `secret` is not a member of Acc"
  def peek(o: Acc): Int = o.total // expect: error not-a-member
  def call(o: Acc): Int = o.helper() // expect: error not-a-member
  def set(o: Acc): Unit = o.total = 3 // expect: error not-a-member
  class Inner(other: Acc) {
    def look: Int = secret + total + Acc.this.secret
    def peek: Int = other.secret // expect: error not-a-member
  }
}
object Acc {
  def peek(a: Acc): Int = a.secret // expect: error not-a-member
}
object Main {
  def main(args: Array[String]): Unit = {
    val a = new Acc(1)
    println(a.secret) // expect: error not-a-member
  }
}
