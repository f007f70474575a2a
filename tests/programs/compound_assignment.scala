// Covers: every compound assignment operator on Int, Long and Double vars,
// on String (+=), on array elements and on object/class fields.
class Box(var v: Int)

object CompoundAssignment {
  var global = 5

  def main(args: Array[String]): Unit = {
    var i = 7
    i += 3
    println(i)
    i -= 4
    println(i)
    i *= 5
    println(i)
    i /= 4
    println(i)
    i %= 4
    println(i)
    i = 0x6C
    i &= 0x3F
    println(i)
    i |= 0x100
    println(i)
    i ^= 0x1FF
    println(i)
    i <<= 4
    println(i)
    i >>= 2
    println(i)
    i = -i
    i >>>= 20
    println(i)
    var l = 10L
    l += 5
    println(l)
    l -= 20L
    println(l)
    l *= l
    println(l)
    l /= 2
    println(l)
    l %= 7
    println(l)
    l <<= 40
    println(l)
    l >>= 38
    println(l)
    l |= 3
    println(l)
    l &= 6
    println(l)
    l ^= 15
    println(l)
    var d = 1.5
    d += 1
    println(d)
    d *= 4
    println(d)
    d -= 0.5
    println(d)
    d /= 2
    println(d)
    d %= 2
    println(d)
    var s = "a"
    s += "b"
    s += 1
    s += 'c'
    s += 2.5
    s += true
    println(s)
    val arr = Array(1, 2, 3)
    arr(0) += 10
    arr(1) *= 7
    arr(2) <<= 3
    println(arr(0) + " " + arr(1) + " " + arr(2))
    global += 10
    global *= 2
    println(global)
    val box = new Box(3)
    box.v += 4
    box.v *= box.v
    println(box.v)
  }
}
