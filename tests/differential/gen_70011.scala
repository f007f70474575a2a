object Obj1 {
  val g2: String = ((0).toByte + "\u20ac")
  var g3: Double = (-624.0356809526863)
  val g4: Char = '\''
  var g5: Double = 0.1
  def f6(): Char = g4
}
object Obj7 {
  var g8: Long = 2147483648L
  val g9: Float = 9999999.0f
}
object Obj10 {
  println("init Obj10")
  val g11: Short = Short.MaxValue
  val g12: Float = 3.3333333f
  var g13: Int = (-7)
  def f14(p15: Short): Float = ((if (true) (128).toShort else Short.MaxValue) * ((-145.71910095214844f)).max(1.5f))
}
class Cls16(q17: Long, val q18: Float, val q19: String) {
  val h20: Char = Obj1.f6()
  def m21(): Boolean = true
  def m22(): Float = q18
}
class Cls23(q24: String, val q25: Float, val q26: Double) {
  val h27: Boolean = (((-875) / (256 | 1)) match { case 501 => false case _ => (q24 != q24) })
  val h28: Int = (if ((if (h27) h27 else false)) 65535 else (2 ^ (-129).toShort))
  def m29(a30: Float, a31: Short): Long = ("hello world".substring(8) match { case "a" => math.abs(219535509365L) case _ => 0xffffffffL })
  def m32(a33: Short, a34: Long): Short = (h28 match { case 2147483647 => (Obj1.g4 match { case '"' => (128).toShort case '\'' => a33 case _ => a33 }) case _ => a33 })
}
object Main {
  def f35(p36: Int, p37: Long): Double = (Obj1.g4 match { case '\u4e2d' => (if (false) (-(-352.9028212301581)) else (-Obj1.g3)) case 'a' => 1e19 case _ => math.max((-251.75664012150764), 49.667666974500435) })
  def f38(): Short = ((Obj10.g13.max(64)).toInt).toShort
  def main(args: Array[String]): Unit = {
    println(Obj1.g5)
    println(new Array[Int](2).length)
    println(((127).toByte).toByte)
    println(Obj1.g5)
    if (false) {
      if (true) {
        println(((((-293709170174L)).abs + f38()) + 0L))
      } else {
        print((((774427966856L).max(2147483648L)).toChar match { case '\u20ac' => Short.MaxValue case _ => (-1).toShort }))
        if (((-129).toShort == (Obj1.g4 match { case 'Z' => (-1).toShort case _ => (-129).toShort }))) {
          println(Double.NaN)
        }
        val arr39 = Array[Double](f35(((-128)).min(63), (Obj10.g11 * 843952195316L)), (-Obj1.g3.abs), ((-934) / (1050731076.014637 * 2147483647.5)), Double.NaN, f35((if (true) 123456789 else (-7)), (-53164786213L)), (-123.30650046938035))
        arr39(((-7) & 3)) = Char.MinValue.toDouble
        for (x40 <- arr39) {
          println(x40)
        }
        println(arr39.length)
      }
      println(Obj10.f14((-1).toShort))
      var i41 = 0
      while (i41 < 1) {
        Obj7.g8 = (('\\' * 2147483648L) % (i41 | 1))
        println(Obj7.g9)
        i41 += 1
      }
    } else {
      val v42: Double = ((('0' match { case ' ' => '\uffff' case _ => '\u20ac' }) + Obj1.g3)).max(((-1).toShort - ((-8757445722.556791) - Short.MaxValue)))
      println(v42)
      if ((math.abs(Obj10.g13) <= Obj10.g13.min(63))) {
        println((math.abs((Obj10.g13 * '\u0000'))).toLong)
        if ((("\n" + (42).toByte) == (if (false) "\u20ac" else "Hello, World!"))) {
          println(("xyzé".charAt(2)).toChar)
        } else {
          println(Obj10.g11)
        }
        var v43: Float = (v42.toByte).toFloat
        println(v43)
      }
      val arr44 = Array[Boolean](true, ("0123456789".substring(9, 9) != s"é${Float.MaxValue}"), true, false, (false && true))
      arr44((33 & 3)) = (Obj1.f6() <= '"')
      for (x45 <- arr44) {
        println(x45)
      }
      println(arr44.length)
    }
    if (((true + "null") != (true match { case true => Obj1.g2 case false => "x y z" }))) {
      var v46: String = "x y z"
      println(v46)
      val v47: Char = Obj1.f6()
      println(v47)
    } else {
      println(Obj1.g4)
    }
    println((((0xffffffffL).toFloat).toChar match { case 'Z' => 0.0f case '~' => 363.239501953125f case _ => Float.PositiveInfinity }))
    var sb48 = ""
    for (j49 <- 0 until 3) {
      sb48 = sb48 + ((~814415789163L) >> (2 | j49)) + ","
    }
    println(sb48)
    val arr50 = Array[Boolean](true, (!true), ((-1).toShort < ((-129).toShort).toShort), false, ('Z' match { case '\n' => false case '\u0000' => true case _ => false }), (f38() == Obj1.g5.toShort))
    arr50((983 & 3)) = false
    for (x51 <- arr50) {
      println(x51)
    }
    println(arr50.length)
    var v52: Float = 16777217.0f
    println(v52)
    for (k53 <- 0 until 2) {
      Obj10.g13 = 518
      println(Obj10.g13)
      println(false)
    }
    println((((Obj1.g2 != Obj1.g2) match { case true => v52 case false => (0x80000000).toFloat case _ => v52.toFloat }) * Obj7.g8))
    val v54: String = ("back\\slash" + (((-769.8443603515625f) / '\n')).toByte)
    println(v54)
    val c55 = new Cls16((if ((v54 match { case "-0" => false case "tab\there" => true case _ => false })) (Obj7.g8 - Long.MaxValue) else (123456789012345L).abs), (116351626075L).toFloat, ((1000).toShort).toString)
    println(c55.h20)
    println(c55.q19)
    println(c55.m21())
    println(c55.m22())
    if (((Obj10.g13 != 123456789) match { case true => true case false => false })) {
      var sb56 = ""
      for (j57 <- 0 until 1) {
        sb56 = sb56 + ((1000000 match { case 545 => Obj10.g11 case 63 => (-129).toShort case _ => (127).toShort })).toInt + ","
      }
      println(sb56)
      val v58: Boolean = false
      println(v58)
    } else {
      var v59: Int = ((Obj7.g8.toShort + v54).length * ('\u4e2d' match { case 'Z' => ((1000).toShort << (-2147483648)) case _ => (202605873500L).toInt }))
      println(v59)
      println(((f38() >= (-1).toShort) match { case true => 604233383968L case false => (if ((v52 != v52)) (534656050146L & '~') else Obj7.g8) case _ => (63L >> 785) }))
      var i60 = 0
      while (i60 < 0) {
        Obj1.g3 = (Obj7.g8.toShort * (Byte.MaxValue % Obj1.g3))
        println(Obj1.g3)
        if ((true match { case true => (Char.MinValue match { case '"' => true case '\\' => true case '\u0000' => false case _ => true }) case false => ('\t' match { case ' ' => false case '\\' => true case '\n' => false case _ => false }) })) {
          println(2147483648L)
        } else {
          println(Byte.MaxValue)
        }
        println((v59.min((Obj10.g13 + 32)) match { case 246 => (127).toByte case 256 => ((506610414173L).toLong).toByte case 63 => (-1).toByte case _ => (1).toByte }))
        i60 += 1
      }
    }
    if (((Obj10.g13 * 688) < Obj10.g13)) {
      if (false) {
        val arr61 = Array[Double](4.9E-324, ((-0.0) / '"'), f35((665 >> (-546)), ((-491730761497L) + 255)), (-455.4894968487515), 123456789.125, math.abs(Double.PositiveInfinity.abs))
        arr61(((-128) & 3)) = (f35(Obj10.g13, 123456789012345L)).toDouble
        for (x62 <- arr61) {
          println(x62)
        }
        println(arr61.length)
        if ((v52.toChar < Obj1.f6())) {
          println(((if ((Obj10.g13 match { case 1 => false case _ => true })) "Hello, World!" else "abcdef".substring(3, 6)) + ((-Obj1.g3) % math.sqrt(1.0))))
        }
      } else {
        val v63: Byte = (if ((((0).toByte).toString == ((-338.8589856420965) + v54))) (false match { case true => (127).toByte case false => (1).toByte case _ => (1).toByte }) else (0).toByte)
        println(v63)
      }
      var i64 = 0
      while (i64 < 4) {
        val arr65 = new Array[Float](6)
        arr65((i64 & 3)) = (Byte.MaxValue.toFloat - (true match { case true => (-1).toShort case false => (1).toShort }))
        for (x66 <- arr65) {
          println(x66)
        }
        println(arr65.length)
        println(f35(i64, math.min((1L << i64), math.min(Obj7.g8, 64L))))
        for (k67 <- -2 until 2) {
          println((((0).toByte + 1e-4) > 0.1))
        }
        i64 += 1
      }
      println(f35(Obj10.g13, ((127).toShort * (Short.MaxValue + 0x7fffffffffffffffL))))
    }
    var v68: Float = 2.14748365E9f
    println(v68)
    Obj1.g5 = (-f35(Int.MinValue, Obj7.g8))
    println(Obj1.g4)
    val c69 = new Cls23("\u00e9t\u00e9", Obj10.f14((1000).toShort), (9999999.0 + (Obj10.g13 + 33)))
    println(c69.h28)
    println(c69.q26)
    println(c69.m29((Obj7.g9 * (true match { case true => v68 case false => Obj7.g9 })), ((Short.MinValue * 213)).toShort))
    println(c69.m32(((if (false) 49162087642L else 174529168839L)).toShort, (-262006049231L)))
    var i70 = 0
    while (i70 < 3) {
      val v71: Float = ("中文".charAt(0)).toFloat
      println(v71)
      Obj7.g8 = Obj7.g8
      println(Obj7.g9)
      i70 += 1
    }
    var i72 = 0
    while (i72 < 2) {
      println("")
      println((((if (true) 918533538502L else Obj7.g8) > (Long.MinValue - (127).toShort)) != (i72 match { case 255 => ((-1).toByte > Byte.MinValue) case _ => true })))
      println(v54)
      i72 += 1
    }
    print("0123456789".substring(9))
    println((((904).abs).toString match { case "123" => true case "\n" => (s" ${(1).toShort}!" == ((100).toByte + Obj1.g2)) case "tab\there" => true case _ => ((0).toByte < 'Z') }))
    var sb73 = ""
    for (j74 <- 0 until 4) {
      sb73 = sb73 + Short.MinValue.toLong + ","
    }
    println(sb73)
    println(((if ((Float.NegativeInfinity <= 3.4028234E38f)) (if (false) (127).toShort else (128).toShort) else (if (true) (128).toShort else (128).toShort))).toLong)
    println((("hello world".substring(7) match { case "Hello, World!" => (0x7fffffffffffffffL < Obj10.g13) case _ => (if (false) true else false) }) match { case true => (Obj1.f6() match { case '\\' => true case '\u0000' => (v52 == v68) case _ => (820.0936279296875f != v52) }) case false => (if ((if (false) true else true)) false else (v54 == v54)) case _ => (f38() < '\n') }))
    println(((32767).toShort).toChar)
    val arr75 = Array[Boolean](true, true, false, ((9223372036854775807L >>> (-683)) != Obj10.g11.toFloat), false)
    arr75(((Obj10.g11 & (965 + 65536)) & 3)) = ("123" == ((-749193331214L) + "back\\slash"))
    for (x76 <- arr75) {
      println(x76)
    }
    println(arr75.length)
    println(Obj10.f14((1).toShort))
    val v77: Boolean = false
    println(v77)
    println(((32767).toShort).toInt / (0 * Obj7.g8.toInt))
  }
}
