object Main {
  def main(args: Array[String]): Unit = {
    val s = "hello"
    println(s.toUpperCase) // expect: error unsupported "toUpperCase"
    println(s.trim()) // expect: error unsupported "trim"
    println(s.substring(1, 3) + s.length + s.charAt(0))
  }
}
