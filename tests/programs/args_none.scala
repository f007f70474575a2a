// Covers: running without arguments: args is an empty array, not null.
object ArgsNone {
  def main(args: Array[String]): Unit = {
    println(args != null)
    println(args.length)
    for (a <- args) println("never " + a)
    if (args.length == 0) println("no arguments")
  }
}
