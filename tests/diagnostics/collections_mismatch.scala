import scala.collection.mutable
object Main {
  def main(args: Array[String]): Unit = {
    val m: Map[String, Int] = mutable.Map[String, Int]() // expect: error type-mismatch "found mutable.Map[String, Int], required Map[String, Int]"
    val s: Set[Int] = mutable.ArrayBuffer(1) // expect: error type-mismatch "ArrayBuffer[Int]"
    val b = mutable.ArrayBuffer(1, 2)
    b += "x" // expect: error type-mismatch
    println(b.iterator2) // expect: error unsupported "iterator2"
  }
}
