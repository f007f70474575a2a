object Main {
  def main(args: Array[String]): Unit = {
    val s = "hello"
    println(s.intern()) // expect: error unsupported "intern"
    println(s.codePointAt(0)) // expect: error unsupported "codePointAt"
    println(s.substring(1, 3) + s.length + s.charAt(0) + s.trim.toUpperCase)
  }
}
