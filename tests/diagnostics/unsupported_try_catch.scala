object Main {
  def main(args: Array[String]): Unit = {
    val n = try { args(0).length } catch { case e: Exception => 0 } // expect: error unsupported "try"
    println(n)
  }
}
