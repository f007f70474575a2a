object Obj1 {
  println("init Obj1")
  var g2: String = "back\\slash"
  var g3: Int = ((100).toByte & 255)
  def f4(p5: Boolean): Double = (("\n" match { case "Hello, World!" => (127).toShort case _ => (32767).toShort }) - (4.9E-324).min(Double.NaN))
}
object Main {
  def main(args: Array[String]): Unit = {
    var i6 = 0
    while (i6 < 4) {
      println(((127).toShort).toShort)
      i6 += 1
    }
    println(Obj1.g2)
    println((-Obj1.f4(false)))
    if ((((32767).toShort).toChar match { case '"' => true case '\u0000' => (if (true) false else false) case _ => true })) {
      if ((((-1e19)).toInt <= 9196574079.72469)) {
        println((math.abs((if (true) (-722.4500732421875f) else 0.5f)) % '\t'))
        for (k7 <- 1 to 1) {
          println(((("\ud83d\ude00" != Obj1.g2)).toString + Obj1.g2))
        }
        val v8: Byte = ((Byte.MinValue.toByte).toChar).toByte
        println(v8)
      }
      var sb9 = ""
      for (j10 <- 0 until 0) {
        sb9 = sb9 + Byte.MinValue + ","
      }
      println(sb9)
      val v11 = ('"' match { case '\'' => ((3.14159).toShort > (1).toShort) case '\u0000' => true case '\uffff' => ((127).toShort != (7 match { case 1 => (1000).toShort case _ => (32767).toShort })) case _ => false })
      println(v11)
    }
    var sb12 = ""
    for (j13 <- 0 until 0) {
      sb12 = sb12 + ("xyzé".charAt(3)).toLong + ","
    }
    println(sb12)
    val arr14 = Array[Char](((0x7fffffffffffffffL).toChar match { case '\n' => "中文".charAt(1) case '~' => (if (false) 'Z' else '\u0000') case _ => '\u00e9' }), (((42).toByte).toShort).toChar, (((-1).toShort).toChar).toChar, "xyzé".charAt(2), "abc".charAt(0), ((7 - 162552369445L)).toChar)
    arr14(((("quote\"q" match { case "Hello, World!" => (-1).toShort case "null" => (-32768).toShort case _ => (128).toShort }) << 716) & 3)) = "abc".charAt(0)
    for (x15 <- arr14) {
      println(x15)
    }
    println(arr14.length)
    println(("été ok".substring(2, 4) match { case "back\\slash" => (-128).toByte case "tab\there" => (606 match { case 2 => (64L).toByte case _ => (100).toByte }) case _ => Byte.MinValue }))
    val v16: Float = Float.MinPositiveValue
    println(v16)
    val arr17 = Array[Byte](Byte.MinValue, (-100).toByte, ((-v16)).toByte, (1).toByte)
    arr17(((('\uffff' * 31) ^ ("\u00e9t\u00e9" match { case "\u00e9t\u00e9" => (-737) case _ => 2147483647 })) & 3)) = (if (false) ((32767).toShort).toByte else (1).toByte)
    for (x18 <- arr17) {
      println(x18)
    }
    println(arr17.length)
    val arr19 = new Array[Long](6)
    arr19((((88 * (127).toByte)).min((' ').toInt) & 3)) = (((-427787607376L)).max(64L) ^ ((-323)).toLong)
    for (x20 <- arr19) {
      println(x20)
    }
    println(arr19.length)
    var i21 = 0
    while (i21 < 1) {
      if (false) {
        var sb22 = ""
        for (j23 <- 0 until 3) {
          sb22 = sb22 + "Hello, World!" + ","
        }
        println(sb22)
        println(((Short.MinValue + "\u4e2d\u6587").length match { case 255 => Byte.MaxValue case 409 => (-128).toByte case _ => Byte.MaxValue }))
      }
      println(Obj1.f4(((0.0).toString == ("\ud83d\ude00" + ""))))
      for (k24 <- 2 until 4) {
        val v25: Char = i21.toChar
        println(v25)
      }
      i21 += 1
    }
    println("\u4e2d\u6587")
    print((if ((if (("123" == "")) true else ((-1).toByte >= (1).toByte))) (!("a" match { case "\ud83d\ude00" => false case _ => false })) else ((Obj1.g3 match { case 613 => "\ud83d\ude00" case 63 => Obj1.g2 case _ => "123" }) != ("Hello, World!" + Double.MinValue))))
    println(((if (("back\\slash" match { case "123" => false case "\u00e9t\u00e9" => true case _ => true })) s"é${"a"}${4294967296L}x=${false}." else "a") + ("x y z" + Byte.MaxValue.toDouble)))
    println(Obj1.f4(true))
    println(Obj1.g3)
    val v26: Long = 0L
    println(v26)
    if ((18.948884953020865 <= 5123542827.748871)) {
      println((if (true) ((-1L) & (-810997183266L)) else (-1L)))
    } else {
      val v27: Byte = ((~(if (false) 2147483647 else 3))).toByte
      println(v27)
    }
    println(Obj1.g3)
    val arr28 = new Array[Float](5)
    arr28((((if (false) Obj1.g3 else Int.MaxValue) + (32 match { case 64 => (-1).toByte case _ => (0).toByte })) & 3)) = (('Z' match { case '"' => (-4294967296L) case '\u4e2d' => v26 case _ => 506667182435L }) / (if (true) v16 else 1e7f))
    for (x29 <- arr28) {
      println(x29)
    }
    println(arr28.length)
    var i30 = 0
    while (i30 < 1) {
      var v31: Float = ((((127).toShort == (1000).toShort) match { case true => v16.max(v16) case false => v16 case _ => 0.1f }) * 3.3333333f)
      println(v31)
      var i32 = 0
      while (i32 < 2) {
        var v33: Boolean = (((false match { case true => (-1).toShort case false => (1000).toShort case _ => (127).toShort })).toByte >= (0.08234036296974989 * (100).toByte))
        println(v33)
        i32 += 1
      }
      i30 += 1
    }
    Obj1.g2 = "abcdef".substring(0, 0)
    println(Obj1.g3)
    var sb34 = ""
    for (j35 <- 0 until 2) {
      sb34 = sb34 + (if (("\u20ac" != "hello")) ('\u4e2d' match { case '\u00e9' => true case _ => false }) else (true == true)) + ","
    }
    println(sb34)
    var i36 = 0
    while (i36 < 2) {
      val v37: Double = ((((42).toByte ^ (-372221510974L))).toFloat).toDouble
      println(v37)
      for (k38 <- 2 until 2) {
        val v39: Boolean = (if ((false || (v26 <= v26))) (((-128).toByte == (1).toByte) ^ (Obj1.g2 != "x y z")) else true)
        println(v39)
        var v40: Byte = (if (true) Byte.MinValue else (-100).toByte)
        println(v40)
        if ((if ((4294967296L == v26)) (true | false) else (!true))) {
          println((if (("back\\slash" match { case "123" => v39 case _ => (if (v39) true else v39) })) Obj1.g2 else (math.abs(v26)).toString))
        } else {
          println(((9223372036854775807L & v37.toLong) < 63L))
        }
      }
      var i41 = 0
      while (i41 < 1) {
        val arr42 = Array[Float]((((-153)).toShort % (Int.MinValue match { case 0xff => (-235.14134216308594f) case _ => v16 })), (true match { case true => Byte.MinValue.toFloat case false => ((-200.29327392578125f) * i41) case _ => (16777217.0f - (127).toShort) }), (if ((true == true)) (if (false) v16 else v16) else v16), ('\uffff' * ('~').toFloat))
        arr42((Int.MinValue & 3)) = 2.14748365E9f
        for (x43 <- arr42) {
          println(x43)
        }
        println(arr42.length)
        println(s"${(1e7f % ('0').toFloat)}] ${true}é${((i41 match { case 1 => (-128).toByte case 100 => (-128).toByte case 31 => (42).toByte case _ => Byte.MaxValue })).toChar}.")
        println(v37)
        i41 += 1
      }
      i36 += 1
    }
    println(Obj1.f4(false))
    for (k44 <- -2 until -1) {
      var v45: Long = (((if (true) Long.MinValue else 9223372036854775807L) ^ ('\uffff' * v26)) | (v26 & (k44 / (v26 | 1L))))
      println(v45)
      println((-(false match { case true => ((-1).toByte / (v45 | 1L)) case false => (v26 + 191770365917L) })))
    }
    println(((-924) - math.min(Obj1.g3, (-832))))
    var i46 = 0
    while (i46 < 1) {
      println((i46.toChar match { case '\u00e9' => ((v16 * v26)).toShort case _ => i46.toShort }))
      println(2147483647.5)
      i46 += 1
    }
    println((-0.7412758140957978))
    println(0.8514036063239394)
  }
}
