// Source: written for this test after the Rosetta Code task "Execute a Markov algorithm"-style exercises and
// the classic "stack machine interpreter" exercise: a program of case-class instructions (opcode, argument)
// run by an interpreter that dispatches with constructor and stable-identifier patterns; it computes factorials
// and a Fibonacci number, and prints a trace of the first instructions.
object StackMachine {
  case class Instr(op: String, arg: Int)
  case class State(pc: Int, sp: Int, steps: Int)

  final val Push = "push"
  final val Jz = "jz"

  def run(code: Array[Instr], vars: Array[Long], trace: Int): State = {
    val stack = new Array[Long](64)
    var st = State(0, 0, 0)
    while (st.pc < code.length) {
      val State(pc, sp, steps) = st
      if (steps < trace) println(pc + ": " + code(pc))
      st = code(pc) match {
        case Instr(Push, v) => stack(sp) = v; State(pc + 1, sp + 1, steps + 1)
        case Instr("load", v) => stack(sp) = vars(v); State(pc + 1, sp + 1, steps + 1)
        case Instr("store", v) => vars(v) = stack(sp - 1); State(pc + 1, sp - 1, steps + 1)
        case Instr("mul", _) => stack(sp - 2) = stack(sp - 2) * stack(sp - 1); State(pc + 1, sp - 1, steps + 1)
        case Instr("add", _) => stack(sp - 2) = stack(sp - 2) + stack(sp - 1); State(pc + 1, sp - 1, steps + 1)
        case Instr("sub", _) => stack(sp - 2) = stack(sp - 2) - stack(sp - 1); State(pc + 1, sp - 1, steps + 1)
        case Instr(Jz, target) =>
          if (stack(sp - 1) == 0) State(target, sp - 1, steps + 1) else State(pc + 1, sp - 1, steps + 1)
        case Instr("jmp", target) => State(target, sp, steps + 1)
        case other => throw new IllegalStateException("unknown " + other)
      }
    }
    st
  }

  def main(args: Array[String]): Unit = {
    // vars: 0 = n, 1 = acc
    val factorial = Array(
      Instr("push", 1), Instr("store", 1),
      Instr("load", 0), Instr("jz", 13),
      Instr("load", 1), Instr("load", 0), Instr("mul", 0), Instr("store", 1),
      Instr("load", 0), Instr("push", 1), Instr("sub", 0), Instr("store", 0),
      Instr("jmp", 2))
    for (n <- Array(0L, 1L, 5L, 10L, 20L)) {
      val vars = Array(n, 0L)
      val end = run(factorial, vars, if (n == 1L) 20 else 0)
      println(n + "! = " + vars(1) + " in " + end.steps + " steps, " + end)
    }
    // vars: 0 = n, 1 = a, 2 = b, 3 = t
    val fib = Array(
      Instr("push", 0), Instr("store", 1), Instr("push", 1), Instr("store", 2),
      Instr("load", 0), Instr("jz", 18),
      Instr("load", 2), Instr("store", 3), Instr("load", 1), Instr("load", 2), Instr("add", 0), Instr("store", 2),
      Instr("load", 3), Instr("store", 1),
      Instr("load", 0), Instr("push", 1), Instr("sub", 0), Instr("store", 0), Instr("jmp", 4))
    fib(5) = fib(5).copy(arg = 19)
    val vars = Array(50L, 0L, 0L, 0L)
    val end = run(fib, vars, 0)
    println("fib(50) = " + vars(1) + ", " + end)
    println(fib(5) + " " + (fib(5) == Instr("jz", 19)) + " " + fib.count(_ == Instr("store", 1)))
  }
}
