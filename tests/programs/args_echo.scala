// Covers: program arguments: count, each argument with its index and length,
// equality tests against literals, and concatenation of all arguments.
object ArgsEcho {
  def main(args: Array[String]): Unit = {
    println(args.length)
    for (i <- 0 until args.length) println(i + ": " + args(i) + " (" + args(i).length + ")")
    var all = ""
    for (a <- args) all = all + "[" + a + "]"
    println(all)
    var flags = 0
    for (a <- args) {
      a match {
        case "-v" | "--verbose" => flags += 1
        case _ =>
      }
    }
    println("flags=" + flags)
    if (args.length > 0) println("first char: " + args(0).charAt(0))
  }
}
