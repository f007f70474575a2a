object Main {
  def greet(name: String = "world"): String = "hello " + name // expect: error unsupported "default argument"

  def main(args: Array[String]): Unit = println(greet("you"))
}
