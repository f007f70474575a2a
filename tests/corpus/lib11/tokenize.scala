// Source: Rosetta Code, "Tokenize a string" (https://rosettacode.org/wiki/Tokenize_a_string) and "Tokenize a string
// with escaping": split on a separator, join with another; the escaping version as a fold over the characters
// with a ListBuffer of tokens, on the task's example.
import scala.collection.mutable.ListBuffer

object Tokenize {
  def tokenize(s: String, sep: Char, esc: Char): List[String] = {
    val tokens = ListBuffer[String]()
    val current = new StringBuilder
    var escaping = false
    for (c <- s) {
      if (escaping) { current.append(c); escaping = false }
      else if (c == esc) escaping = true
      else if (c == sep) { tokens += current.toString; current.setLength(0) }
      else current.append(c)
    }
    tokens += current.toString
    tokens.toList
  }

  def main(args: Array[String]): Unit = {
    println("Hello,How,Are,You,Today".split(",").mkString("."))
    val tokens = tokenize("one^|uno||three^^^^|four^^^|^cuatro|", '|', '^')
    tokens.zipWithIndex.foreach { case (t, i) => println(i + ": \"" + t + "\"") }
    println(tokens.filter(_.nonEmpty).map(_.length))
    val csv = "name, age ,city\nAnn,31, Oslo\nBob ,27,Lima"
    val rows = csv.split("\n").map(_.split("\\s*,\\s*").map(_.trim).toList).toList
    val header = rows.head
    for (row <- rows.tail) println(header.zip(row).map { case (h, v) => h + "=" + v }.mkString("; "))
    println("a  b\tc\n d".split("\\s+").toList)
    println("2024-03-15T10:20".split("[-T:]").map(_.toInt).sum)
  }
}
