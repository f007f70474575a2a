// Covers: a class with a private var field, constructor parameter used as the
// initial value, mutating methods, independent instances.
class Counter(start: Int, step: Int) {
  private var count = start
  private var changes = 0

  def inc(): Unit = {
    count += step
    changes += 1
  }

  def dec(): Unit = {
    count -= step
    changes += 1
  }

  def value: Int = count
  def history: String = "count=" + count + " after " + changes + " changes"
  def reset(): Unit = {
    count = start
    changes = 0
  }
}

object ClassCounter {
  def main(args: Array[String]): Unit = {
    val a = new Counter(0, 1)
    val b = new Counter(100, -5)
    a.inc()
    a.inc()
    a.inc()
    b.inc()
    b.dec()
    b.inc()
    println(a.value)
    println(b.value)
    println(a.history)
    println(b.history)
    for (i <- 0 until 10) a.inc()
    println(a.value)
    a.reset()
    println(a.history)
    println(b.value)
  }
}
