// Covers: public var fields assigned from outside the class, val fields,
// plain constructor parameters used by methods, a field referring to another instance.
class Account(val owner: String, var balance: Long, rate: Int) {
  var partner: Account = null
  var frozen = false

  def interest(): Unit = {
    balance = balance + balance * rate / 100
  }

  def transferTo(other: Account, amount: Long): Boolean = {
    if (frozen || other.frozen || amount > balance) false
    else {
      balance -= amount
      other.balance += amount
      true
    }
  }

  def summary: String = owner + ": " + balance + (if (frozen) " (frozen)" else "")
}

object ClassFieldsExternal {
  def main(args: Array[String]): Unit = {
    val a = new Account("ann", 1000L, 5)
    val b = new Account("bob", 50L, 10)
    a.partner = b
    b.partner = a
    println(a.summary)
    println(b.summary)
    println(a.transferTo(b, 300))
    println(b.transferTo(a, 10000))
    a.interest()
    b.interest()
    println(a.summary)
    println(b.summary)
    b.frozen = true
    println(a.transferTo(b, 1))
    println(b.summary)
    a.balance = -1
    println(a.summary)
    println(a.partner.owner)
    println(a.partner.partner.owner)
    a.partner.balance = 7
    println(b.balance)
    println(a.partner.partner == a)
  }
}
