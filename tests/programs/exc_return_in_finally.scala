// Covers: a `return` inside `finally` wins over the body's `return` and over an exception in flight (the
// exception is dropped), each finally running once; sys.error throws a RuntimeException; System.err prints to
// standard error.
object ExcReturnInFinally {
  var runs = 0

  def overrides(): Int = {
    try {
      return 1
    } finally {
      runs += 1
      return 2
    }
  }

  def swallows(): String = {
    try {
      sys.error("lost")
    } finally {
      runs += 1
      return "finally returned"
    }
  }

  def nested(): Int = {
    try {
      try {
        return 10
      } finally {
        runs += 1
        if (runs > 0) return 20
      }
    } finally {
      runs += 1
    }
  }

  def main(args: Array[String]): Unit = {
    println(overrides())
    println(swallows())
    println(nested())
    println(runs)
    try sys.error("from sys.error") catch {
      case e: RuntimeException =>
        System.err.println("error: " + e.getMessage)
        Console.err.println(e)
    }
    System.out.println("done")
  }
}
