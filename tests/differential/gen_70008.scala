object Obj1 {
  println("init Obj1")
  val g2: Boolean = true
  def f3(p4: Byte, p5: Float): Boolean = (Short.MaxValue > (-958241005488L))
  def f6(): Double = ((314 match { case 342 => (-0.23675970863804152) case _ => 1e-4 })).abs
}
object Obj7 {
  println("init Obj7")
  val g8: Double = (if (((1).toByte >= (42).toByte)) ((-1.0f) * (-1120519712.110777)) else ('\n').toDouble)
  def f9(p10: Float, p11: String): Boolean = true
  def f12(p13: Byte, p14: Byte): Double = (-Obj1.f6())
}
object Obj15 {
  println("init Obj15")
  val g16: Long = (-305047821814L)
  def f17(): Char = (if (true) ('a' match { case '"' => '\uffff' case '\u0000' => '\uffff' case _ => '~' }) else (65536).toChar)
}
class Cls18(var q19: Char, var q20: Byte, q21: Double) {
  val h22: Float = 420.1803894042969f
  val h23: Short = ((-129).toShort).toShort
}
class Cls24(val q25: Int, var q26: Int) {
  val h27: Double = Double.PositiveInfinity
}
object Main {
  def main(args: Array[String]): Unit = {
    println((Obj15.f17() match { case 'Z' => math.abs((4294967296L).max(0L)) case '\'' => (((-128) | (-561273016786L)) | (2147483648L ^ 0L)) case _ => Long.MinValue.max(Obj15.g16) }))
    val arr28 = new Array[Boolean](6)
    arr28((((63 + "\u20ac") match { case "-0" => 31 case "Hello, World!" => (0xff + 123456789) case "\u20ac" => (' ' | 63) case _ => (-934) }) & 3)) = ("abcdef".substring(4) match { case "quote\"q" => ("hello" == "123") case _ => false })
    for (x29 <- arr28) {
      println(x29)
    }
    println(arr28.length)
    println(("x y z" match { case "hello" => (if (true) (2 match { case 492 => (-0.23642699750492024) case 921 => (-708582444.3086071) case _ => Obj7.g8 }) else Obj7.f12((127).toByte, (-128).toByte)) case _ => math.floor((Obj7.g8 / 298010407138L)) }))
    println(0.1f)
    println(((Obj7.f9(16777216.0f, "tab\there") || ('\'' match { case ' ' => false case 'a' => true case _ => true })) match { case true => (-(-9223372036854775808L)) case false => ('0' match { case '"' => 198340477868L case '\t' => ((32767).toShort % (Obj15.g16 | 1L)) case _ => (-9223372036854775808L) }) }))
    for (k30 <- 0 to 0) {
      val arr31 = new Array[Double](6)
      arr31((math.max(k30, (k30 ^ (-1))) & 3)) = 1e7
      for (x32 <- arr31) {
        println(x32)
      }
      println(arr31.length)
    }
    println(Obj15.f17())
    var v33: String = "0123456789".substring(3, 9)
    println(v33)
    println(Obj1.f3((311 match { case 33 => (-100).toByte case 812 => (127).toByte case _ => ((32767).toShort).toByte }), (-631.9619750976562f)))
    val arr34 = Array[Double](((-Double.MinPositiveValue)).min(Obj1.f6()), ((2147483648L).toInt + Obj1.f6()), 1.5, ((if (false) 0.30000000000000004 else (-8033426935.581436))).max(Obj7.f12(Byte.MaxValue, Byte.MaxValue)))
    arr34(((Int.MinValue * new Array[Float](2).length) & 3)) = math.min(380.27528125711547, 9.223372036854776E18)
    for (x35 <- arr34) {
      println(x35)
    }
    println(arr34.length)
    println((Float.NaN - math.max(('0').toDouble, (-(-2147483648.5)))))
    var v36: Short = (128).toShort
    println(v36)
    println((0L * ((1.5).min((-992.6620944239011))).toFloat))
    val v37: Byte = (if (true) ((v33 + Int.MaxValue).length match { case 1 => (if (false) (100).toByte else (-100).toByte) case _ => (true match { case true => (127).toByte case false => (-1).toByte case _ => (42).toByte }) }) else (1).toByte)
    println(v37)
    for (k38 <- 1 until 4) {
      println('~')
      val arr39 = Array[Double]((Obj15.f17() * Obj1.f6()), (if (false) Obj7.g8.toDouble else (-936775938.259428)), (if (("\u20ac" != "")) Obj1.f6() else (8652431683.973648 - 'Z')), (v36 + 6957109615.702793), ("0123456789".charAt(0)).toDouble)
      arr39(((v37 ^ Char.MaxValue.toInt) & 3)) = Obj7.f12(Double.NaN.toByte, Obj7.g8.toByte)
      for (x40 <- arr39) {
        println(x40)
      }
      println(arr39.length)
    }
    println(v36)
    println(Obj15.g16)
    println(Obj15.g16)
    println(Obj15.g16)
    println((if ((if (false) (true & Obj1.g2) else (false match { case true => false case false => Obj1.g2 case _ => false }))) s"[${v33}x=${('\u0000' match { case '\\' => 1994155037.9945374 case _ => (-1538988982.9483147) })}x=${('\u0000').toLong}." else (v37 + s"${false}] ${0.0f}$$${(1).toShort}.")))
    println((-Obj15.g16))
    var i41 = 0
    while (i41 < 3) {
      print(i41.toShort)
      val c42 = new Cls18(Obj15.f17(), (if (true) ((-601.892578125f)).toByte else (if (false) v37 else v37)), 1e19)
      println(c42.h23)
      println(c42.q19)
      c42.q20 = ((Obj1.g2 match { case true => '\t' case false => 'a' })).toByte
      println(c42.q20)
      i41 += 1
    }
    v36 = (if ((true ^ false)) v36 else Short.MaxValue)
    println(v36)
    val c43 = new Cls24((if (false) (65535 / (123456789 | 1)) else (200 | '\u4e2d')), (v36 % ((-977) | 1)))
    println(c43.q26)
    println(c43.q25)
    c43.q26 = (if (true) ((-7)).min(100) else ('Z' match { case '\\' => (-7) case '\u00e9' => (-128) case _ => (-715) }))
    println(c43.q26)
    println((Obj7.g8.toString match { case "null" => (42).toByte case _ => (if (true) ('\u00e9' match { case '0' => v37 case _ => v37 }) else Byte.MinValue) }))
    println((-7))
    val c44 = new Cls18(((-384) match { case 255 => Char.MaxValue case 810 => Obj15.f17() case _ => '\u4e2d' }), ((v33 + 1e7) match { case "hello" => (0).toByte case _ => ('\u4e2d' match { case '"' => v37 case '\'' => v37 case '\t' => Byte.MaxValue case _ => v37 }) }), Obj7.g8)
    println(c44.q20)
    println(c44.q19)
    c44.q20 = v37
    println(c44.q20)
    var sb45 = ""
    for (j46 <- 0 until 3) {
      sb45 = sb45 + (0.5f).min((-832.2235717773438f)) + ","
    }
    println(sb45)
    println(Obj1.g2)
    println(Obj15.g16)
    println((64 % ((-36) | 1)) % 0)
  }
}
