// Source: Rosetta Code, "Run-length encoding" (https://rosettacode.org/wiki/Run-length_encoding): the task's string
// encoded by splitting off runs with List.span, decoded with a regular-expression split of the counts and letters;
// the round trip checked on a few more strings.
object RunLengthEncoding {
  def encode(s: String): String = {
    def runs(cs: List[Char]): List[(Int, Char)] = cs match {
      case Nil => Nil
      case c :: _ =>
        val (run, rest) = cs.span(_ == c)
        (run.length, c) :: runs(rest)
    }
    runs(s.toList).map { case (n, c) => s"$n$c" }.mkString
  }

  def decode(s: String): String = {
    val counts = s.split("[A-Za-z]").map(_.toInt)
    val letters = s.filter(_.isLetter)
    counts.zip(letters).map { case (n, c) => c.toString * n }.mkString
  }

  def main(args: Array[String]): Unit = {
    val text = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"
    val encoded = encode(text)
    println(encoded)
    println(decode(encoded) == text)
    for (s <- List("a", "aabbbcccc", "abc", "zzzzzzzzzzzzy")) {
      val e = encode(s)
      println(s + " -> " + e + " -> " + decode(e))
    }
    println(encode(text).split("(?<=[A-Z])").length)
  }
}
