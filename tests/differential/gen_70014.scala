object Obj1 {
  println("init Obj1")
  var g2: Double = g3
  val g3: Double = (-(g2 + (42).toByte))
}
object Obj4 {
  println("init Obj4")
  var g5: String = s"${(-83)}."
  var g6: Long = (if ((g5 != "null")) ((-1L)).abs else ((127).toShort | Long.MaxValue))
}
object Main {
  def rec7(n: Int): Int = if (n <= 0) 1 else n * rec7(n - 1)
  def rec8(n: Int): Double = if (n <= 0) 1.0 else n * rec8(n - 1)
  def main(args: Array[String]): Unit = {
    val v9: Byte = Byte.MinValue
    println(v9)
    var sb10 = ""
    for (j11 <- 0 until 2) {
      sb10 = sb10 + ((489511843605L ^ 32)).toChar + ","
    }
    println(sb10)
    println(Obj1.g2)
    println((v9.toFloat).toByte)
    println(((-322) match { case 100 => (-(2L % ('\u00e9'.toInt | 1))) case 123456789 => ((-64L) + v9) case 543 => math.abs(0L) case _ => (66 / ((684237252710L << 123456789) | 1L)) }))
    var i12 = 0
    while (i12 < 1) {
      if ((' ' match { case '\u00e9' => true case '\u20ac' => (i12 >= (128).toShort) case _ => true })) {
        var v13 = math.max(i12, (((-515) ^ v9) % (i12 | 1)))
        println(v13)
      } else {
        var i14 = 0
        while (i14 < 1) {
          println(((-0.0f)).toChar)
          i14 += 1
        }
        var sb15 = ""
        for (j16 <- 0 until 1) {
          sb15 = sb15 + (-Long.MinValue) + ","
        }
        println(sb15)
      }
      i12 += 1
    }
    for (k17 <- 1 until 2) {
      Obj1.g2 = (783).toDouble
      println(Obj1.g2)
      Obj4.g5 = (if (true) (k17 match { case 100 => Obj4.g5 case 7 => "x y z" case _ => "a" }) else (if (false) Obj4.g5 else "quote\"q"))
      println(Obj4.g6)
      println(0.0f)
    }
    val arr18 = new Array[Short](5)
    arr18(((-150) & 3)) = ((65535).toLong).toShort
    for (x19 <- arr18) {
      println(x19)
    }
    println(arr18.length)
    println((256 match { case 1 => ((0.0f).min((-396.96661376953125f)) + (-0.001)) case _ => math.floor(123456789.125) }))
    for (k20 <- 1 to 5) {
      for (k21 <- 1 until 2) {
        val v22: Float = (100.0f).min(3.4028234E38f)
        println(v22)
        println(("quote\"q" != ((if (false) "\ud83d\ude00" else "a") + (1).toString)))
        println((-Obj4.g6))
      }
      println((0L).toChar)
      val v23: Double = math.max(0.5196523916832603, (-2147483648.5))
      println(v23)
    }
    var sb24 = ""
    for (j25 <- 0 until 3) {
      sb24 = sb24 + "abcdef".substring(0, 1) + ","
    }
    println(sb24)
    var i26 = 0
    while (i26 < 3) {
      var v27: Boolean = true
      println(v27)
      for (k28 <- -2 to 2) {
        for (k29 <- -1 until -1) {
          println(v9)
        }
      }
      v27 = ((true match { case true => "null" case false => "a" case _ => "back\\slash" }) != (false match { case true => "quote\"q" case false => "-0" }))
      println(v27)
      i26 += 1
    }
    println((-((if (true) Obj4.g6 else 190379934452L) << (63 >> 318))))
    println(((math.abs(Obj1.g3)).toInt).toDouble)
    val v30: String = "été ok".substring(2, 6)
    println(v30)
    println(63)
    println('"')
    for (k31 <- -1 to 0) {
      var sb32 = ""
      for (j33 <- 0 until 3) {
        sb32 = sb32 + ((v30 != v30) match { case true => "中文".charAt(1) case false => '0' }) + ","
      }
      println(sb32)
    }
    println('\u00e9')
    println('\u00e9')
    val arr34 = new Array[Boolean](6)
    arr34((((if (false) (128).toShort else Short.MaxValue)).toInt & 3)) = ((v30 == v30) match { case true => false case false => (Byte.MaxValue == '~') })
    for (x35 <- arr34) {
      println(x35)
    }
    println(arr34.length)
    var i36 = 0
    while (i36 < 2) {
      println(('\'' match { case '\t' => (math.abs(843.528076171875f)).toInt case _ => (new Array[Float](2).length % ((i36 - i36) | 1)) }))
      println((v30 == s" ${s"x=${610396709590L}] ${true}é${(-576)}."}é${i36}x=${Obj4.g6}!"))
      println((4294967296L).toByte)
      i36 += 1
    }
    println((-0x10))
    var v37 = s"] ${((270247113332L / ((0).toShort.toInt | 1)) >> 307)}$$${"123"}!"
    println(v37)
    println(false)
    v37 += (if ((1e7f == 0.1f)) (0).toShort else Float.MaxValue.toShort)
    println(v37)
    println((-(false match { case true => ((0).toByte * 1e23) case false => Byte.MaxValue.toDouble case _ => 2.5 })))
    println(((Int.MaxValue * 123456789) match { case 100 => Float.PositiveInfinity case 238 => math.max((v30 match { case "123" => Float.PositiveInfinity case "\n" => (-304.4894104003906f) case "a" => 786.7393798828125f case _ => 822.147216796875f }), math.max(0.0f, 833.7843017578125f)) case _ => (v9.toFloat).abs }))
    println(Long.MaxValue)
    val v38: Byte = (0xffffffffL).toByte
    println(v38)
    println(rec7(2))
    println(rec8(9))
  }
}
