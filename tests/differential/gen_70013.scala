object Main {
  def main(args: Array[String]): Unit = {
    println(("hello world".substring(5) match { case "a" => 0.1f case "quote\"q" => (-313.8126220703125f) case _ => (-math.min(0.5f, 1.5f)) }))
    println((((-(-128))).toFloat).toInt)
    println(((2).toByte).toFloat)
    println(("quote\"q" match { case "Hello, World!" => (0).toByte case "\n" => (if ((0.8374764932633283 <= 741.1194677399176)) (1.0).toByte else ("Hello, World!" match { case "123" => (1).toByte case "\u20ac" => (-128).toByte case "tab\there" => Byte.MinValue case _ => (0).toByte })) case "\u20ac" => (100 match { case 100 => (653 match { case 0x7fffffff => Byte.MaxValue case 65535 => Byte.MaxValue case _ => (42).toByte }) case 63 => (if (true) (0).toByte else (127).toByte) case _ => ((-100).toByte).toByte }) case _ => Byte.MinValue.toByte }))
    var v1: Long = 2L
    println(v1)
    println((' ' match { case ' ' => 65535 case '\\' => new Array[Long](3).length case _ => (((127).toShort).toChar match { case '\u4e2d' => 31 case _ => Int.MaxValue }) }))
    val v2: Double = math.max(0.1, ((-(-29))).toDouble)
    println(v2)
    println(Byte.MaxValue)
    for (k3 <- 2 until 3) {
      println((v2 % v1))
      println((-129).toShort)
    }
    println(((-962) != 'Z'))
    println((-2147483648.5))
    var v4: Int = 260
    println(v4)
    v4 = ("a" + v2).length
    println(v4)
    val arr5 = new Array[Float](5)
    arr5(((((-2147483648.5)).toShort * math.abs(v4)) & 3)) = (-367.0867919921875f)
    for (x6 <- arr5) {
      println(x6)
    }
    println(arr5.length)
    if (true) {
      var sb7 = ""
      for (j8 <- 0 until 1) {
        sb7 = sb7 + (if (false) false else (if (true) false else false)) + ","
      }
      println(sb7)
      println(((0.0682194150216584 + v1.toDouble) + '\t'))
    } else {
      if (((-1.0) >= v2)) {
        println((127).toByte)
        println((v4 match { case 0xff => (-464.4884948730469f) case _ => 9999999.0f }))
      } else {
        val v9: Byte = Byte.MinValue
        println(v9)
      }
    }
    println(true)
    println(false)
    var i10 = 0
    while (i10 < 2) {
      var i11 = 0
      while (i11 < 3) {
        println(((('\uffff' % (0x80000000 | 1)) + i10) match { case 64 => ((v1 % ((0).toShort.toInt | 1)) / ((i10 match { case 256 => (128).toShort case 503 => Short.MinValue case _ => (1000).toShort }).toInt | 1)) case _ => 335001715179L }))
        val v12: Boolean = ((((-0x10) >= (-100).toByte)).toString == "quote\"q")
        println(v12)
        var sb13 = ""
        for (j14 <- 0 until 2) {
          sb13 = sb13 + ((-(-678.548828125f)) - 16777216.0f) + ","
        }
        println(sb13)
        i11 += 1
      }
      println((s"${(0.0).toDouble}" == "hello"))
      var i15 = 0
      while (i15 < 0) {
        println(((-238.30221557617188f) + (((0).toByte / (i15 | 1))).toShort))
        i15 += 1
      }
      i10 += 1
    }
    println(true)
    var v16: Byte = (0).toByte
    println(v16)
    v16 = (-100).toByte
    println(v16)
    println((-2147483648))
    println(((math.min(18.04913330078125f, 100.0f)).toString match { case "hello" => v1 case _ => (v1 * ' ') }))
    for (k17 <- 2 until 4) {
      println((v1.toChar).toChar)
    }
    print((if ((Short.MinValue > v16.toShort)) (-1).toShort else (1e7).toShort))
    println((0).toShort)
    print("back\\slash")
    var i18 = 0
    while (i18 < 0) {
      println(("hello world".substring(11, 11) + v1.toShort))
      if (false) {
        var sb19 = ""
        for (j20 <- 0 until 3) {
          sb19 = sb19 + (("a" + v16) match { case "-0" => (if (true) '\u20ac' else '\n') case "\u00e9t\u00e9" => (if (true) '\u0000' else '\u4e2d') case "a" => (if (false) '\\' else Char.MaxValue) case _ => (if (false) '\u00e9' else '\u20ac') }) + ","
        }
        println(sb19)
        var sb21 = ""
        for (j22 <- 0 until 4) {
          sb21 = sb21 + "Hello, World!" + ","
        }
        println(sb21)
      }
      val arr23 = new Array[Long](4)
      arr23((v4 & 3)) = 787881482295L
      for (x24 <- arr23) {
        println(x24)
      }
      println(arr23.length)
      i18 += 1
    }
    var i25 = 0
    while (i25 < 4) {
      val arr26 = Array[Int](((false match { case true => 1000000 case false => i25 })).max((63).min(64)), (-997), (-math.max(v4, 123456789)), (v4.max((-303))).toInt, Int.MinValue)
      arr26((((if (false) (-128).toByte else (1).toByte) & (v16 * i25)) & 3)) = ((v4 + "\u4e2d\u6587").length).abs
      for (x27 <- arr26) {
        println(x27)
      }
      println(arr26.length)
      println(v4)
      var i28 = 0
      while (i28 < 3) {
        print("\u20ac")
        i28 += 1
      }
      i25 += 1
    }
    val arr29 = new Array[Double](4)
    arr29(((math.min(v4, (-595)) match { case 32 => ((0).toByte).toInt case _ => (-v4) }) & 3)) = 0.4195336625097983
    for (x30 <- arr29) {
      println(x30)
    }
    println(arr29.length)
  }
}
