// Covers: finally after a normal exit, after a caught exception, after an uncaught one (which then goes on),
// before a return from the try body, from a catch case and from inside a loop; nested try/finally order; an
// exception thrown by a finally replaces the one in flight.
object ExcFinally {
  var log = ""

  def note(s: String): Unit = log = log + s + " "

  def normal(): Int = {
    try {
      note("body")
      1
    } finally {
      note("finally")
    }
  }

  def caught(): Int = {
    try {
      note("body")
      throw new RuntimeException("boom")
    } catch {
      case e: RuntimeException =>
        note("catch")
        2
    } finally {
      note("finally")
    }
  }

  def passesThrough(): Int = {
    try {
      note("body")
      throw new IllegalStateException("through")
    } finally {
      note("finally")
    }
  }

  def returnFromBody(x: Int): Int = {
    try {
      if (x > 0) return x * 10
      note("no return")
      0
    } finally {
      note("finally " + x)
    }
  }

  def returnFromCatch(): String = {
    try {
      throw new ArithmeticException("a")
    } catch {
      case e: ArithmeticException => return "returned from catch"
    } finally {
      note("finally after catch return")
    }
    "not here"
  }

  def returnFromLoop(limit: Int): Int = {
    var i = 0
    while (i < 100) {
      try {
        if (i == limit) return i
      } finally {
        note("f" + i)
      }
      i += 1
    }
    -1
  }

  def nested(): Unit = {
    try {
      try {
        try {
          note("innermost")
          throw new UnsupportedOperationException("deep")
        } finally {
          note("f1")
        }
      } finally {
        note("f2")
      }
    } catch {
      case e: UnsupportedOperationException => note("caught " + e.getMessage)
    } finally {
      note("f3")
    }
  }

  def replaced(): Unit = {
    try {
      throw new IllegalStateException("first")
    } finally {
      note("finally throws")
      throw new IllegalArgumentException("second")
    }
  }

  def flush(): Unit = {
    println(log.trim)
    log = ""
  }

  def main(args: Array[String]): Unit = {
    println(normal())
    flush()
    println(caught())
    flush()
    try passesThrough() catch {
      case e: IllegalStateException => note("outside " + e.getMessage)
    }
    flush()
    println(returnFromBody(3))
    println(returnFromBody(0))
    flush()
    println(returnFromCatch())
    flush()
    println(returnFromLoop(3))
    flush()
    nested()
    flush()
    try replaced() catch {
      case e: IllegalStateException => note("got the first")
      case e: IllegalArgumentException => note("got " + e.getMessage)
    }
    flush()
    var total = 0
    for (i <- 1 to 5) {
      try {
        if (i == 4) throw new RuntimeException("skip")
        total += i
      } catch {
        case _: RuntimeException => note("skipped " + i)
      } finally {
        total += 100
      }
    }
    println(total)
    flush()
  }
}
