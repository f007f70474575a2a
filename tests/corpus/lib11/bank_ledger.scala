// Source: written for this test: a small bank ledger as business Scala code keeps one: accounts in a
// mutable.Map, transactions as a sealed trait of case classes replayed with foldLeft-free loops and pattern
// matching, failures collected in a ListBuffer, reports grouped and sorted, and sums with Option handling.
import scala.collection.mutable

object BankLedger {
  sealed trait Tx { def id: Int }
  case class Deposit(id: Int, account: String, amount: Long) extends Tx
  case class Withdraw(id: Int, account: String, amount: Long) extends Tx
  case class Transfer(id: Int, from: String, to: String, amount: Long) extends Tx
  case class Open(id: Int, account: String, owner: String) extends Tx

  case class Account(name: String, owner: String, var balance: Long, history: mutable.ArrayBuffer[Int])

  def main(args: Array[String]): Unit = {
    val txs = List(
      Open(1, "A-1", "ann"), Open(2, "B-7", "bob"), Deposit(3, "A-1", 500), Deposit(4, "B-7", 120),
      Withdraw(5, "A-1", 80), Transfer(6, "A-1", "B-7", 200), Withdraw(7, "B-7", 1000), Open(8, "A-2", "ann"),
      Transfer(9, "B-7", "A-2", 50), Deposit(10, "C-3", 10), Transfer(11, "A-2", "A-1", 50), Open(12, "A-1", "eve"))

    val accounts = mutable.Map[String, Account]()
    val failures = mutable.ListBuffer[String]()

    def fail(tx: Tx, why: String): Unit = failures += s"#${tx.id}: $why"
    def find(tx: Tx, name: String): Option[Account] = {
      val found = accounts.get(name)
      if (found.isEmpty) fail(tx, s"no account $name")
      found
    }

    for (tx <- txs) tx match {
      case Open(id, name, owner) =>
        if (accounts.contains(name)) fail(tx, s"$name exists")
        else accounts(name) = Account(name, owner, 0, mutable.ArrayBuffer(id))
      case Deposit(id, name, amount) =>
        find(tx, name).foreach { a => a.balance += amount; a.history += id }
      case Withdraw(id, name, amount) =>
        for (a <- find(tx, name)) {
          if (a.balance < amount) fail(tx, s"insufficient funds in $name (${a.balance} < $amount)")
          else { a.balance -= amount; a.history += id }
        }
      case Transfer(id, from, to, amount) =>
        (find(tx, from), find(tx, to)) match {
          case (Some(a), Some(b)) if a.balance >= amount =>
            a.balance -= amount; b.balance += amount
            a.history += id; b.history += id
          case (Some(a), Some(_)) => fail(tx, s"insufficient funds in $from")
          case _ =>
        }
    }

    println("accounts:")
    for (a <- accounts.values.toList.sortBy(_.name))
      println(f"  ${a.name}%-4s ${a.owner}%-4s ${a.balance}%6d  txs ${a.history.mkString(",")}")
    println("failures:")
    failures.foreach(f => println("  " + f))

    val byOwner = accounts.values.groupBy(_.owner).map { case (o, as) => (o, as.map(_.balance).sum) }
    println("by owner: " + byOwner.toList.sorted.map { case (o, s) => s"$o=$s" }.mkString(", "))
    val total = accounts.values.map(_.balance).sum
    val deposited = txs.collect { case Deposit(_, n, amt) if accounts.contains(n) => amt }.sum
    val withdrawn = txs.collect { case Withdraw(id, _, amt) if !failures.exists(_.startsWith(s"#$id:")) => amt }.sum
    println(s"total $total = deposited $deposited - withdrawn $withdrawn: ${total == deposited - withdrawn}")
    val richest = accounts.values.maxBy(_.balance)
    println(s"richest: ${richest.name} (${richest.owner})")
    val busiest = accounts.values.toList.sortBy(a => (-a.history.size, a.name)).head
    println(s"busiest: ${busiest.name} with ${busiest.history.size} transactions")
  }
}
