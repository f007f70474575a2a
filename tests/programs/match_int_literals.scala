// Covers: match on Int with literal cases, alternatives (|), wildcard fall-through,
// match used as an expression returning values of different cases, negative literals.
object MatchIntLiterals {
  def name(n: Int): String = n match {
    case 0 => "zero"
    case 1 => "one"
    case 2 | 3 | 4 => "a few"
    case -1 => "minus one"
    case 100 => "hundred"
    case _ => "many"
  }

  def daysIn(month: Int): Int = month match {
    case 2 => 28
    case 4 | 6 | 9 | 11 => 30
    case _ => 31
  }

  def main(args: Array[String]): Unit = {
    for (i <- -2 to 5) println(i + " " + name(i))
    println(name(100))
    println(name(Int.MaxValue))
    var total = 0
    for (m <- 1 to 12) total += daysIn(m)
    println(total)
    val code = 404
    val msg = code match {
      case 200 => "OK"
      case 301 | 302 => "Redirect"
      case 404 => "Not Found"
      case _ => "Other"
    }
    println(msg)
    val x = 7
    val doubled = (x * 2) match {
      case 14 => x * 100
      case _ => -1
    }
    println(doubled)
    var side = 0
    x match {
      case 1 => side = 10
      case 7 => side = 70
      case _ => side = -1
    }
    println(side)
  }
}
