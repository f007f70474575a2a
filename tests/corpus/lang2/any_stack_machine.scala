// Source: written for this test. A small stack machine whose stack holds values of several types as Any (Int,
// Double, String, Boolean); each instruction inspects its operands with isInstanceOf and casts them back, as an
// interpreter without a common value class does.
object StackMachine {
  val stack = new Array[Any](64)
  var sp = 0

  def push(v: Any): Unit = { stack(sp) = v; sp += 1 }
  def pop(): Any = { sp -= 1; val v = stack(sp); stack(sp) = null; v }

  def isNumber(v: Any): Boolean = v.isInstanceOf[Int] || v.isInstanceOf[Double]
  def toDouble(v: Any): Double = if (v.isInstanceOf[Int]) v.asInstanceOf[Int].toDouble else v.asInstanceOf[Double]

  def arith(op: String): Unit = {
    val b = pop()
    val a = pop()
    if (a.isInstanceOf[Int] && b.isInstanceOf[Int]) {
      val x = a.asInstanceOf[Int]
      val y = b.asInstanceOf[Int]
      push(if (op == "+") x + y else if (op == "-") x - y else if (op == "*") x * y else x / y)
    } else if (isNumber(a) && isNumber(b)) {
      val x = toDouble(a)
      val y = toDouble(b)
      push(if (op == "+") x + y else if (op == "-") x - y else if (op == "*") x * y else x / y)
    } else if (op == "+") {
      push("" + a + b)
    } else {
      push("error: " + a + " " + op + " " + b)
    }
  }

  def run(program: Array[Any]): Unit = {
    var pc = 0
    while (pc < program.length) {
      val ins = program(pc)
      if (ins == "+" || ins == "-" || ins == "*" || ins == "/") arith(ins.asInstanceOf[String])
      else if (ins == "dup") { val v = pop(); push(v); push(v) }
      else if (ins == "eq") { val b = pop(); val a = pop(); push(a == b) }
      else if (ins == "not") push(!pop().asInstanceOf[Boolean])
      else if (ins == "print") println(pop())
      else if (ins == "show") {
        val v = pop()
        val kind = if (v.isInstanceOf[Int]) "Int" else if (v.isInstanceOf[Double]) "Double"
          else if (v.isInstanceOf[Boolean]) "Boolean" else if (v.isInstanceOf[String]) "String" else "?"
        println(kind + "(" + v + ")")
      }
      else push(ins)
      pc += 1
    }
  }

  def main(args: Array[String]): Unit = {
    run(Array[Any](2, 3, "+", "print"))
    run(Array[Any](7, 2, "/", "show", 7.0, 2, "/", "show"))
    run(Array[Any]("n = ", 6, 7, "*", "+", "print"))
    run(Array[Any](1, 1.0, "eq", "show", 1, 2L, "eq", "show", "a", "a", "eq", "not", "show"))
    run(Array[Any](0.1, 0.2, "+", "dup", "print", 0.3, "eq", "print"))
    run(Array[Any](true, 4, "-", "print"))
    run(Array[Any]('x', 120, "eq", "print", 'x', "y", "+", "print"))
    println(sp)
  }
}
