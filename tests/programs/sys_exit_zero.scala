// Covers: sys.exit(0) stops the program early with a success status; the
// partial line printed with print() before it still appears.
object SysExitZero {
  def main(args: Array[String]): Unit = {
    println("before")
    print("partial line")
    if (args.length == 0) sys.exit(0)
    println("not reached")
  }
}
