// Source: written for this test after the classic bank-account exercise (as in "Programming in Scala", chapter
// on case classes and pattern matching): transactions are case classes with nested accounts, a ledger applies
// them with pattern matching (guards, binders, alternatives, literals) and reports balances; equal transactions
// are found with the generated equals and counted by hashCode buckets.
object BankLedger {
  case class Account(owner: String, number: Int)
  case class Tx(kind: String, from: Account, to: Account, amount: Long)

  val alice = Account("alice", 1001)
  val bob = Account("bob", 1002)
  val carol = Account("carol", 1003)
  val accounts = Array(alice, bob, carol)

  def index(a: Account): Int = {
    var i = 0
    while (accounts(i) != a) i += 1
    i
  }

  def main(args: Array[String]): Unit = {
    val balances = Array(100L, 50L, 0L)
    val txs = Array(
      Tx("deposit", null, alice, 250), Tx("transfer", alice, bob, 75), Tx("transfer", bob, carol, 500),
      Tx("withdraw", carol, null, 20), Tx("transfer", Account("alice", 1001), carol, 30),
      Tx("fee", alice, null, 2), Tx("fee", bob, null, 2), Tx("deposit", null, carol, 10),
      Tx("transfer", alice, bob, 75), Tx("audit", null, null, 0))
    for (tx <- txs) {
      val note = tx match {
        case Tx("deposit", _, to, amount) =>
          balances(index(to)) += amount
          "deposit " + amount + " to " + to.owner
        case Tx("transfer", from, to, amount) if balances(index(from)) >= amount =>
          balances(index(from)) -= amount
          balances(index(to)) += amount
          "transfer " + amount + " " + from.owner + " -> " + to.owner
        case t @ Tx("transfer", Account(who, _), _, _) =>
          "refused " + t + " (" + who + " has " + balances(index(t.from)) + ")"
        case Tx("withdraw" | "fee", from @ Account(_, n), _, amount) if balances(index(from)) >= amount =>
          balances(index(from)) -= amount
          "debit " + amount + " from #" + n
        case other => "ignored " + other.kind
      }
      println(note)
    }
    for (i <- 0 until accounts.length) println(accounts(i) + ": " + balances(i))
    val repeated = for (i <- 0 until txs.length; j <- 0 until i if txs(i) == txs(j)) yield i + "=" + j
    println("repeated " + repeated.mkString(", "))
    val buckets = new Array[Int](4)
    for (tx <- txs) buckets((tx.hashCode & 0x7fffffff) % 4) += 1
    println(buckets.mkString(" "))
    println(txs(1).hashCode + " " + alice.hashCode + " " + Tx("x", null, null, 1L << 40).hashCode)
  }
}
