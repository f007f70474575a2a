// Source: Rosetta Code, "Truth table" (https://rosettacode.org/wiki/Truth_table): read a boolean expression, list
// its variables and print its truth table. The expression is a sealed case-class tree (Var, Not, And, Or, Xor,
// Implies) built by a recursive-descent parser, as in the task's functional solutions.
// Adapted: the expressions are given in the program instead of read from the console; variables are single
// letters; the table is printed with T/F as the task's examples show.
object Main {
  sealed trait Formula
  case class Var(name: Char) extends Formula
  case class Not(f: Formula) extends Formula
  case class And(l: Formula, r: Formula) extends Formula
  case class Or(l: Formula, r: Formula) extends Formula
  case class Xor(l: Formula, r: Formula) extends Formula
  case class Implies(l: Formula, r: Formula) extends Formula
  case object True extends Formula
  case object False extends Formula

  class Parser(text: String) {
    private val s = text.filter(c => c != ' ')
    private var pos = 0
    private def peek: Char = if (pos < s.length) s.charAt(pos) else '\u0000'
    private def next(): Char = { val c = peek; pos += 1; c }

    def parse(): Formula = implies()

    private def implies(): Formula = {
      val l = or()
      if (peek == '>') { next(); Implies(l, implies()) } else l
    }
    private def or(): Formula = {
      var l = and()
      while (peek == '|' || peek == '^') {
        if (next() == '|') l = Or(l, and()) else l = Xor(l, and())
      }
      l
    }
    private def and(): Formula = {
      var l = unary()
      while (peek == '&') { next(); l = And(l, unary()) }
      l
    }
    private def unary(): Formula = next() match {
      case '!' => Not(unary())
      case '(' => val f = implies(); next(); f
      case '1' => True
      case '0' => False
      case c => Var(c)
    }
  }

  def variables(f: Formula, acc: String): String = f match {
    case Var(c) => if (acc.indexOf(c) >= 0) acc else acc + c
    case Not(g) => variables(g, acc)
    case And(l, r) => variables(r, variables(l, acc))
    case Or(l, r) => variables(r, variables(l, acc))
    case Xor(l, r) => variables(r, variables(l, acc))
    case Implies(l, r) => variables(r, variables(l, acc))
    case True | False => acc
  }

  def eval(f: Formula, names: String, values: Array[Boolean]): Boolean = f match {
    case Var(c) => values(names.indexOf(c))
    case Not(g) => !eval(g, names, values)
    case And(l, r) => eval(l, names, values) && eval(r, names, values)
    case Or(l, r) => eval(l, names, values) || eval(r, names, values)
    case Xor(l, r) => eval(l, names, values) != eval(r, names, values)
    case Implies(l, r) => !eval(l, names, values) || eval(r, names, values)
    case True => true
    case False => false
  }

  def show(f: Formula): String = f match {
    case Var(c) => c.toString
    case Not(g) => "!" + show(g)
    case And(l, r) => "(" + show(l) + " & " + show(r) + ")"
    case Or(l, r) => "(" + show(l) + " | " + show(r) + ")"
    case Xor(l, r) => "(" + show(l) + " ^ " + show(r) + ")"
    case Implies(l, r) => "(" + show(l) + " > " + show(r) + ")"
    case True => "1"
    case False => "0"
  }

  def truthTable(text: String): Unit = {
    val f = new Parser(text).parse()
    val names = variables(f, "")
    println(show(f))
    println(names.map(c => c + " ").mkString("") + "| " + text)
    val n = names.length
    var tautology = true
    for (row <- 0 until (1 << n)) {
      val values = Array.tabulate(n)(i => ((row >> (n - 1 - i)) & 1) == 1)
      val result = eval(f, names, values)
      if (!result) tautology = false
      println(values.map(v => if (v) "T " else "F ").mkString("") + "| " + (if (result) "T" else "F"))
    }
    println(if (tautology) "a tautology" else "not a tautology")
    println()
  }

  def main(args: Array[String]): Unit = {
    truthTable("A ^ B")
    truthTable("!A & (B | C)")
    truthTable("(A > B) & (B > C) > (A > C)")
    truthTable("A & 1 | 0")
    println(new Parser("a&b").parse() == And(Var('a'), Var('b')))
  }
}
