// Source: Rosetta Code, "Finite state machine" (https://rosettacode.org/wiki/Finite_state_machine): the vending
// machine with the states Ready, Waiting, Dispense, Refunding and Exit, the transitions deposit, select, refund,
// remove and quit, and the implicit transitions out of Dispense and Refunding. Written with a sealed trait of case
// objects for the states and a sealed trait for the events, as the Scala versions of such machines are.
// Adapted: the task reads the user's choices from the console; here a fixed script of inputs drives the machine,
// and an invalid input is reported as the task's other solutions do.
object Main {
  sealed trait State { def name: String = toString }
  case object Ready extends State
  case object Waiting extends State
  case object Dispense extends State
  case object Refunding extends State
  case object Exit extends State

  sealed trait Event
  case object Deposit extends Event
  case object Select extends Event
  case object Refund extends Event
  case object Remove extends Event
  case object Quit extends Event
  case class Unknown(input: String) extends Event

  def parse(input: String): Event = input.trim.toLowerCase match {
    case "deposit" | "d" => Deposit
    case "select" | "s" => Select
    case "refund" | "r" => Refund
    case "remove" | "m" => Remove
    case "quit" | "q" => Quit
    case other => Unknown(other)
  }

  def transition(state: State, event: Event): State = (state, event) match {
    case (Ready, Deposit) => Waiting
    case (Ready, Quit) => Exit
    case (Waiting, Select) => Dispense
    case (Waiting, Refund) => Refunding
    case (Dispense, Remove) => Ready
    case (s, _) => s
  }

  def implicitNext(state: State): State = state match {
    case Refunding => Ready
    case other => other
  }

  def prompt(state: State): String = state match {
    case Ready => "Ready: (d)eposit or (q)uit"
    case Waiting => "Waiting: (s)elect or (r)efund"
    case Dispense => "Dispense: (m) remove the product"
    case Refunding => "Refunding: money returned"
    case Exit => "Exit"
  }

  def main(args: Array[String]): Unit = {
    val script = Array("d", "x", "s", "r", "m", "deposit", "refund", "q", "d", "quit")
    var state: State = Ready
    var i = 0
    var transitions = 0
    while (state != Exit && i < script.length) {
      println(prompt(state))
      val event = parse(script(i))
      i += 1
      event match {
        case Unknown(what) => println("  invalid input: " + what)
        case e =>
          val next = transition(state, e)
          if (next == state) println("  " + e + " is not allowed in state " + state.name)
          else {
            transitions += 1
            println("  " + e + ": " + state + " -> " + next)
          }
          state = next
      }
      if (state == Refunding) {
        println(prompt(state))
        state = implicitNext(state)
      }
    }
    println(prompt(state))
    println("transitions: " + transitions + ", inputs used: " + i)
    val all: Array[State] = Array(Ready, Waiting, Dispense, Refunding, Exit)
    println(all.map(_.name).mkString(", "))
    println(all.count(s => s.hashCode == s.name.hashCode))
  }
}
