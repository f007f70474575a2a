// Ranges of Long and Char as values (NumericRange): printing, length, sum, contains, head, last, by, reverse and
// map and filter (Vectors), foreach, mkString, toArray, `for` over them and over range values, overflow at the
// ends of Long, and Char ranges in `for` giving Chars.
object Main {
  def main(args: Array[String]): Unit = {
    val r = 1L to 5L
    println(r)
    println(r.sum + " " + r.length + " " + r.contains(3L) + " " + r.head + " " + r.last)
    println((1L until 10L by 3L))
    println(('a' to 'e'))
    println(('a' to 'z' by 5))
    println(('a' until 'e').map(c => c.toUpper))
    println(('a' to 'e').map(_.toInt))
    println(r.map(_ * 2))
    println(r.filter(_ % 2 == 0))
    println(r.reverse)
    println(('a' to 'e').reverse)
    ('a' to 'c').foreach(print)
    println()
    println(('a' to 'c').mkString)
    println(('a' to 'c').toArray.length)
    println((10L to 1L by -3L))
    println(r.exists(_ > 4L) + " " + r.count(_ > 2L) + " " + r.isEmpty)
    println(('a' to 'c').contains('b'))
    for (c <- 'a' to 'e') print(c)
    println()
    for (x <- 1L to 3L) print(x * 10 + " ")
    println()
    println(for (c <- 'x' to 'z') yield c.toUpper)
    println(for (x <- 1L to 3L) yield x + 1)
    println((0L until 0L))
    println((Long.MaxValue - 2 to Long.MaxValue))
    println((Long.MinValue to Long.MaxValue by Long.MaxValue))
    println((Long.MaxValue to Long.MinValue by -(Long.MaxValue / 2)).length)
    println((-5L to 5L by 4L).sum + " " + (-5L to 5L by 4L).last + " " + (-5L to 5L by 4L).contains(3L))
    val letters = 'a' to 'z' by 2
    for (c <- letters) print(c)
    println()
    val nums = 1 to 5
    for (i <- nums; if i % 2 == 1) print(i)
    println()
    println(for (i <- nums) yield i * i)
    println(letters.length + " " + letters.head + " " + letters.last + " " + letters.contains('e') + " " + letters.sum.toInt)
    (1L to 3L).foreach(x => print(x + ";"))
    println()
    println((1L to 10L).mkString(","))
    println((5L to 1L by -1L).min + " " + (5L to 1L by -1L).max + " " + ('a' to 'e' by 2).mkString("<", "|", ">"))
    println(('A' to 'F').map(c => (c + 1).toChar).mkString)
    println((1L to 1000L))
  }
}
