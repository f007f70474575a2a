object Obj1 {
  val g2: Char = '\uffff'
  var g3: Char = 'a'
  var g4: Byte = (42).toByte
  val g5: Int = (-336)
  def f6(p7: Int, p8: Int): Int = (-(-p8))
  def f9(): Int = ((Short.MaxValue & g5) | (if (false) g4 else (42).toByte))
}
class Cls10(q11: Int) {
  val h12: Char = '~'
}
object Main {
  def f13(p14: Long): Boolean = ((Char.MinValue match { case 'Z' => ("null" match { case "\u20ac" => (-0.3850301514590593) case "a" => 5539871052.517765 case "x y z" => 0.0 case _ => 1204114324.709467 }) case '\t' => Double.PositiveInfinity.toDouble case '\u00e9' => 1.0 case _ => (4.9E-324 * 9412940809.848488) }) == (1e-4).min(2.5))
  def f15(): Long = (0xffffffffL).max(((9223372036854775807L).max(Long.MinValue) & Byte.MinValue))
  def f16(p17: Char, p18: Byte, p19: Short): Float = (Obj1.f9() match { case 660 => (-(325.0499267578125f).min(Float.MinValue)) case _ => (if (f13(0x7fffffffffffffffL)) 501.2841796875f else 750.3853149414062f) })
  def main(args: Array[String]): Unit = {
    for (k20 <- -1 to -2) {
      println((-3.4028234E38f))
      println(((360.569580078125f + ('\u4e2d' match { case '\\' => '"' case _ => '\n' })) * (if (true) Obj1.g3 else Char.MaxValue.toChar)))
    }
    println(1000000)
    println(31)
    println((f15() << (-328423475859L)))
    val arr21 = Array[Double]((-0.723365678932923), 9.223372036854776E18, ((Short.MaxValue + 161.76500189593253) % ((-91)).toByte), Double.NegativeInfinity)
    arr21((((-(-1.0f))).toInt & 3)) = 2.5
    for (x22 <- arr21) {
      println(x22)
    }
    println(arr21.length)
    val arr23 = new Array[Double](5)
    arr23(((-((-100).toByte >>> 33)) & 3)) = (-('a' + 1e-3))
    for (x24 <- arr23) {
      println(x24)
    }
    println(arr23.length)
    var i25 = 0
    while (i25 < 1) {
      println(Obj1.f6(Obj1.f6(0xff, (Byte.MinValue << i25)), i25))
      var i26 = 0
      while (i26 < 2) {
        var sb27 = ""
        for (j28 <- 0 until 2) {
          sb27 = sb27 + 1e-3f + ","
        }
        println(sb27)
        for (k29 <- -1 to -1) {
          print((-(Obj1.g5.max(i25)).toDouble))
        }
        i26 += 1
      }
      i25 += 1
    }
    println((((if (true) Float.PositiveInfinity else Float.MinValue) > ((-519.832763671875f) * '\'')) match { case true => Float.NaN case false => (Obj1.f6(597, 2147483647)).toFloat case _ => 3.4028234E38f }))
    val c30 = new Cls10((Float.MaxValue.toByte ^ Obj1.g5))
    println(c30.h12)
    var sb31 = ""
    for (j32 <- 0 until 0) {
      sb31 = sb31 + (42).toByte + ","
    }
    println(sb31)
    var v33: Float = ((-((-21.261707305908203f) - (-926.8624877929688f))) % ("abc".charAt(2) match { case '\u00e9' => ((-128).toByte).toChar case _ => ((-1).toByte).toChar }))
    println(v33)
    println(Obj1.g2)
    println(f13(691080812385L))
    println(v33)
    v33 = v33
    println(v33)
    println(math.ceil(math.abs(math.abs(1e21))))
    var i34 = 0
    while (i34 < 1) {
      println((if (f13((-498613645655L))) ((false match { case true => Obj1.g4 case false => (-1).toByte case _ => (0).toByte }) % ((2L >> (-9223372036854775808L)) | 1L)) else (true match { case true => 64L case false => 4294967296L case _ => Long.MinValue })))
      val v35: Double = ((-((-1e19) * i34)) + (128).toShort)
      println(v35)
      i34 += 1
    }
    var sb36 = ""
    for (j37 <- 0 until 0) {
      sb36 = sb36 + (if (true) ((128).toShort).toShort else ('\t' match { case '\n' => Short.MinValue case '\u0000' => (128).toShort case '\u20ac' => (0).toShort case _ => (127).toShort })) + ","
    }
    println(sb36)
    val c38 = new Cls10(((0.6262066001754405).toInt % ((630.3775634765625f).toShort.toInt | 1)))
    println(c38.h12)
    println((if ((Obj1.g2 >= (if (true) 'Z' else '\\'))) (1 ^ Byte.MaxValue) else ((-1e7)).toInt))
    println(((("\u4e2d\u6587" + v33).length ^ (false match { case true => Char.MinValue case false => '\t' case _ => 'a' })) match { case 1 => (if (true) s"$$${(1).toByte}" else "\u00e9t\u00e9") case _ => ("hello world".substring(9) match { case "tab\there" => ("a" + 1.5f) case _ => "123" }) }))
    Obj1.g4 = (if ((if (false) true else false)) ("tab\there" match { case "123" => Byte.MaxValue case "\u00e9t\u00e9" => Byte.MaxValue case _ => (-100).toByte }) else (-128).toByte)
    println(Obj1.g3)
    var i39 = 0
    while (i39 < 0) {
      println(Obj1.g4)
      i39 += 1
    }
    println(f15())
    if (f13(998247872808L)) {
      val v40: Byte = (Double.PositiveInfinity.toShort).toByte
      println(v40)
      println(false)
      println(((-((-820.09375f)).toDouble) % (1).toShort))
    } else {
      val v41: Short = Short.MinValue
      println(v41)
      val v42: Float = ((128).toShort).toFloat
      println(v42)
    }
    println(((-1).toByte).toChar)
    v33 += (if ((if (false) true else false)) v33 else Obj1.g2.toFloat)
    println(v33)
    var i43 = 0
    while (i43 < 4) {
      Obj1.g4 = (if ((if (true) false else true)) v33.toByte else (if (false) Obj1.g4 else Obj1.g4))
      println(Obj1.g2)
      i43 += 1
    }
    println(Obj1.g3)
    for (k44 <- 2 to 2) {
      var sb45 = ""
      for (j46 <- 0 until 1) {
        sb45 = sb45 + ("\u00e9t\u00e9" match { case "\ud83d\ude00" => (32767).toShort case "quote\"q" => (if (true) (32767).toShort else (0).toShort) case _ => (if (true) (32767).toShort else (-1).toShort) }) + ","
      }
      println(sb45)
      if (false) {
        println(false)
      }
      val arr47 = new Array[String](6)
      arr47(((k44.abs).min((true match { case true => k44 case false => k44 })) & 3)) = s"é${math.max(123456789012345L, (-629128581807L))}."
      for (x48 <- arr47) {
        println(x48)
      }
      println(arr47.length)
    }
    println((1L).max(875492386559L) / 0L)
  }
}
