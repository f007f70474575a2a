class Account(owner: String, val balance: Int) {
  def describe(): String = owner + ": " + balance
}

object Main {
  def main(args: Array[String]): Unit = {
    val a = new Account("ann", 5)
    println(a.describe())
    println(a.balance)
    println(a.owner) // expect: error not-a-member "owner"
  }
}
