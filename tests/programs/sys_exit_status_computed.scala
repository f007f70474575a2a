// Covers: sys.exit with a status computed at run time (here 42) and used as
// an expression of type Nothing in an if/else branch.
object SysExitStatusComputed {
  def main(args: Array[String]): Unit = {
    var code = 0
    for (i <- 1 to 6) code += i
    code = code * 2
    println("exiting with " + code)
    val v: Int = if (code > 40) sys.exit(code) else code
    println("not reached " + v)
  }
}
