// Covers: a class holding an Array field that it grows (stack with push/pop),
// methods calling other methods of the same class, a class method taking an array.
class IntStack(initial: Int) {
  private var data = new Array[Int](initial)
  private var size = 0

  def push(v: Int): Unit = {
    if (size == data.length) grow()
    data(size) = v
    size += 1
  }

  def grow(): Unit = {
    val bigger = new Array[Int](data.length * 2)
    var i = 0
    while (i < size) {
      bigger(i) = data(i)
      i += 1
    }
    data = bigger
  }

  def pop(): Int = {
    size -= 1
    data(size)
  }

  def peek: Int = data(size - 1)
  def isEmpty: Boolean = size == 0
  def count: Int = size
  def capacity: Int = data.length

  def pushAll(vs: Array[Int]): Unit = {
    for (v <- vs) push(v)
  }
}

object ClassWithArray {
  def main(args: Array[String]): Unit = {
    val s = new IntStack(2)
    println(s.isEmpty)
    s.push(1)
    s.push(2)
    println(s.capacity)
    s.push(3)
    println(s.capacity)
    s.pushAll(Array(4, 5, 6, 7, 8, 9))
    println(s.count + " " + s.capacity)
    println(s.peek)
    var out = ""
    while (!s.isEmpty) out = out + s.pop() + " "
    println(out)
    println(s.isEmpty)
    for (i <- 1 to 100) s.push(i * i)
    println(s.count + " " + s.capacity + " " + s.peek)
  }
}
