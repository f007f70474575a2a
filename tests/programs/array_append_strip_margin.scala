// `xs :+ x` and `xs :+= x` on arrays (a new array, the element appended) and `stripMargin` on strings, as the
// brainfuck benchmark uses them.
object Main {
  case class P(x: Int)
  def main(args: Array[String]): Unit = {
    var a = Array(1, 2)
    a :+= 3
    val b = a :+ 4
    println(a.mkString(",") + " " + b.mkString(","))
    var ps = Array[P]()
    for (i <- 1 to 3) ps :+= P(i * i)
    println(ps.mkString(" ") + " " + ps.length)
    var words = Array("x")
    words = words :+ "y" :+ "z"
    println(words.mkString("-"))
    val text =
      """first
        |  second, indented
        |third | with a bar
        no margin here
        ||double
        |""".stripMargin
    print(text)
    println("a\n   |b\n|c".stripMargin)
    println("|".stripMargin.length + " " + "".stripMargin.length)
  }
}
