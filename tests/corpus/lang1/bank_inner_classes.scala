// Source: written for this test: bank accounts as inner classes of their bank, each recording its transactions in
// its bank's ledger through the enclosing instance (`Bank.this` names the bank), accounts opened inside the bank or
// as `new bank.Account(...)`.
class Bank(val name: String) {
  private var ledger = ""
  private var nextId = 1
  def record(line: String): Unit = ledger = ledger + line + "\n"

  class Account(val owner: String) {
    val id = nextId
    nextId += 1
    private var balance = 0
    def deposit(amount: Int): Unit = {
      require(amount > 0)
      balance += amount
      record(name + "#" + id + " " + owner + " +" + amount)
    }
    def withdraw(amount: Int): Boolean =
      if (amount > balance) { record(name + "#" + id + " refused " + amount); false }
      else { balance -= amount; Bank.this.record(name + "#" + id + " " + owner + " -" + amount); true }
    def current: Int = balance
    def bank: Bank = Bank.this
  }

  def open(owner: String): Account = new Account(owner)
  def statement: String = ledger
}

object BankInnerClasses {
  def main(args: Array[String]): Unit = {
    val bank = new Bank("B1")
    val alice = bank.open("alice")
    val bob = new bank.Account("bob")
    alice.deposit(100)
    bob.deposit(30)
    println(alice.withdraw(40) + " " + bob.withdraw(50))
    println(alice.current + " " + bob.current + " " + (alice.bank eq bob.bank) + " " + bob.id)
    val other = new Bank("B2")
    val carol = other.open("carol")
    carol.deposit(5)
    print(bank.statement)
    print(other.statement)
  }
}
