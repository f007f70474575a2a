// An App object overriding main: App's main (which would run the body deferred by delayedInit) is replaced, so the
// body's statements never run, as on the JVM; a repeated parameter given by name takes that one element.
object Main extends App {
  def count(label: String, xs: Int*): String = label + xs.length
  println("body, never printed")
  override def main(args: Array[String]): Unit = {
    println("own main")
    println(count("n", xs = 7) + " " + count(xs = 1, label = "m"))
  }
}
