// A class's own equals, hashCode and toString reached through ==, through values held as Any, and as arguments
// of methods taking Any; classes without them compare by identity.
object Main {
  class Money(val cents: Long, val currency: String) {
    override def equals(other: Any): Boolean =
      other.isInstanceOf[Money] && other.asInstanceOf[Money].cents == cents &&
        other.asInstanceOf[Money].currency == currency
    override def hashCode: Int = (cents * 31).toInt + currency.hashCode
    override def toString: String = currency + " " + (cents / 100) + "." + (cents % 100)
  }
  class Plain(val n: Int)

  def same(a: Any, b: Any): Boolean = a == b
  def hashOf(a: Any): Int = a.hashCode

  def main(args: Array[String]): Unit = {
    val a = new Money(1250, "EUR")
    val b = new Money(1250, "EUR")
    val c = new Money(1250, "USD")
    println(a == b)
    println(a != c)
    println(a.equals(b))
    println(same(a, b) + " " + same(a, c) + " " + same(a, null) + " " + same(null, a))
    println((a: Any) == b)
    println(a.hashCode == b.hashCode)
    println(hashOf(a) + " " + a.hashCode + " " + a.##)
    println(a + " / " + (c: Any))
    val p = new Plain(1)
    val q = new Plain(1)
    println((p == q) + " " + (p == p) + " " + same(p, q) + " " + same(p, p) + " " + p.equals(q) + " " + (p eq p))
    val things = Array[Any](a, "EUR", 1250L, b)
    var count = 0
    for (x <- things; y <- things) if (x == y) count += 1
    println(count)
    val n: Money = null
    println((n == a) + " " + (n == null) + " " + (a == n))
  }
}
