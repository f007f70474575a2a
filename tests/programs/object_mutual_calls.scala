// Covers: two objects that call each other's methods and update each
// other's vars (a tiny bank/ledger), plus object vals used as constants.
object Ledger {
  val fee = 2
  var entries = 0
  var log = ""

  def record(what: String, amount: Int): Unit = {
    entries += 1
    log = log + what + ":" + amount + ";"
  }
}

object Bank {
  var balance = 100

  def deposit(n: Int): Int = {
    balance += n
    Ledger.record("dep", n)
    balance
  }

  def withdraw(n: Int): Int = {
    if (n + Ledger.fee > balance) {
      Ledger.record("denied", n)
      -1
    } else {
      balance -= n + Ledger.fee
      Ledger.record("wd", n)
      balance
    }
  }
}

object ObjectMutualCalls {
  def main(args: Array[String]): Unit = {
    println(Bank.deposit(50))
    println(Bank.withdraw(30))
    println(Bank.withdraw(500))
    println(Bank.withdraw(116))
    println(Bank.balance)
    println(Ledger.entries)
    println(Ledger.log)
  }
}
