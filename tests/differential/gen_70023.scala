object Obj1 {
  var g2: String = "hello"
  var g3: Short = (-32768).toShort
  var g4: Double = 3538562091.3617477
  var g5: Char = '\''
}
object Obj6 {
  println("init Obj6")
  var g7: Long = 0x7fffffffffffffffL
  var g8: Float = (('\\').toShort).toFloat
}
object Obj9 {
  println("init Obj9")
  var g10: Short = (-129).toShort
  var g11: Boolean = false
  def f12(): Long = 2L
  def f13(p14: Int): String = "tab\there"
}
class Cls15(var q16: Int, val q17: Byte, q18: Double) {
  val h19: Boolean = false
  val h20: Short = (((128).toShort).toFloat).toShort
}
object Main {
  def f21(p22: Float, p23: Int): Long = (-782580002612L)
  def rec24(n: Int): Int = if (n <= 0) 1 else n + rec24(n - 1)
  def f25(): Float = (math.abs(1e-3f)).max(('\'').toFloat)
  def main(args: Array[String]): Unit = {
    var i26 = 0
    while (i26 < 1) {
      println((-("0123456789".charAt(0) + (0L ^ (32767).toShort))))
      var v27: Char = ((('a' match { case '\t' => 'a' case '\u00e9' => Char.MinValue case _ => Char.MaxValue })).toShort).toChar
      println(v27)
      i26 += 1
    }
    print(65536)
    val arr28 = new Array[String](5)
    arr28(((Obj1.g2 match { case "" => ("back\\slash" + (127).toByte).length case "123" => math.abs(33) case "\u4e2d\u6587" => math.abs(53) case _ => 64 }) & 3)) = "quote\"q"
    for (x29 <- arr28) {
      println(x29)
    }
    println(arr28.length)
    var sb30 = ""
    for (j31 <- 0 until 2) {
      sb30 = sb30 + Byte.MaxValue + ","
    }
    println(sb30)
    var i32 = 0
    while (i32 < 1) {
      if ((('\t' >= '\\') != false)) {
        var sb33 = ""
        for (j34 <- 0 until 4) {
          sb33 = sb33 + (true match { case true => (Obj6.g8 * (-129).toShort) case false => f25() case _ => Float.PositiveInfinity.max(856.3441772460938f) }) + ","
        }
        println(sb33)
        val v35: Int = ((-32768).toShort >> Int.MaxValue)
        println(v35)
      } else {
        println((new Array[String](2).length.min(i32) & Int.MinValue))
        val v36: Long = Obj6.g7
        println(v36)
      }
      println(Obj1.g4)
      println((if (true) (if (("a" != "\ud83d\ude00")) true else (Obj1.g2 != "x y z")) else false))
      i32 += 1
    }
    val v37: Int = (-549)
    println(v37)
    println((((Double.MinValue <= Byte.MinValue) match { case true => 1 case false => (v37 + v37) }) match { case 0x7fffffff => (1).toShort case 0x80000000 => ("xyzé".charAt(0) match { case '\'' => ("" match { case "Hello, World!" => (1000).toShort case _ => Obj1.g3 }) case '~' => (-32768).toShort case _ => v37.toShort }) case _ => v37.toShort }))
    var v38: Float = math.abs(1e7f)
    println(v38)
    println(('\\').toDouble)
    val arr39 = new Array[Short](6)
    arr39((v37 & 3)) = Short.MaxValue
    for (x40 <- arr39) {
      println(x40)
    }
    println(arr39.length)
    var i41 = 0
    while (i41 < 3) {
      println((((Byte.MaxValue >= (-128).toByte) == ('\u0000' match { case '\uffff' => false case 'a' => true case _ => Obj9.g11 })) match { case true => (('\u20ac' * Obj1.g4)).max(Obj9.g10.toDouble) case false => 0.5 }))
      i41 += 1
    }
    val c42 = new Cls15((31 - (v37 | 668)), Byte.MinValue, 1e7)
    println(c42.h20)
    println(c42.h19)
    c42.q16 = (Byte.MaxValue & (Obj1.g5 << 64))
    println(c42.q16)
    println(f25())
    for (k43 <- 2 to 3) {
      println(Obj9.f12())
    }
    if ((!((-1).toByte != Int.MaxValue))) {
      println('~')
      val v44: Char = Obj1.g5
      println(v44)
      if (Obj9.g11) {
        v38 *= (0x7fffffffffffffffL).toFloat
        println(v38)
      } else {
        println(Obj9.f12())
        var sb45 = ""
        for (j46 <- 0 until 4) {
          sb45 = sb45 + ((-1).toByte).toByte + ","
        }
        println(sb45)
      }
    } else {
      if (false) {
        var i47 = 0
        while (i47 < 3) {
          println(Obj1.g5)
          i47 += 1
        }
        Obj9.g11 = (9282088139.272556 != (-Obj1.g4))
        println(Obj9.g10)
      }
      println(("xyzé".charAt(3) match { case '\u0000' => (('\n' match { case '"' => (1).toShort case '\u00e9' => (1).toShort case _ => (128).toShort })).toFloat case 'a' => ((v37 + v38)).min((if (Obj9.g11) v38 else v38)) case _ => (((32767).toShort).toFloat / (Byte.MinValue * 100)) }))
      println(Obj1.g3)
    }
    print(Obj1.g5)
    val v48: Boolean = (Obj9.f13(v37) == "back\\slash")
    println(v48)
    var v49: Int = math.abs(v37)
    println(v49)
    if (("Hello, World!" == Obj9.f13(v37))) {
      v49 *= (math.max(v37, v49) ^ v49)
      println(v49)
      println(((-0x10) / ((63).max((v49 + '\u00e9')) | 1)))
      println(((math.abs(v49) < (100 >> (-318))) match { case true => '"' case false => '~' case _ => '0' }))
    } else {
      println((((if (v48) Obj1.g2 else "\u20ac") match { case "\ud83d\ude00" => Obj1.g3.toShort case "hello" => (1000).toShort case "quote\"q" => (127).toShort case _ => (if (v48) (-1).toShort else (1000).toShort) })).toLong)
      var sb50 = ""
      for (j51 <- 0 until 0) {
        sb50 = sb50 + j51 + ","
      }
      println(sb50)
    }
    v38 = v38
    println(v38)
    println((-(('\\').toChar ^ v49.toLong)))
    println((v48 match { case true => v38.toShort case false => ((32767).toShort).toShort case _ => Obj9.g10 }))
    val c52 = new Cls15(((-v37) + (1).toByte), (-100).toByte, 0.10487006928576936)
    println(c52.q17)
    println(c52.h19)
    c52.q16 = v49
    println(c52.q16)
    var sb53 = ""
    for (j54 <- 0 until 4) {
      sb53 = sb53 + (Char.MinValue.toShort != Short.MaxValue) + ","
    }
    println(sb53)
    var i55 = 0
    while (i55 < 4) {
      var i56 = 0
      while (i56 < 1) {
        println(f21((-((127).toShort % Float.MinValue)), ((v49 ^ i55) | Obj1.g5)))
        println(((Byte.MaxValue << 100) match { case 0xff => ((Obj1.g4 * (-1).toByte)).toChar case 560 => '0' case _ => '\t' }))
        i56 += 1
      }
      i55 += 1
    }
    for (k57 <- -2 until -2) {
      v49 *= k57
      println(v49)
    }
    if (true) {
      val v58: Short = (((v49 match { case 33 => (-2147483648) case 905 => v49 case 967 => 123456789 case _ => v37 })).min(((-1).toByte ^ v49)) match { case 1000000 => (0).toShort case 355 => (("a" match { case "\n" => 345969477170L case "\u00e9t\u00e9" => (-9223372036854775808L) case "a" => 796185963590L case _ => Obj6.g7 })).toShort case _ => ((-775.6117553710938f)).toShort })
      println(v58)
    } else {
      var v59: Byte = (if (Obj9.g11) (100).toByte else (0).toByte)
      println(v59)
    }
    println(("0123456789".substring(7, 10) match { case "123" => v38 case "null" => ((-32768).toShort).toFloat case _ => f25() }))
    val v60: Short = (((77511766134L).toString + (-100).toByte).length).toShort
    println(v60)
    println((((v60 * 3452045168.439102)).abs).toShort)
    println(rec24(3))
  }
}
