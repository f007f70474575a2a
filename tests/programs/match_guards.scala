// Covers: match cases with guards that reference the bound variable, guards
// that fail and fall through to later cases, and guards calling methods.
object MatchGuards {
  def isPrime(n: Int): Boolean = {
    if (n < 2) return false
    var d = 2
    while (d * d <= n) {
      if (n % d == 0) return false
      d += 1
    }
    true
  }

  def describe(n: Int): String = n match {
    case 0 => "zero"
    case x if x < 0 => "negative " + (-x)
    case x if isPrime(x) => "prime " + x
    case x if x % 2 == 0 => "even " + x
    case other => "odd " + other
  }

  def grade(score: Int): Char = score match {
    case s if s >= 90 => 'A'
    case s if s >= 80 => 'B'
    case s if s >= 70 => 'C'
    case _ => 'F'
  }

  def charKind(c: Char): String = c match {
    case ch if ch >= 'A' && ch <= 'Z' => "upper " + (ch + 32).toChar
    case ch if ch >= 'a' && ch <= 'z' => "lower " + (ch - 32).toChar
    case _ => "symbol"
  }

  def main(args: Array[String]): Unit = {
    for (i <- -2 to 10) println(describe(i))
    println(grade(95))
    println(grade(85))
    println(grade(70))
    println(grade(12))
    println(charKind('Q'))
    println(charKind('q'))
    println(charKind('?'))
    val s = "hello"
    val r = s match {
      case t if t.length > 10 => "long"
      case t if t.charAt(0) == 'h' => "starts with h: " + t
      case _ => "other"
    }
    println(r)
  }
}
