// Source: written for this test: a recursive-descent parser and evaluator for arithmetic with variables, as Scala
// code writes one: a tokenizer over the characters into a List of case-class tokens, a sealed expression tree,
// a parser class over a Vector with a ParseError exception, results as Either, evaluation against an environment Map, simplification by pattern matching.
object ExprParser {
  sealed trait Token
  case class Num(v: Double) extends Token
  case class Name(s: String) extends Token
  case class Op(c: Char) extends Token

  sealed trait Expr
  case class Lit(v: Double) extends Expr
  case class Var(name: String) extends Expr
  case class Bin(op: Char, l: Expr, r: Expr) extends Expr
  case class Neg(e: Expr) extends Expr

  def tokenize(s: String): Either[String, List[Token]] = {
    var i = 0
    val out = scala.collection.mutable.ListBuffer[Token]()
    while (i < s.length) {
      val c = s(i)
      if (c.isWhitespace) i += 1
      else if (c.isDigit) {
        val start = i
        while (i < s.length && (s(i).isDigit || s(i) == '.')) i += 1
        out += Num(s.substring(start, i).toDouble)
      } else if (c.isLetter) {
        val start = i
        while (i < s.length && s(i).isLetterOrDigit) i += 1
        out += Name(s.substring(start, i))
      } else if ("+-*/()^".contains(c)) { out += Op(c); i += 1 }
      else return Left(s"unexpected '$c' at $i")
    }
    Right(out.toList)
  }

  case class ParseError(msg: String) extends Exception(msg)

  // expr := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ; factor := unary ('^' factor)?
  class Parser(tokens: Vector[Token]) {
    private var pos = 0
    private def peek: Option[Token] = if (pos < tokens.length) Some(tokens(pos)) else None
    private def next(): Token = { val t = tokens(pos); pos += 1; t }

    def parseAll(): Expr = {
      val e = expr()
      if (pos < tokens.length) throw ParseError("trailing " + tokens.drop(pos).mkString(" "))
      e
    }
    private def expr(): Expr = {
      var l = term()
      while (peek == Some(Op('+')) || peek == Some(Op('-'))) { val Op(o) = next(); l = Bin(o, l, term()) }
      l
    }
    private def term(): Expr = {
      var l = factor()
      while (peek == Some(Op('*')) || peek == Some(Op('/'))) { val Op(o) = next(); l = Bin(o, l, factor()) }
      l
    }
    private def factor(): Expr = {
      val b = unary()
      if (peek == Some(Op('^'))) { next(); Bin('^', b, factor()) } else b
    }
    private def unary(): Expr = peek match {
      case Some(Op('-')) => next(); Neg(unary())
      case Some(Num(v)) => next(); Lit(v)
      case Some(Name(n)) => next(); Var(n)
      case Some(Op('(')) =>
        next()
        val e = expr()
        if (peek != Some(Op(')'))) throw ParseError("expected ) but found " + peek.getOrElse("end"))
        next()
        e
      case Some(t) => throw ParseError(s"unexpected $t")
      case None => throw ParseError("unexpected end")
    }
  }

  def parse(tokens: List[Token]): Either[String, Expr] =
    try Right(new Parser(tokens.toVector).parseAll()) catch { case ParseError(m) => Left(m) }

  def eval(e: Expr, env: Map[String, Double]): Either[String, Double] = e match {
    case Lit(v) => Right(v)
    case Var(n) => env.get(n) match {
      case Some(v) => Right(v)
      case None => Left(s"unbound $n")
    }
    case Neg(x) => eval(x, env) match {
      case Right(v) => Right(-v)
      case err => err
    }
    case Bin(op, l, r) => (eval(l, env), eval(r, env)) match {
      case (Right(a), Right(b)) => Right(op match {
        case '+' => a + b
        case '-' => a - b
        case '*' => a * b
        case '/' => a / b
        case _ => math.pow(a, b)
      })
      case (Left(err), _) => Left(err)
      case (_, err) => err
    }
  }

  def simplify(e: Expr): Expr = e match {
    case Bin('*', Lit(1), x) => simplify(x)
    case Bin('*', x, Lit(1)) => simplify(x)
    case Bin('+', Lit(0), x) => simplify(x)
    case Bin('+', x, Lit(0)) => simplify(x)
    case Bin('*', Lit(0), _) | Bin('*', _, Lit(0)) => Lit(0)
    case Bin(op, l, r) => Bin(op, simplify(l), simplify(r))
    case Neg(Neg(x)) => simplify(x)
    case other => other
  }

  def show(e: Expr): String = e match {
    case Lit(v) => if (v == v.toLong) v.toLong.toString else v.toString
    case Var(n) => n
    case Neg(x) => s"-${show(x)}"
    case Bin(op, l, r) => s"(${show(l)} $op ${show(r)})"
  }

  def main(args: Array[String]): Unit = {
    val env = Map("x" -> 3.0, "y" -> 0.5, "pi" -> math.Pi)
    val inputs = List("1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * -(y + 1)", "1 * x + 0", "pi * x ^ 2",
      "10 / 4 - z", "3 + * 4", "(1 + 2", "4 $ 4", "0 * (x + y) + 1 * y")
    for (in <- inputs) {
      val result = tokenize(in) match {
        case Left(err) => Left(err)
        case Right(ts) => parse(ts) match {
          case Left(err) => Left(err)
          case Right(e) => eval(e, env) match {
            case Right(v) => Right((e, v))
            case Left(err) => Left(err)
          }
        }
      }
      result match {
        case Right((e, v)) => println(f"$in%-22s = $v%.4f   ${show(e)} ~> ${show(simplify(e))}")
        case Left(err) => println(f"$in%-22s : error: $err")
      }
    }
  }
}
