// An App object writing its own main must say `override`, as scalac requires (App defines main).
object Main extends App {
  def main(args: Array[String]): Unit = println("own") // expect: error missing-override "method main needs `override' modifier"
  println("body")
}
