object Main {
  def main(args: Array[String]): Unit = {
    val pi = 3.14159
    println(s"pi is $pi")
    println(f"pi is $pi%.2f") // expect: error unsupported "`f`"
  }
}
