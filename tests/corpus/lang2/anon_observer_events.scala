// Source: the Observer pattern of "Design Patterns" (Gamma, Helm, Johnson, Vlissides, 1994) as Scala programs write
// it with anonymous classes, after the Subject/Observer example of Martin Odersky, "Scala By Example" (EPFL 2014),
// chapter 12.3 (class Subscriber / Publisher with anonymous subscribers), and the account example there.
// Adapted: arrays instead of lists for the subscribers; printing added to show the notifications.
object Main {
  trait Subscriber {
    def handler(pub: Publisher): Unit
  }

  class Publisher {
    private var subscribers: Array[Subscriber] = Array()
    def subscribe(sub: Subscriber): Unit = { subscribers = subscribers :+ sub }
    def unsubscribe(sub: Subscriber): Unit = { subscribers = subscribers.filter(s => s ne sub) }
    def publish(): Unit = subscribers.foreach(s => s.handler(this))
    def count = subscribers.length
  }

  class BankAccount(val owner: String) extends Publisher {
    private var balance = 0
    def currentBalance: Int = balance
    def deposit(amount: Int): Unit =
      if (amount > 0) { balance = balance + amount; publish() }
    def withdraw(amount: Int): Unit =
      if (0 < amount && amount <= balance) { balance = balance - amount; publish() }
      else throw new Error("insufficient funds")
  }

  class Consolidator(observed: Array[BankAccount]) extends Subscriber {
    observed.foreach(_.subscribe(this))
    private var total: Int = _
    compute()
    private def compute() = total = observed.map(_.currentBalance).sum
    def handler(pub: Publisher) = compute()
    def totalBalance = total
  }

  def main(args: Array[String]): Unit = {
    val a = new BankAccount("ann")
    val b = new BankAccount("bob")
    val c = new Consolidator(Array(a, b))
    var log = ""
    val logger = new Subscriber {
      def handler(pub: Publisher): Unit = pub match {
        case acc: BankAccount => log = log + acc.owner + "=" + acc.currentBalance + " "
        case _ => log = log + "? "
      }
    }
    a.subscribe(logger)
    b.subscribe(logger)
    var largeDeposits = 0
    val watcher = new Subscriber {
      private var last = 0
      def handler(pub: Publisher): Unit = {
        val now = pub.asInstanceOf[BankAccount].currentBalance
        if (now - last >= 100) largeDeposits += 1
        last = now
      }
    }
    a.subscribe(watcher)
    println(c.totalBalance)
    a.deposit(20)
    println(c.totalBalance)
    b.deposit(30)
    println(c.totalBalance)
    a.deposit(150)
    a.withdraw(10)
    println(c.totalBalance)
    println(log.trim)
    println("large deposits: " + largeDeposits)
    a.unsubscribe(logger)
    a.deposit(1)
    println(log.trim)
    println(a.count + " " + b.count)
    try b.withdraw(1000) catch { case e: Error => println("error: " + e.getMessage) }
  }
}
