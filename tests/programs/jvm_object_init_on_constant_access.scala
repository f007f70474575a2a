// Covers: an object whose vals have literal initialisers is still initialised (its body run) on first access,
// exactly once, as on the JVM; reading a constant must not skip the object's side effects.
object Config {
  println("init Config")
  val size = 3
  val name = "cfg"
  val ratio = 0.5
}

object Counter {
  var count = 0
  println("init Counter")
  val limit: Long = 10L
}

object JvmObjectInitOnConstantAccess {
  def main(args: Array[String]): Unit = {
    println("start")
    println(Config.size)
    println(Config.name + " " + Config.ratio)
    println(Counter.limit)
    Counter.count += 1
    println(Counter.count)
  }
}
