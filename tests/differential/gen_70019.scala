object Obj1 {
  println("init Obj1")
  val g2: Float = (if (false) (-896.2122192382812f) else (if (false) (-376.6695251464844f) else (-906.1292114257812f)))
  var g3: Char = (if (false) ((-260598198372L)).toChar else ((-0.7103221225376553)).toChar)
}
object Obj4 {
  println("init Obj4")
  var g5: Boolean = ((!false) | false)
  val g6: Int = 32
}
class Cls7(q8: Byte, q9: Long) {
  val h10: Int = ((100).toInt ^ Short.MinValue)
  def m11(a12: Short, a13: Short): Double = 1e23
}
object Main {
  def f14(p15: Long, p16: Double): Double = Double.MinPositiveValue
  def rec17(n: Int): Long = if (n <= 0) 1L else n - rec17(n - 1) * 3
  def main(args: Array[String]): Unit = {
    println(((("quote\"q" match { case "" => Obj1.g2 case "\ud83d\ude00" => Float.NegativeInfinity case _ => 16777216.0f })).toChar match { case '\\' => (-1).toShort case '\n' => (-129).toShort case '\uffff' => (-32768).toShort case _ => (65535 match { case 255 => Long.MinValue.toShort case _ => (32767).toShort }) }))
    println(((-573) match { case 0 => Byte.MaxValue case 171 => Byte.MinValue case _ => (127).toByte }))
    var v18: Boolean = ((3850445687.1865234).toShort == ("中文".charAt(1)).toShort)
    println(v18)
    val v19: Char = "0123456789".charAt(0)
    println(v19)
    for (k20 <- -1 to -1) {
      val c21 = new Cls7(((k20 * 749)).toByte, (0xffffffffL * (-128).toByte))
      println(c21.h10)
      println(c21.m11(Short.MaxValue, (-1).toShort))
    }
    var i22 = 0
    while (i22 < 2) {
      val arr23 = new Array[Short](6)
      arr23((((-844) ^ (0.5 + "\n").length) & 3)) = (-1).toShort
      for (x24 <- arr23) {
        println(x24)
      }
      println(arr23.length)
      val v25: Char = ((-128).toByte).toChar
      println(v25)
      i22 += 1
    }
    val v26: Float = (-759.7710571289062f)
    println(v26)
    if (v18) {
      println(((Byte.MaxValue.toShort).toString match { case "" => (v26.toChar).toShort case "Hello, World!" => (if (((-9223372036854775808L) != (-679941666615L))) v19.toShort else (if (v18) (32767).toShort else (1000).toShort)) case "hello" => ((if (false) Obj1.g3 else v19)).toShort case _ => ("中文".charAt(1) match { case 'Z' => ((-32768).toShort).toShort case '\'' => (0.07180615588426953).toShort case _ => Short.MinValue }) }))
    } else {
      var sb27 = ""
      for (j28 <- 0 until 1) {
        sb27 = sb27 + (Obj4.g6 match { case 100 => '\'' case 644 => '\t' case 69 => v19 case _ => 'Z' }) + ","
      }
      println(sb27)
    }
    println(f14((-374224336728L), (s" ${v18}] ${Char.MinValue}" match { case "" => v26.toDouble case _ => (-0.001) })))
    print(true)
    var sb29 = ""
    for (j30 <- 0 until 0) {
      sb29 = sb29 + ((if (v18) (-907933905178L) else 0L) + ((0).toByte | j30)) + ","
    }
    println(sb29)
    println(Float.NaN.toByte)
    println((-(-f14(64L, Double.MaxValue))))
    println(655.6356811523438f)
    var i31 = 0
    while (i31 < 1) {
      var i32 = 0
      while (i32 < 2) {
        val v33: Long = 9223372036854775807L
        println(v33)
        println((-865))
        println((v33.toLong * 2))
        i32 += 1
      }
      i31 += 1
    }
    println(f14(((780.2411429509834).toByte * (268691188711L + v19)), ((v19 * Obj4.g6)).toDouble))
    for (k34 <- 1 to 2) {
      val arr35 = Array[Byte]((((-113552474005L)).toShort).toByte, v19.toByte, (127).toByte, ((2.5).abs).toByte, (0).toByte, (100).toByte)
      arr35(((-341) & 3)) = ((if (false) (-1).toShort else (32767).toShort)).toByte
      for (x36 <- arr35) {
        println(x36)
      }
      println(arr35.length)
      print(new Array[Short](0).length)
    }
    var v37: Char = (((-9223372036854775807L) & (-9223372036854775808L))).toChar
    println(v37)
    if ((Long.MinValue != 0L)) {
      println(((((-128985820600L) % (575458642147L | 1L))).toFloat - math.min(math.min(698407471729L, (-802569057295L)), (~0x7fffffffffffffffL))))
    } else {
      println((((1).toByte).toChar match { case '\t' => 875.0443018027945 case _ => ((0.5 * 932.8600127457858)).max((0.28158003033392043 + (-128).toByte)) }))
      println(1L)
    }
    println((0).toByte)
    var i38 = 0
    while (i38 < 2) {
      println(f14(((i38 * (127).toShort) match { case 0xff => 986148739938L case 123456789 => (-4294967296L) case 2 => ((-506.9940523174585)).toLong case _ => (-76568421224L) }), f14((-29198062510L), ((128).toShort).toDouble)))
      i38 += 1
    }
    Obj4.g5 = (((1).toShort <= Short.MaxValue) ^ (636 match { case 358 => true case 830 => v18 case _ => v18 }))
    println(Obj4.g6)
    println(400.76800537109375f)
    println(f14(((true match { case true => (-617413965272L) case false => 729277398442L }) - Obj1.g2.toByte), (-0.2797332956051315)))
    println(((((-952.7586669921875f)).toByte).toShort).toByte)
    println((if (false) 592.0564627789952 else 1e-3))
    val v39: Byte = (255).toByte
    println(v39)
    var v40: Float = (-1.0f)
    println(v40)
    val v41: Byte = Byte.MaxValue
    println(v41)
    val arr42 = new Array[Int](6)
    arr42((("abc".charAt(2) * Obj4.g6) & 3)) = (Obj4.g6.max((-64)) * v40.toChar)
    for (x43 <- arr42) {
      println(x43)
    }
    println(arr42.length)
    println(rec17(0))
  }
}
