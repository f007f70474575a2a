object Obj1 {
  println("init Obj1")
  var g2: String = "123"
  val g3: Byte = (42).toByte
}
object Obj4 {
  println("init Obj4")
  var g5: Short = Short.MaxValue
  def f6(p7: Char, p8: Short, p9: Long): Short = ((true match { case true => '0' case false => p7 case _ => p7 }) match { case ' ' => g5 case '\\' => g5 case '\uffff' => (1.5f).toShort case _ => (if (false) g5 else p8) })
}
object Obj10 {
  println("init Obj10")
  val g11: Long = ((273167966224L % ((-817200680775L) | 1L)) / (Obj4.f6('\u20ac', (-32768).toShort, 418523814843L).toInt | 1))
  var g12: Char = '~'
}
class Cls13(var q14: Boolean) {
  val h15: Boolean = false
}
object Main {
  def f16(p17: Int): Double = (-2.5)
  def f18(p19: String, p20: String, p21: String): Char = Char.MaxValue
  def main(args: Array[String]): Unit = {
    println(f18((Byte.MinValue.toString + (0x80000000).toByte), (((-320) match { case 392 => Byte.MaxValue case _ => (-128).toByte })).toString, "quote\"q"))
    var v22: Byte = ((if (false) (~123456789012345L) else Obj10.g11)).toByte
    println(v22)
    val c23 = new Cls13(true)
    println(c23.q14)
    println(c23.h15)
    c23.q14 = (if ((false ^ true)) ((-1).toShort >= Short.MinValue) else true)
    println(c23.q14)
    val arr24 = new Array[Long](6)
    arr24(((~(Obj1.g2 + (-694.7470092773438f)).length) & 3)) = (-(-9223372036854775808L))
    for (x25 <- arr24) {
      println(x25)
    }
    println(arr24.length)
    var v26: Long = Obj10.g11
    println(v26)
    println(Obj4.f6("xyzé".charAt(1), (' ').toShort, (math.abs(Obj10.g11)).toLong))
    println(f18(s"] ${416.80263755005103}!", (Byte.MaxValue.toChar).toString, s"x=${math.floor((-1e19))}x=${'\''}"))
    val arr27 = new Array[Long](5)
    arr27((((if (true) Obj10.g12 else Obj10.g12)).toInt & 3)) = ((32 + v26)).toLong
    for (x28 <- arr27) {
      println(x28)
    }
    println(arr27.length)
    val c29 = new Cls13(false)
    println(c29.q14)
    println(c29.h15)
    c29.q14 = true
    println(c29.q14)
    var v30: Double = math.max(Double.PositiveInfinity, (if (false) (-(-0.20386587431369252)) else (943 match { case 1 => (-4415012280.861408) case 301 => 1e22 case _ => 780.3448890788347 })))
    println(v30)
    Obj10.g12 = '\uffff'
    println(Obj10.g12)
    var v31: Float = (if (false) (if (("back\\slash" == "\u4e2d\u6587")) (if (false) 201.8661651611328f else (-814.0625610351562f)) else (1.5f / 2.14748365E9f)) else (Obj1.g2 match { case "\u00e9t\u00e9" => ('\'' * 925.5958862304688f) case "x y z" => (-386.8248291015625f) case _ => Float.NegativeInfinity }))
    println(v31)
    print((if ((!(v22 >= Short.MaxValue))) ((7 / (v22.toInt | 1)) + ('\'').toInt) else (123456789 / ((731 * (-845)) | 1))))
    println((if ((if ((false match { case true => true case false => false case _ => false })) (v30 < v30) else (0x80000000 != (42).toByte))) v22 else (if ((if (true) true else false)) ((-128) match { case 380 => (-100).toByte case 820 => Obj1.g3 case _ => (42).toByte }) else Short.MinValue.toByte)))
    Obj4.g5 = Char.MaxValue.toShort
    println(Obj4.g5)
    println(Obj1.g3)
    val c32 = new Cls13(false)
    println(c32.q14)
    println(c32.h15)
    c32.q14 = (3.3333333f > ('"' % v31))
    println(c32.q14)
    println((true match { case true => v31 case false => 270.1670837402344f case _ => math.abs(("-0" match { case "quote\"q" => v31 case _ => 100.0f })) }))
    val c33 = new Cls13((if ((v30 >= (-100).toByte)) true else false))
    println(c33.q14)
    println(c33.h15)
    c33.q14 = ((Obj10.g12 match { case ' ' => "\u00e9t\u00e9" case '\'' => "\ud83d\ude00" case '\t' => "\u4e2d\u6587" case _ => "" }) != "quote\"q")
    println(c33.q14)
    val c34 = new Cls13((false & true))
    println(c34.h15)
    println(c34.q14)
    c34.q14 = ((1e-3).toInt >= ('\t').toChar)
    println(c34.q14)
    println((((if (true) Short.MaxValue else (128).toShort) & (Char.MinValue | 2)) match { case 387 => (((-1).toShort).toByte | (if (false) 253 else Int.MaxValue)) case _ => ((-679) >>> 855) }))
    val v35: Boolean = (('~' > (false match { case true => v22 case false => (-1).toByte case _ => v22 })) match { case true => ((-1) match { case 658 => false case _ => (if (true) false else true) }) case false => false case _ => true })
    println(v35)
    val v36 = (-(('\t' < '\u00e9') match { case true => 1e23 case false => v30.abs }))
    println(v36)
    var v37 = (((Int.MinValue & v22)).toInt + (128).toShort)
    println(v37)
    println((Obj4.f6(' ', (if (v35) (-1).toShort else (-129).toShort), v36.toLong) | v37))
    if ((('Z' >= Obj10.g12) match { case true => (Obj1.g2 == "\u20ac") case false => false })) {
      v26 -= 9223372036854775807L
      println(v26)
      var i38 = 0
      while (i38 < 1) {
        var v39: Long = (((if (true) 0.001 else v30) >= (0).toShort) match { case true => (if (false) ('\t').toLong else v26) case false => (v31.toLong >> 255) })
        println(v39)
        var sb40 = ""
        for (j41 <- 0 until 4) {
          sb40 = sb40 + ((if (v35) 'Z' else Char.MinValue)).toDouble + ","
        }
        println(sb40)
        i38 += 1
      }
      println(f18(("0123456789".charAt(1) match { case '\u00e9' => "" case 'a' => s"x=${v22}é${(-764)}é${Char.MinValue}." case '~' => ('\u4e2d' match { case '\u0000' => Obj1.g2 case _ => "123" }) case _ => "été ok".substring(2, 2) }), ("\u4e2d\u6587" + v31.toByte), ((if (v35) "\u20ac" else "123") + false)))
    } else {
      Obj1.g2 = "été ok".substring(1)
      println(Obj1.g3)
    }
    var sb42 = ""
    for (j43 <- 0 until 3) {
      sb42 = sb42 + (("\u4e2d\u6587" match { case "\n" => "-0" case "null" => "-0" case "x y z" => "hello" case _ => "quote\"q" }) match { case "" => ('\uffff' match { case '\u00e9' => '\u4e2d' case _ => Obj10.g12 }) case "a" => (if (true) '\n' else Obj10.g12) case _ => ("hello" match { case "x y z" => '\n' case _ => '\\' }) }) + ","
    }
    println(sb42)
    val c44 = new Cls13(v35)
    println(c44.q14)
    println(c44.h15)
    c44.q14 = (((100).toByte).toByte == (if (v35) v22 else v22))
    println(c44.q14)
    print(f16(720))
    println((true match { case true => f18("null", (if (v35) Obj1.g2 else "Hello, World!"), "back\\slash") case false => f18("tab\there", ((-389.7867431640625f) + "\u00e9t\u00e9"), "quote\"q") case _ => '"' }))
  }
}
