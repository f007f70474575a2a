// A curried method given its first parameter list where a function is expected (or followed by `_`) is eta-expanded:
// the given arguments, and the receiver, are evaluated once, when the function value is made.
class Scaler(val factor: Int) {
  def scale(offset: Int)(x: Int): Int = x * factor + offset
}

object Main {
  var evaluated = 0
  def add(a: Int)(b: Int): Int = a + b
  def greet(greeting: String)(name: String): Unit = println(greeting + ", " + name)
  def counted(n: Int): Int = { evaluated += 1; n }
  def pick(): Scaler = { evaluated += 100; new Scaler(3) }

  def main(args: Array[String]): Unit = {
    val inc: Int => Int = add(1)
    println(inc(5) + " " + inc(41))
    println(List(1, 2, 3).map(add(10)))
    val plus7 = add(7) _
    println(plus7(3))
    val hello = greet("Hello") _
    hello("world")
    List("Ada", "Alan").foreach(greet("Hi"))
    val f: Int => Int = add(counted(2))
    println(f(1) + f(2) + " evaluated " + evaluated)
    val s: Int => Int = pick().scale(counted(1))
    println(s(10) + " " + s(20) + " evaluated " + evaluated)
    println(add(1)(2))
  }
}
