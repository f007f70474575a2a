object Main {
  def f1(p2: Boolean): Short = (if (p2) (-32768).toShort else (if ((false || true)) Short.MinValue else Byte.MaxValue.toShort))
  def f3(p4: Int, p5: Short): Boolean = (('\t').toString == (if (((-7) match { case 63 => false case 785 => true case _ => false })) "\ud83d\ude00" else s"$$${false}x=${'Z'}."))
  def main(args: Array[String]): Unit = {
    var sb6 = ""
    for (j7 <- 0 until 1) {
      sb6 = sb6 + math.abs(0.5) + ","
    }
    println(sb6)
    println("Hello, World!")
    val v8: Double = (-((0xffffffffL).toDouble * (127).toShort))
    println(v8)
    for (k9 <- 1 to 3) {
      val arr10 = new Array[String](5)
      arr10((((v8 + 1e-3f)).toInt & 3)) = (("hello" match { case "\u4e2d\u6587" => '~' case "quote\"q" => '0' case _ => '\u4e2d' }) match { case '\u00e9' => (if (false) "quote\"q" else "-0") case '\u4e2d' => "abcdef".substring(5, 5) case _ => "a" })
      for (x11 <- arr10) {
        println(x11)
      }
      println(arr10.length)
      println(f1(("null" != (k9 match { case 599 => "\u00e9t\u00e9" case 623 => "Hello, World!" case _ => "\n" }))))
      println(new Array[String](1).length)
    }
    println(((((-9223372036854775808L)).toLong % (-1.5f))).abs)
    println(f1((if ((false || false)) true else ("\u00e9t\u00e9" match { case "\u4e2d\u6587" => true case "a" => true case "quote\"q" => false case _ => true }))))
    println((s"é${('\n' match { case '0' => (-129).toShort case '\t' => Short.MaxValue case _ => (-129).toShort })}." match { case "123" => f3(new Array[Byte](0).length, Float.NaN.toShort) case "\u4e2d\u6587" => f3(("x y z" match { case "Hello, World!" => 7 case "\u4e2d\u6587" => (-7) case "hello" => 0x80000000 case _ => 32 }), (127).toShort) case _ => ((612.9938030408944).toByte < (-100).toByte) }))
    println((false match { case true => ((if (true) "back\\slash" else "a") + ((1).toShort).toShort) case false => "abcdef".substring(1) case _ => "" }))
    println(123456789)
    val v12: Byte = (-1).toByte
    println(v12)
    println((((2).max(0xff) + (107).abs) * v12))
    val v13: Float = (881.7150268554688f).min(3.3333333f)
    println(v13)
    var v14: Float = v13
    println(v14)
    println(((("null" + Short.MinValue) != s"[${v8}${v8}.") match { case true => "中文".charAt(1) case false => '"' case _ => 'a' }))
    println(f3(324, (32767).toShort))
    println(math.min(math.min((0 match { case 0x7fffffff => v14 case _ => v13 }), (true match { case true => v13 case false => (-762.687255859375f) })), (1e7f).toFloat))
    val v15: Boolean = (v13 <= v13)
    println(v15)
    val arr16 = new Array[Byte](6)
    arr16((((if (v15) 'Z' else '\n')).toInt & 3)) = v13.toByte
    for (x17 <- arr16) {
      println(x17)
    }
    println(arr16.length)
    val arr18 = new Array[Boolean](4)
    arr18((((93 + 'Z') >>> 0x7fffffff) & 3)) = false
    for (x19 <- arr18) {
      println(x19)
    }
    println(arr18.length)
    if (true) {
      println(v13.toChar)
      println(('\u0000' match { case ' ' => ((1e-3).toChar match { case '0' => ('~' match { case '\u4e2d' => '0' case '~' => Char.MinValue case _ => '~' }) case '\t' => '\u00e9' case '\u00e9' => (if (true) 'a' else '\'') case _ => 'Z' }) case _ => Char.MinValue }))
      val arr20 = new Array[String](6)
      arr20((((~(-0x10)) / (v13.toInt | 1)) & 3)) = "null"
      for (x21 <- arr20) {
        println(x21)
      }
      println(arr20.length)
    }
    if (v15) {
      println('~')
    } else {
      var v22: Long = (-464076337848L)
      println(v22)
      println((((716).max(159)).toInt match { case 135 => f1((Char.MinValue match { case '\u20ac' => v15 case '\u4e2d' => v15 case _ => v15 })) case _ => (("\u4e2d\u6587" + v8) match { case "\n" => ("123" match { case "123" => (127).toShort case _ => Short.MinValue }) case "\u4e2d\u6587" => (-32768).toShort case _ => (1).toShort }) }))
    }
    println(f3((-414), (0).toShort))
    val v23: Boolean = f3(((-851) + (65536).min((-2147483648))), (0).toShort)
    println(v23)
    println(f1(((1000).toShort >= (-129).toShort)))
    println((("0123456789".substring(1, 6) + ((-145) match { case 0xff => v23 case 65536 => true case _ => v15 })) match { case "-0" => (v12 + "Hello, World!") case "\ud83d\ude00" => "tab\there" case _ => (v23 match { case true => (Short.MinValue + "") case false => v13.toString case _ => "\ud83d\ude00" }) }))
    var i24 = 0
    while (i24 < 4) {
      if ((("tab\there" == "tab\there") match { case true => (v15 match { case true => true case false => v23 }) case false => ('\uffff' < '\u0000') })) {
        var i25 = 0
        while (i25 < 2) {
          println("hello world".substring(6, 8))
          i25 += 1
        }
      }
      val v26: Char = '\\'
      println(v26)
      println(((-858) + (v26 + v12.toInt)))
      i24 += 1
    }
    var i27 = 0
    while (i27 < 4) {
      println(f1(f3((Char.MaxValue match { case '\u0000' => (-440) case _ => (-128) }), (0).toShort)))
      println((v23 ^ f3(("null" + i27).length, ((-1).toShort).toShort)))
      i27 += 1
    }
    if (f3((false match { case true => (-554) case false => 788 }), Long.MaxValue.toShort)) {
      println((((255).min(65535) * 64)).toByte)
    }
    println((v15 match { case true => ((if (false) '\n' else Char.MaxValue) - 411) case false => (256 / (new Array[Long](5).length | 1)) case _ => (if ((v14 > '\\')) 432 else ((-127) & 31)) }))
    var sb28 = ""
    for (j29 <- 0 until 2) {
      sb28 = sb28 + ((if (v15) j29 else j29) << 64) + ","
    }
    println(sb28)
  }
}
