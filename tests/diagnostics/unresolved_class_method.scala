class Counter {
  var count = 0
  def increment(): Unit = count += 1
}

object Main {
  def main(args: Array[String]): Unit = {
    val c = new Counter()
    c.increment()
    c.decrement() // expect: error not-a-member "decrement"
    println(c.count)
  }
}
