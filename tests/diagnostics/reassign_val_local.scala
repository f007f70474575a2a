object Main {
  def main(args: Array[String]): Unit = {
    val limit = 10
    limit = 11 // expect: error reassign-val
    limit += 1 // expect: error reassign-val
    args = new Array[String](0) // expect: error reassign-val
    println(limit)
  }
}
