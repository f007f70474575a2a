// Source: Rosetta Code "Word wrap" (Scala), the greedy algorithm as a foldLeft over the words building a List of
// lines (reversed, then turned round), applied at two widths; the text is the task's.
object WordWrap {
  def wrap(text: String, width: Int): List[String] = {
    val words = text.split(" ").toList.filter(_.nonEmpty)
    val lines = words.foldLeft(List[String]()) { (acc, word) =>
      acc match {
        case line :: rest if line.length + 1 + word.length <= width => (line + " " + word) :: rest
        case _ => word :: acc
      }
    }
    lines.reverse
  }

  def main(args: Array[String]): Unit = {
    val text = "In olden times when wishing still helped one, there lived a king whose daughters were all " +
      "beautiful, but the youngest was so beautiful that the sun itself, which has seen so much, was " +
      "astonished whenever it shone in her face."
    for (width <- List(72, 40)) {
      println("width " + width + ":")
      val lines = wrap(text, width)
      lines.foreach(l => println("|" + l + " " * (width - l.length) + "|"))
      println(lines.length + " lines, longest " + lines.map(_.length).max)
    }
  }
}
