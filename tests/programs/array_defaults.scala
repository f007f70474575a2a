// Covers: default element values of new arrays of every type: 0 for integers,
// 0.0 for floating point, false for Boolean, null for String and class arrays.
class Thing(val id: Int)

object ArrayDefaults {
  def main(args: Array[String]): Unit = {
    val ints = new Array[Int](3)
    val longs = new Array[Long](3)
    val shorts = new Array[Short](2)
    val bytes = new Array[Byte](2)
    val doubles = new Array[Double](2)
    val floats = new Array[Float](2)
    val bools = new Array[Boolean](3)
    val strs = new Array[String](2)
    val things = new Array[Thing](2)
    val chars = new Array[Char](2)
    println(ints(0) + " " + ints(2))
    println(longs(1))
    println(shorts(0))
    println(bytes(1))
    println(doubles(0))
    println(floats(1))
    println(bools(0) + " " + bools(2))
    println(strs(0))
    println(strs(1) == null)
    println(things(0) == null)
    println(chars(0).toInt)
    println(chars(1) == 0)
    val empty = new Array[String](0)
    println(empty.length)
    bools(1) = true
    var s = ""
    for (b <- bools) s = s + b + ","
    println(s)
    strs(0) = "set"
    println(strs(0) + " " + strs(1))
    val nested = new Array[Array[Int]](2)
    println(nested(0) == null)
  }
}
