class Account(private var balance: Int, val owner: String) {
  private def audit(): Int = balance
  protected def limit: Int = 100
  private[Account] val code = 7
  def same(other: Account): Int = other.balance + other.audit() + other.limit + other.code
  class Statement { def total: Int = balance }
  def this() = println("no") // expect: error syntax-error
}
object Account {
  def peek(a: Account): Int = a.balance + a.audit() + a.limit + a.code
}
object Main {
  private val hidden = 1
  object Nested { def reveal: Int = hidden }
  def this(x: Int) = this() // expect: error syntax-error
  def main(args: Array[String]): Unit = {
    val a = new Account(10, "me")
    println(a.balance) // expect: error inaccessible
    println(a.audit()) // expect: error inaccessible
    println(a.limit) // expect: error inaccessible
    println(a.code) // expect: error inaccessible
    a.balance = 5 // expect: error inaccessible
    println(a.owner + Account.peek(a) + Nested.reveal + Main.hidden)
  }
}
