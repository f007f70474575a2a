// Covers: while loops with compound conditions, loops that never run,
// counting down, nested whiles with shared variables, loop with break-like flag.
object WhileComplexConditions {
  def main(args: Array[String]): Unit = {
    var a = 0
    var b = 100
    while (a < b && (b - a) > 10 || a == 0) {
      a += 7
      b -= 3
    }
    println(a + " " + b)
    var n = 0
    while (false) n += 1
    while (n > 0) n -= 1
    println(n)
    var c = 10
    var out = ""
    while (c > 0) {
      out = out + c + " "
      c -= 3
    }
    println(out)
    var x = 27L
    var steps = 0
    var peak = x
    while (x != 1) {
      if (x % 2 == 0) x = x / 2 else x = 3 * x + 1
      if (x > peak) peak = x
      steps += 1
    }
    println(steps + " " + peak)
    var i = 0
    var found = false
    while (i < 100 && !found) {
      if (i * i > 500) found = true
      else i += 1
    }
    println(i + " " + found)
    var rows = 0
    var total = 0
    while (rows < 5) {
      var cols = 0
      while (cols <= rows) {
        total += rows * cols
        cols += 1
      }
      rows += 1
    }
    println(total)
    var p = 1
    while ({
      p = p * 2
      p < 1000
    }) {}
    println(p)
  }
}
