// Covers: object vals initialised from expressions (including other vals and
// method calls), object vars used as global counters, two objects calling
// each other's methods, and qualified access Util.helper(3).
object Config {
  val base = 10
  val size = base * 4 + 2
  val name = "cfg-" + size
  val table = makeTable(size / 7)
  var loads = 0

  def makeTable(n: Int): Array[Int] = {
    val t = new Array[Int](n)
    for (i <- 0 until n) t(i) = i * base
    t
  }
}

object Util {
  var calls = 0
  def helper(x: Int): Int = {
    calls += 1
    x * x + Stats.offset
  }
  def twiceHelper(x: Int): Int = helper(helper(x))
}

object Stats {
  val offset = 1
  var total = 0L
  def record(v: Int): Unit = {
    total += v
    Config.loads += 1
  }
  def report(): String = "total=" + total + " helperCalls=" + Util.calls + " loads=" + Config.loads
}

object ObjectGlobals {
  var mainCounter = 0

  def bump(): Int = {
    mainCounter += 1
    mainCounter
  }

  def main(args: Array[String]): Unit = {
    println(Config.size)
    println(Config.name)
    println(Config.table.length)
    println(Config.table(5))
    println(Util.helper(3))
    println(Util.twiceHelper(2))
    for (i <- 1 to 4) Stats.record(Util.helper(i))
    println(Stats.report())
    bump()
    bump()
    println(bump())
    println(mainCounter)
    Config.loads = 100
    println(Config.loads)
  }
}
