// Covers: program arguments containing non-ASCII characters: their UTF-16 length,
// charAt and code units, printing them back.
object ArgsUnicode {
  def main(args: Array[String]): Unit = {
    println(args.length)
    for (a <- args) {
      var codes = ""
      for (i <- 0 until a.length) codes = codes + a.charAt(i).toInt + " "
      println(a + " len=" + a.length + " codes=" + codes)
    }
    println(args(0) == "café")
  }
}
