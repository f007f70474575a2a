object Main {
  def main(args: Array[String]): Unit = {
    var v1: String = "quote\"q"
    println(v1)
    println(Byte.MaxValue)
    var v2: Short = ((('0' | 64L) << Int.MinValue)).toShort
    println(v2)
    println(((0.30000000000000004).toShort).toByte)
    val arr3 = Array[Byte]((false match { case true => (if (true) (-128).toByte else (1).toByte) case false => (0).toByte }), Byte.MinValue, Byte.MaxValue, (127).toByte)
    arr3(((Char.MinValue.toInt).min(249) & 3)) = (if ((if (false) true else false)) Byte.MaxValue else (v1 match { case "-0" => (0).toByte case "\u00e9t\u00e9" => Byte.MinValue case _ => (100).toByte }))
    for (x4 <- arr3) {
      println(x4)
    }
    println(arr3.length)
    println(((1.4E-45f).max(1.5f)).toShort)
    println(((v2.toLong >> ((-836142384123L) - (-593049563151L)))).toShort)
    val arr5 = Array[Boolean]((math.sqrt(407.4037679279604) <= 0.5), (v2 >= (if (true) v2 else v2)), (if (((-100).toByte > (100).toByte)) (v1 != v1) else (v1 == "-0")), ((if (false) v1 else v1) != ("x y z" + 1e7)), false)
    arr5(((((-1e19) / 110)).toInt & 3)) = (if ((if (false) true else true)) (if (false) false else false) else ('\u00e9' match { case '\u4e2d' => true case 'a' => false case _ => false }))
    for (x6 <- arr5) {
      println(x6)
    }
    println(arr5.length)
    println(((-0x10) match { case 64 => 1.5 case _ => ((-282.543212890625f) + (-2.5)) }))
    val arr7 = new Array[Double](5)
    arr7(((~math.min(65535, 32)) & 3)) = ((255 >>> Int.MinValue) match { case 0 => (v1 match { case "\ud83d\ude00" => 6583800143.933512 case "back\\slash" => Double.MinValue case "hello" => Double.NegativeInfinity case _ => Double.MinValue }) case _ => (65536).toDouble })
    for (x8 <- arr7) {
      println(x8)
    }
    println(arr7.length)
    println(new Array[Boolean](3).length)
    var v9: Int = (((v1 match { case "" => '\u20ac' case "hello" => 'a' case _ => '\n' }) + (63L + "\n")).length + math.max((if (false) 23 else (-884)), (-0x10)))
    println(v9)
    val v10: Float = (if (((if (true) v1 else "hello") == "x y z")) ((-9999999.0f)).toFloat else (-(1e7f).min(Float.NaN)))
    println(v10)
    println((v9.toString match { case "a" => (-1172960671.9622707) case _ => math.floor((-1e19)) }))
    if (true) {
      var sb11 = ""
      for (j12 <- 0 until 4) {
        sb11 = sb11 + false + ","
      }
      println(sb11)
      if (false) {
        println((('\n').toChar).toByte)
        println((if (((v1 match { case "-0" => false case "\n" => false case _ => true }) != true)) (-0.7425252324924889) else (Double.MinValue * (-1.0f))))
      }
    }
    println(((((-875.9443359375f) + 0.1f) * (if (false) v10 else v10))).min((-Byte.MaxValue.toFloat)))
    var i13 = 0
    while (i13 < 1) {
      println((i13 match { case 123456789 => v10 case 33 => ('\u0000' match { case 'Z' => v10.max((-717.1930541992188f)) case '\u00e9' => (2147483647 match { case 943 => 135.3724822998047f case _ => 9999999.0f }) case '\uffff' => math.min(v10, v10) case _ => 1e-3f }) case _ => (if ((false | false)) math.max(v10, 985.2068481445312f) else v10) }))
      for (k14 <- -1 until 0) {
        v1 = s" ${(if (true) 0x7fffffffffffffffL else (-870629534233L))}${('\t').toLong}"
        println(v1)
        v2 = (-129).toShort
        println(v2)
      }
      println((-(v2 * 173378461403L)))
      i13 += 1
    }
    println(((if (false) '\'' else (if (false) ' ' else ' ')) + (((-2147483648) % v10)).min(9999999.0f)))
    println('\u0000')
    var sb15 = ""
    for (j16 <- 0 until 0) {
      sb15 = sb15 + ((0xffffffffL | 64L)).toByte + ","
    }
    println(sb15)
    print(((math.max((-4294967296L), 63L)).max(2L) * (('\n' + 987704345456L) % (math.max((-4294967296L), 4294967296L) | 1L))))
    val v17: Short = ((32767).toShort).toShort
    println(v17)
    println("xyzé".charAt(1))
    var sb18 = ""
    for (j19 <- 0 until 0) {
      sb18 = sb18 + (if ((if (true) true else true)) (if (false) 63L else 0x7fffffffffffffffL) else (63L << (-128))) + ","
    }
    println(sb18)
    if ((3.3333333f == '"')) {
      for (k20 <- -1 to 3) {
        var sb21 = ""
        for (j22 <- 0 until 1) {
          sb21 = sb21 + ((v9 + "\u00e9t\u00e9").length match { case 2 => (!true) case 2147483647 => (v1 == "\n") case _ => (' ' match { case ' ' => false case '"' => false case _ => false }) }) + ","
        }
        println(sb21)
        println((1).toByte)
        val arr23 = new Array[Byte](4)
        arr23((((v17 ^ 256) | Short.MaxValue) & 3)) = (false match { case true => (if (false) Byte.MaxValue else Byte.MaxValue) case false => Byte.MaxValue })
        for (x24 <- arr23) {
          println(x24)
        }
        println(arr23.length)
      }
      var sb25 = ""
      for (j26 <- 0 until 1) {
        sb25 = sb25 + ((v1 + 834559937752L) match { case "null" => (false + "") case _ => v1 }) + ","
      }
      println(sb25)
    } else {
      v1 = s"[${(v9 | (1).toByte)} ${(v9 match { case 100 => ' ' case 123456789 => '\\' case _ => '\'' })}${(-v9)}"
      println(v1)
    }
    val arr27 = new Array[Long](6)
    arr27((v9 & 3)) = (-4294967296L)
    for (x28 <- arr27) {
      println(x28)
    }
    println(arr27.length)
    println((if (((128).toShort < ((-4294967296L)).toShort)) (if ((v1 != "quote\"q")) 500.20364042641495 else (-0.7184794713677642)) else ((v1 match { case "Hello, World!" => v9 case _ => 100 }) match { case 255 => (7178221756.238434).min(123456789.125) case 731 => (v9 match { case 443 => 4.9E-324 case _ => (-0.8952654958883561) }) case _ => ((0).toByte).toDouble })))
    println(643.8731444109658)
    println((if ((if (((-1).toByte > 569672576540L)) (2147483648L < 155939894982L) else (v1 != "\u00e9t\u00e9"))) (if ((v1 != "-0")) (-1).toByte else (0).toByte) else Byte.MinValue.toByte))
    var sb29 = ""
    for (j30 <- 0 until 2) {
      sb29 = sb29 + (944797959984L).toDouble + ","
    }
    println(sb29)
  }
}
