// Source: Rosetta Code, task "Stack" (https://rosettacode.org/wiki/Stack): push, pop, empty and top of a stack.
// Written for this corpus from the task statement, as a bounded stack of Ints whose misuse throws exceptions:
// java.util.NoSuchElementException for an empty stack (as Scala's collections do) and an exception class of the
// program's own, extending IllegalStateException, for a full one.
class StackFullException(val capacity: Int) extends IllegalStateException("stack full (capacity " + capacity + ")")

class BoundedStack(capacity: Int) {
  private val items = new Array[Int](capacity)
  private var size = 0

  def isEmpty: Boolean = size == 0
  def push(x: Int): Unit = {
    if (size == capacity) throw new StackFullException(capacity)
    items(size) = x
    size += 1
  }
  def pop(): Int = {
    if (isEmpty) throw new java.util.NoSuchElementException("pop of empty stack")
    size -= 1
    items(size)
  }
  def top: Int = {
    if (isEmpty) throw new NoSuchElementException("top of empty stack")
    items(size - 1)
  }
}

object BoundedStackDemo {
  def main(args: Array[String]): Unit = {
    val s = new BoundedStack(3)
    println("empty: " + s.isEmpty)
    for (i <- 1 to 4) {
      try {
        s.push(i * 10)
        println("pushed " + (i * 10) + ", top " + s.top)
      } catch {
        case e: StackFullException => println("cannot push " + (i * 10) + ": " + e.getMessage + " / " + e.capacity)
      }
    }
    var popped = 0
    try {
      while (true) {
        println("popped " + s.pop())
        popped += 1
      }
    } catch {
      case e: NoSuchElementException => println("stopped after " + popped + ": " + e)
    } finally {
      println("empty again: " + s.isEmpty)
    }
    try println(s.top)
    catch { case e: RuntimeException => println("top failed: " + e.getMessage) }
  }
}
