class Cls1(var q2: Short, val q3: Long, val q4: Byte) {
  val h5: Int = 2
  def m6(a7: Byte): Float = 97.83950805664062f
  def m8(a9: Boolean, a10: Short): Boolean = false
}
class Cls11(var q12: Int) {
  val h13: String = ((q12 + (-4294967296L)) + (false match { case true => "null" case false => "hello" case _ => "Hello, World!" }))
  val h14: Short = ((false + h13) match { case "" => (32767).toShort case _ => ('\'').toShort })
  def m15(a16: Short, a17: Double): Double = a17
  def m18(a19: Int, a20: Boolean): Float = (-((-506.9783630371094f)).toFloat)
}
object Main {
  def f21(p22: Boolean): Boolean = ((((1000).toShort | (-651540462183L))).toChar < "中文".charAt(1))
  def main(args: Array[String]): Unit = {
    var v23: Long = ("xyzé".charAt(0) / (0x7fffffffffffffffL | 1L))
    println(v23)
    val v24: Float = (-891.7053833007812f)
    println(v24)
    val v25: String = "\u4e2d\u6587"
    println(v25)
    println((('\u20ac').toString match { case "123" => "中文".charAt(1) case "\ud83d\ude00" => ((false match { case true => v23 case false => v23 case _ => v23 })).toChar case _ => v23.toChar }))
    if (f21(false)) {
      val c26 = new Cls1((if ((true || false)) v24.toShort else (if (false) Short.MinValue else (-32768).toShort)), (((-540792253889L)).toLong).max(63L), (((-1e19) % (-100).toByte)).toByte)
      println(c26.q3)
      println(c26.h5)
      c26.q2 = v24.toShort
      println(c26.q2)
      println(c26.m6(((65536).max((-43))).toByte))
      println(c26.m8(false, Short.MinValue))
      for (k27 <- -1 until 1) {
        var i28 = 0
        while (i28 < 4) {
          println((((63).toString + i28.toFloat) match { case "123" => (-0.538987632878001) case "\u4e2d\u6587" => i28.toDouble case "null" => ((-2147483647.5) - (Short.MaxValue + 205)) case _ => (-3986903135.1264896) }))
          i28 += 1
        }
        if (true) {
          println(v25)
        } else {
          println(((-4983904645.992607)).toFloat)
        }
      }
    } else {
      println((127).toByte)
    }
    val c29 = new Cls1((1).toShort, (0x7fffffffffffffffL).max((-v23)), (-1).toByte)
    println(c29.q2)
    println(c29.h5)
    c29.q2 = Short.MinValue
    println(c29.q2)
    println(c29.m6((("123" match { case "" => (0).toByte case "Hello, World!" => Byte.MaxValue case _ => (42).toByte })).toByte))
    println(c29.m8(true, (128).toShort))
    println(65535)
    val arr30 = Array[Float](v24, (-0.0f), v24, 0.5f)
    arr30((math.max(((-761) | (-129).toShort), 64) & 3)) = Byte.MinValue.toFloat
    for (x31 <- arr30) {
      println(x31)
    }
    println(arr30.length)
    var i32 = 0
    while (i32 < 2) {
      println(f21((((-129).toShort).toString != (if (true) "\ud83d\ude00" else v25))))
      println(149803304869L)
      i32 += 1
    }
    println(false)
    var sb33 = ""
    for (j34 <- 0 until 3) {
      sb33 = sb33 + (math.min(j34, j34) + Byte.MinValue) + ","
    }
    println(sb33)
    if (false) {
      println(((if (false) (v25 + '\n').length else (868.9060486321468).toInt) match { case 0xff => '\t' case _ => (("a" == "\u4e2d\u6587") match { case true => '0' case false => ('~' match { case '\\' => ' ' case '\u0000' => Char.MaxValue case _ => '\n' }) }) }))
    }
    val v35: Char = "0123456789".charAt(2)
    println(v35)
    if ((if (false) (Byte.MinValue != (1).toByte) else true)) {
      println(Byte.MinValue)
      print(Double.PositiveInfinity.min(1e7))
      v23 = (v35 match { case ' ' => (1e308).toLong case '\t' => ((127).toShort).toLong case '\u20ac' => math.max(2147483648L, 0L) case _ => (~(-1L)) })
      println(v23)
    }
    println(((((-2.5)).abs).toShort).toShort)
    val c36 = new Cls11((v25 + Long.MaxValue.min(v23)).length)
    println(c36.h13)
    println(c36.q12)
    c36.q12 = 0
    println(c36.q12)
    println(c36.m15(((128).toShort).toShort, (-0.7764552298236711)))
    println(c36.m18(155, (v35 <= v35)))
    println(f21(false))
    println(s" ${(1).toByte}x=${new Array[Byte](1).length}!")
    println('\u20ac')
    var v37: Int = (-342)
    println(v37)
    var v38: Short = (1000).toShort
    println(v38)
    println(f21(f21(f21(false))))
    println(((if ((if (false) true else false)) v35 else ((-2147483648)).toChar) match { case 'Z' => true case '\u0000' => (!false) case _ => true }))
    println(false)
    var v39: Boolean = true
    println(v39)
    println(((v25 match { case "a" => "été ok".substring(1, 5) case "null" => ((-4068736678.936267) + v25) case "x y z" => v25 case _ => s"é${"\u20ac"} ${(-1).toByte} ${v38}!" }) == v25))
    println(0.001)
    var i40 = 0
    while (i40 < 2) {
      println((if (("hello" == v38.toString)) f21(v39) else (if ((i40 match { case 1 => true case _ => v39 })) (v38 < 1L) else ("" != v25))))
      i40 += 1
    }
    var v41 = (((v25 match { case "Hello, World!" => (-2.5) case _ => 123456789.125 })).max(((-2.5)).toDouble)).min(9999999.0)
    println(v41)
    val arr42 = new Array[Char](4)
    arr42(((true.toString match { case "-0" => ((-128).toByte).toInt case "\u20ac" => (-230) case "x y z" => v37 case _ => (v37 & v38) }) & 3)) = v35
    for (x43 <- arr42) {
      println(x43)
    }
    println(arr42.length)
  }
}
