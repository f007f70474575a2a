// Source: Rosetta Code, task "Exceptions" (https://rosettacode.org/wiki/Exceptions): define an exception type,
// throw it, catch it. Written for this corpus from the task statement, in the shape the task's Scala entry
// describes (a bank account whose withdrawals throw exceptions of the program's own classes); the account
// operations and the transactions replayed are this corpus's.
class AccountException(message: String) extends Exception(message)
class AccountBlockedException(val owner: String) extends AccountException("account of " + owner + " is blocked")
class InsufficientFundsException(val needed: Double)
  extends AccountException("insufficient funds: " + needed + " more needed")

class BankAccount(val owner: String, private var balance: Double) {
  private var blocked = false

  def block(): Unit = blocked = true
  def unblock(): Unit = blocked = false
  def current: Double = balance

  def deposit(amount: Double): Unit = {
    if (blocked) throw new AccountBlockedException(owner)
    if (amount <= 0) throw new IllegalArgumentException("deposit must be positive, was " + amount)
    balance += amount
  }

  def withdraw(amount: Double): Unit = {
    if (blocked) throw new AccountBlockedException(owner)
    if (amount > balance) throw new InsufficientFundsException(amount - balance)
    balance -= amount
  }
}

object BankExceptions {
  def attempt(account: BankAccount, action: String, amount: Double): Unit = {
    try {
      if (action == "deposit") account.deposit(amount) else account.withdraw(amount)
      println(action + " " + amount + " ok, balance " + account.current)
    } catch {
      case e: InsufficientFundsException => println("refused: " + e.getMessage + " (" + e.needed + ")")
      case e: AccountBlockedException => println("refused for " + e.owner + ": " + e)
      case e: IllegalArgumentException => println("bad request: " + e.getMessage)
    }
  }

  def main(args: Array[String]): Unit = {
    val acc = new BankAccount("Alice", 100.0)
    attempt(acc, "withdraw", 30.0)
    attempt(acc, "withdraw", 100.0)
    attempt(acc, "deposit", -5.0)
    attempt(acc, "deposit", 12.5)
    acc.block()
    attempt(acc, "withdraw", 1.0)
    acc.unblock()
    attempt(acc, "withdraw", 82.5)
    try acc.withdraw(0.5)
    catch { case e: AccountException => println("as AccountException: " + e) }
    try acc.withdraw(0.5)
    catch { case e: Exception => println("as Exception: " + e.getMessage + ", is Runtime " + e.isInstanceOf[RuntimeException]) }
  }
}
