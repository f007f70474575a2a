// Protected members as scalac checks them: usable in subclasses, on `this` or on a receiver of the subclass's
// type, not on a receiver of the parent's type nor from unrelated code.
class Account(protected var balance: Int) {
  protected def fee: Int = 1
  def transfer(other: Account): Unit = other.balance += balance - fee
}
class Savings(b: Int) extends Account(b) {
  def interest: Int = balance / 10 - fee
  def compare(other: Savings): Int = other.balance - balance + other.fee
  def peek(other: Account): Int = other.balance // expect: error inaccessible "prefix type Account does not conform to"
}
object Main {
  def main(args: Array[String]): Unit = {
    val s = new Savings(100)
    println(s.interest)
    println(s.fee) // expect: error inaccessible "is `protected`"
  }
}
