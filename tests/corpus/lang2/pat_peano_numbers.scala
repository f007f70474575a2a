// Source: Martin Odersky, "Functional Programming Principles in Scala" (Coursera/EPFL), lecture 4.2 "Objects
// Everywhere" and its exercise on Peano numbers: abstract class Nat with isZero, predecessor, successor, + and -,
// an object Zero and a class Succ(n), written without primitive numbers. Then the same numbers as the sealed
// case-class form of "Scala By Example" chapter 7 (case object Z, case class S(n)), folded by pattern matching.
// Adapted: toInt and toString helpers and printing added to show results.
object Main {
  abstract class Nat {
    def isZero: Boolean
    def predecessor: Nat
    def successor: Nat = new Succ(this)
    def +(that: Nat): Nat
    def -(that: Nat): Nat
  }

  object Zero extends Nat {
    def isZero = true
    def predecessor = throw new Error("0.predecessor")
    def +(that: Nat) = that
    def -(that: Nat) = if (that.isZero) this else throw new Error("negative number")
    override def toString = "Zero"
  }

  class Succ(n: Nat) extends Nat {
    def isZero = false
    def predecessor = n
    def +(that: Nat) = new Succ(n + that)
    def -(that: Nat) = if (that.isZero) this else n - that.predecessor
    override def toString = "Succ(" + n + ")"
  }

  def toInt(n: Nat): Int = if (n.isZero) 0 else 1 + toInt(n.predecessor)

  def fromInt(i: Int): Nat = if (i == 0) Zero else fromInt(i - 1).successor

  sealed abstract class N
  case object Z extends N
  case class S(pred: N) extends N

  def plus(a: N, b: N): N = a match {
    case Z => b
    case S(p) => S(plus(p, b))
  }

  def times(a: N, b: N): N = a match {
    case Z => Z
    case S(p) => plus(b, times(p, b))
  }

  def value(n: N): Int = n match {
    case Z => 0
    case S(p) => 1 + value(p)
  }

  def less(a: N, b: N): Boolean = (a, b) match {
    case (_, Z) => false
    case (Z, S(_)) => true
    case (S(x), S(y)) => less(x, y)
  }

  def nat(i: Int): N = if (i == 0) Z else S(nat(i - 1))

  def main(args: Array[String]): Unit = {
    val two = Zero.successor.successor
    val three = fromInt(3)
    println(two)
    println(toInt(two + three))
    println(toInt(three - two))
    println(three - two)
    println(Zero.isZero + " " + three.isZero)
    val n: Nat = Zero
    println(n == Zero)
    println(two.predecessor.predecessor == Zero)
    println(nat(3))
    println(value(plus(nat(2), nat(3))))
    println(value(times(nat(3), nat(4))))
    println(less(nat(2), nat(5)) + " " + less(nat(5), nat(2)) + " " + less(nat(3), nat(3)))
    println(plus(nat(1), nat(1)) == S(S(Z)))
    println(plus(nat(1), nat(1)).hashCode == nat(2).hashCode)
    val zs: Array[N] = Array(Z, nat(1), nat(2))
    for (z <- zs) println(z match { case Z => "zero"; case S(Z) => "one"; case S(S(_)) => "many" })
  }
}
