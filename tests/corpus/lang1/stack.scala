// Source: Rosetta Code, https://rosettacode.org/wiki/Stack#Scala. Adapted: a stack of Ints on a growing private
// array instead of a List, with a companion object as factory and `empty`/`peek`/`pop` as on the task page.
class IntStack private (private var items: Array[Int], private var count: Int) {
  def this() = this(new Array[Int](4), 0)

  def push(x: Int): Unit = {
    if (count == items.length) {
      val bigger = new Array[Int](items.length * 2)
      var i = 0
      while (i < count) { bigger(i) = items(i); i += 1 }
      items = bigger
    }
    items(count) = x
    count += 1
  }

  def pop(): Int = {
    if (count == 0) throw new RuntimeException("Stack empty")
    count -= 1
    items(count)
  }

  def peek: Int = items(count - 1)
  def empty: Boolean = count == 0
  def size: Int = count
  override def toString: String = {
    val sb = new StringBuilder("IntStack(")
    var i = 0
    while (i < count) {
      if (i > 0) sb.append(", ")
      sb.append(items(i))
      i += 1
    }
    sb.append(")").toString
  }
}

object IntStack {
  def apply(): IntStack = new IntStack()
}

object StackMain {
  def main(args: Array[String]): Unit = {
    val s = IntStack()
    println(s.empty)
    for (i <- 1 to 10) s.push(i * i)
    println(s + " size " + s.size + " peek " + s.peek)
    println(s.pop() + " " + s.pop() + " " + s.size)
    while (!s.empty) s.pop()
    println(s + " " + s.empty)
    s.pop()
  }
}
