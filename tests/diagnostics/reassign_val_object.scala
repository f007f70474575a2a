object Config {
  val size = 4
  var count = 0
}

object Main {
  val greeting = "hi"

  def main(args: Array[String]): Unit = {
    Config.count = Config.count + 1
    Config.size = 5 // expect: error reassign-val
    greeting = "bye" // expect: error reassign-val
    println(greeting + Config.size + Config.count)
  }
}
