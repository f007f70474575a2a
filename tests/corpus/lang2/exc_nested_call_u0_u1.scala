// Source: Rosetta Code, task "Exceptions/Catch an exception thrown in a nested call"
// (https://rosettacode.org/wiki/Exceptions/Catch_an_exception_thrown_in_a_nested_call). Written for this corpus
// from the task statement: two exception classes U0 and U1; foo calls bar twice, bar calls baz, baz throws U0 on
// its first call and U1 on its second; foo catches only U0, so the U1 ends the program (the JVM's first line and
// status 1).
class U0 extends Exception
class U1 extends Exception

object NestedCall {
  var bazCalls = 0

  def baz(): Unit = {
    bazCalls += 1
    println("baz call " + bazCalls)
    if (bazCalls == 1) throw new U0 else throw new U1
  }

  def bar(): Unit = {
    println("bar calls baz")
    baz()
    println("bar: never reached")
  }

  def foo(): Unit = {
    for (i <- 1 to 2) {
      try {
        bar()
      } catch {
        case e: U0 => println("foo caught " + e)
      } finally {
        println("foo: attempt " + i + " done")
      }
    }
  }

  def main(args: Array[String]): Unit = {
    foo()
    println("main: never reached")
  }
}
