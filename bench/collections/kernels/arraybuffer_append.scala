// ArrayBuffer appends: 1,000,000 Ints appended (the buffer doubling as it grows), then summed by index and by
// foreach, 5 times over.
import scala.collection.mutable.ArrayBuffer

object Main {
  def main(args: Array[String]): Unit = {
    var check = 0L
    var round = 0
    while (round < 5) {
      val buf = ArrayBuffer[Int]()
      var i = 0
      while (i < 1000000) {
        buf += (i * 31 + round) & 0xffff
        i += 1
      }
      var sum = 0L
      var j = 0
      while (j < buf.length) {
        sum += buf(j)
        j += 1
      }
      check = check * 31 + sum + buf.length
      round += 1
    }
    println(check)
  }
}
