object Main {
  def main(args: Array[String]): Unit = {
    val m = Map(1 -> "one")
    println(m.unzip) // expect: error unsupported "unzip"
    val b = scala.collection.mutable.ArrayBuffer(1, 2)
    b.insertAll(0, List(5)) // expect: error unsupported "insertAll"
    println("maps")
  }
}
