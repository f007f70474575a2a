object Main {
  def main(args: Array[String]): Unit = {
    val alice = new bank.model.Account("alice", 100L)
    val bob = new bank.model.Account("bob", 5L)
    bank.ops.Transfers.transfer(alice, bob, 30L)
    bank.ops.Transfers.transfer(bob, alice, 1000L)
    bank.ops.Transfers.transfer(bob, alice, 35L)
    println(bank.report.Report.line(alice.owner, alice.balance))
    println(bank.report.Report.line(bob.owner, bob.balance))
    println("done " + bank.ops.Transfers.done + ", refused " + bank.ops.Transfers.refused)
    val total = alice.balance + bob.balance
    println(s"total $total")
  }
}
