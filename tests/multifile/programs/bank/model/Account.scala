package bank.model

class Account(val owner: String, var balance: Long) {
  def deposit(amount: Long): Unit = balance += amount
  def withdraw(amount: Long): Boolean = {
    if (amount > balance) false
    else {
      balance -= amount
      true
    }
  }
}
