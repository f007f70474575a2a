// `object Main extends App`: the object's body is the program, run as main (scala.App's delayedInit): its vals
// and vars, its methods called from the body, `args`, local classes and a caught exception. The body's vals are
// set in order as it runs.
object Main extends App {
  val greeting = "hello"
  var count = 0
  def bump(n: Int): Int = { count += n; count }
  println(greeting + " " + args.length)
  for (i <- 1 to 3) bump(i)
  println("count " + count)
  case class Point(x: Int, y: Int)
  val points = List(Point(1, 2), Point(3, 4))
  println(points.map(p => p.x * p.y).sum)
  val total = try { "12x".toInt } catch { case e: NumberFormatException => -1 }
  println(total)
  println(Helper.describe)
}

object Helper {
  def describe: String = "helper sees " + Main.greeting + " " + Main.count
}
