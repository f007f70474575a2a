object Obj1 {
  println("init Obj1")
  val g2: Int = 552
  val g3: Byte = (if (('\\' match { case 'a' => true case _ => false })) Byte.MinValue else ((127).toByte).toByte)
}
object Obj4 {
  var g5: Double = Double.MinPositiveValue
  val g6: Char = 'Z'
  val g7: Byte = (-1).toByte
  def f8(p9: Char, p10: Short, p11: Boolean): Double = (if ((false != p11)) g5 else g5)
  def f12(p13: Float): String = "Hello, World!"
}
object Obj14 {
  val g15: Int = (-128)
  var g16: Short = ((true match { case true => "Hello, World!" case false => "" }) match { case "\u00e9t\u00e9" => (1000).toShort case "\ud83d\ude00" => (if (true) (0).toShort else Short.MinValue) case _ => (0L).toShort })
  val g17: Char = Char.MaxValue
}
class Cls18(val q19: String, q20: String) {
  val h21: Boolean = false
  val h22: String = q19
  def m23(): Long = 838847528289L
}
class Cls24(val q25: Byte, q26: Double, q27: Float) {
  val h28: Int = new Array[Boolean](3).length.abs
}
object Main {
  def main(args: Array[String]): Unit = {
    var i29 = 0
    while (i29 < 2) {
      var v30: String = "quote\"q"
      println(v30)
      i29 += 1
    }
    for (k31 <- 1 until 1) {
      println(Obj4.g7)
    }
    println(Obj4.f12(((0.0f + '\t') % (7).toFloat)))
    println((((~807269153653L) + (-Obj4.g5))).toByte)
    println(Obj1.g2)
    println(9223372036854775807L)
    println(Short.MaxValue.toChar)
    val c32 = new Cls18("", ((if (false) 7278170670.923397 else (-0.0)) + "abcdef".substring(0, 2)))
    println(c32.h21)
    println(c32.q19)
    println(c32.m23())
    println("a")
    println(((((-585936483149L) * 63L) * (false match { case true => 9223372036854775807L case false => 1L case _ => (-729992677028L) }))).toShort)
    val v33: Boolean = false
    println(v33)
    println((('\u0000').toShort << new Array[Double](2).length))
    println(Obj4.f8((if (v33) (if (v33) Obj14.g17 else '~') else (1e7).toChar), new Array[String](0).length.toShort, (v33 || (true ^ v33))))
    var i34 = 0
    while (i34 < 1) {
      val v35: Byte = Obj1.g3
      println(v35)
      i34 += 1
    }
    val v36 = (('\\' / (("quote\"q" match { case "back\\slash" => 64L case "null" => 2147483648L case _ => (-862458084513L) }) | 1L)) | ((4294967296L).toChar match { case 'a' => (174511402071L + Obj4.g6) case _ => (0xffffffffL).min((-1L)) }))
    println(v36)
    println(((math.min(65536, 2147483647) + s"] ${251.49488830566406f}${Obj4.g5}") match { case "" => ((Obj14.g15 * Long.MaxValue) * '0') case "hello" => ((v36 + v36) % (((32767).toShort * 1) | 1)) case _ => ((if (true) true else v33) match { case true => ((-100).toByte + (-933249405270L)) case false => math.max(63L, v36) }) }))
    var v37: Double = 1.5
    println(v37)
    var i38 = 0
    while (i38 < 1) {
      var v39: Long = v36.min(998955901604L)
      println(v39)
      i38 += 1
    }
    for (k40 <- 2 to 5) {
      println((if (((-129).toShort < ("a" match { case "\u00e9t\u00e9" => (-129).toShort case "a" => (1).toShort case "quote\"q" => (127).toShort case _ => Short.MaxValue }))) ((-(-587)) match { case 240 => (if (true) (1000).toShort else (1000).toShort) case 64 => (if (true) (127).toShort else Short.MaxValue) case _ => v36.toShort }) else (if (("x y z" != "\n")) (Obj4.g6 match { case '\u0000' => Short.MinValue case '\u20ac' => Short.MaxValue case _ => Obj14.g16 }) else (9999999.0f).toShort)))
      println(Obj4.f12(((-(-15.084212303161621f))).max(0.5f)))
      val v41 = v33.toString
      println(v41)
    }
    var v42: Byte = ("中文".charAt(1)).toByte
    println(v42)
    var sb43 = ""
    for (j44 <- 0 until 3) {
      sb43 = sb43 + (64 match { case 256 => Float.NegativeInfinity.toChar case 845 => 'Z' case _ => (201).toChar }) + ","
    }
    println(sb43)
    println(Obj14.g16)
    println((16777216.0f + (if ((Obj14.g17 != 16777217.0f)) (if (v33) (-1).toShort else Obj14.g16) else (465).toShort)))
    println(Obj1.g2)
    println(Obj4.f8((Short.MinValue.toChar match { case '\\' => (if (v33) '\uffff' else '\n') case _ => (if (true) '\\' else '"') }), (if ((if (v33) true else false)) v37.toShort else (' ' match { case '\t' => (-1).toShort case _ => Short.MinValue })), v33))
    Obj4.g5 = (v42.toDouble).max((v37 * Char.MaxValue))
    println(Obj4.g6)
    var v45: Int = ((((-9223372036854775808L)).toInt + (if (v33) 2147483647 else Obj14.g15))).min(100)
    println(v45)
    var sb46 = ""
    for (j47 <- 0 until 1) {
      sb46 = sb46 + (1000).toShort + ","
    }
    println(sb46)
    println((((v36 % ((1).toShort.toInt | 1)) <= (if (v33) v45 else v45)) match { case true => v37.toLong case false => (if ((if (v33) false else v33)) (64L % (v42.toInt | 1)) else (v36 | (-9223372036854775808L))) case _ => v36 }))
    var i48 = 0
    while (i48 < 3) {
      println(Obj4.f8((((-515) + v37)).toChar, (if ((v42 >= v42)) i48.toShort else (-129).toShort), (if (v33) (if (true) v33 else false) else ('\u00e9' match { case '\uffff' => false case _ => true }))))
      i48 += 1
    }
  }
}
