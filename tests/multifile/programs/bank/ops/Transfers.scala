package bank.ops

import bank.model.Account

object Transfers {
  var done: Int = 0
  var refused: Int = 0

  def transfer(from: Account, to: Account, amount: Long): Unit = {
    if (from.withdraw(amount)) {
      to.deposit(amount)
      done += 1
    } else refused += 1
  }
}
