object Main {
  def main(args: Array[String]): Unit = {
    val m = Map(1 -> "one")
    println(m.withDefaultValue("none")) // expect: error unsupported "withDefaultValue"
    val b = scala.collection.mutable.ArrayBuffer(1, 2)
    b.trimEnd(1) // expect: error unsupported "trimEnd"
    println("maps")
  }
}
