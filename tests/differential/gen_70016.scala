object Obj1 {
  println("init Obj1")
  val g2: Char = (((-128).toByte).toFloat).toChar
  val g3: Byte = (-1).toByte
  val g4: Boolean = ((793.36328125f).toString match { case "-0" => (3.3333333f > 1e7f) case "x y z" => (if (true) false else true) case _ => true })
  def f5(p6: Byte, p7: Short, p8: Char): Boolean = ("été ok".substring(2, 5) == ("null" + (32767).toShort))
}
object Obj9 {
  val g10: Boolean = false
  var g11: Char = "abc".charAt(2)
}
object Obj12 {
  println("init Obj12")
  val g13: Boolean = true
  val g14: Short = Short.MinValue
  var g15: String = "null"
  var g16: Byte = (-128).toByte
}
object Main {
  def f17(p18: Byte, p19: Float): Long = ((if ((true || false)) ('\'' ^ (-382)) else 32) + (math.abs(646)).toLong)
  def main(args: Array[String]): Unit = {
    print((f17((0.5f).toByte, math.min(461.80224609375f, 249.26681518554688f))).toChar)
    println('\u00e9')
    println(false)
    println(((s" ${"hello"}x=${(32767).toShort}[${991}" + math.abs(0)).length).toString)
    println(Obj1.f5(Obj1.g3, (-32768).toShort, '\\'))
    println(Obj1.f5((if ((Obj9.g11 == '\n')) Byte.MaxValue.toByte else (-1).toByte), (-32768).toShort, (if ((false | true)) ((-902)).toChar else '\\')))
    if ((if ((if (Obj12.g13) false else Obj1.g4)) (false match { case true => false case false => Obj1.g4 }) else Obj9.g10)) {
      val v20: Float = math.max((if (Obj1.f5((-100).toByte, (128).toShort, 'Z')) 0.5f else ('\\' * 16777216.0f)), ((63 * (-305)) * 16777217.0f))
      println(v20)
    }
    var i21 = 0
    while (i21 < 3) {
      var v22: Short = (if (false) (128).toShort else ((-701.8135986328125f)).toShort)
      println(v22)
      i21 += 1
    }
    val arr23 = Array[Double](Double.NegativeInfinity, 1.0, ((0.867315811030724 * 0.1) / 807936151834L), (Obj9.g10 match { case true => (203946313498L).toDouble case false => ((-1.0)).toDouble case _ => (-4.9E-324) }))
    arr23(((65536 * 7) & 3)) = ((1e-3 / (42).toByte)).toDouble
    for (x24 <- arr23) {
      println(x24)
    }
    println(arr23.length)
    val v25: Int = (-(math.abs(32)).min(860))
    println(v25)
    val v26: Char = ("0123456789".charAt(9)).toChar
    println(v26)
    val v27: Long = (if (true) (f17((-100).toByte, (-494.64935302734375f)) >> 123456789) else math.abs(((-4294967296L) & 64L)))
    println(v27)
    for (k28 <- 0 until 0) {
      val arr29 = new Array[Int](5)
      arr29((((Obj12.g14 / (1 | 1)) + (if (false) Byte.MaxValue else (0).toByte)) & 3)) = (Obj1.g2.toByte % (v25 | 1))
      for (x30 <- arr29) {
        println(x30)
      }
      println(arr29.length)
    }
    val v31: Int = v25
    println(v31)
    for (k32 <- 0 to 1) {
      println(206)
      print(false)
      var i33 = 0
      while (i33 < 4) {
        var i34 = 0
        while (i34 < 2) {
          print(((if ((false match { case true => false case false => Obj9.g10 })) math.abs(Float.NaN) else (v26 % 1.0f))).toChar)
          i34 += 1
        }
        println((-32768).toShort)
        i33 += 1
      }
    }
    val arr35 = new Array[Int](5)
    arr35((((100 - v25)).min(2147483647) & 3)) = ((128).toShort | (v25 * v25))
    for (x36 <- arr35) {
      println(x36)
    }
    println(arr35.length)
    println(Obj9.g10)
    println((0).toByte)
    println(((-(v25 % (0xff | 1)))).toByte)
    println(((v31 + 2)).toDouble)
    println((((0).min(44) match { case 31 => ((-867907290320L)).toChar case 7 => ((-861.436279296875f)).toChar case _ => Obj9.g11 }) match { case '\u00e9' => s" ${(-32768).toShort}!" case _ => s"${Float.PositiveInfinity.abs}$$${(-1).toByte}." }))
    println((Obj1.f5(Byte.MaxValue, (733.7454223632812f).toShort, ((-572.948974609375f)).toChar) == false))
    println((math.abs(math.max(1e-3f, 0.5f))).toFloat)
    var i37 = 0
    while (i37 < 4) {
      for (k38 <- -1 to -2) {
        println((math.abs(v31) * i37))
        println((-597.0488891601562f))
      }
      i37 += 1
    }
    val arr39 = Array[String]("x y z", "Hello, World!", "", "null", "null", (v27.toLong).toString)
    arr39(((((-257.39739990234375f)).toChar match { case '\\' => (-(-128)) case '\uffff' => (-v31) case _ => (-914) }) & 3)) = s"] ${("" match { case "-0" => v26 case "hello" => v26 case _ => v26 })}."
    for (x40 <- arr39) {
      println(x40)
    }
    println(arr39.length)
    val arr41 = new Array[Char](5)
    arr41((((-v25) match { case 64 => (if (true) 354 else (-828)) case _ => (if (false) 31 else v31) }) & 3)) = v26
    for (x42 <- arr41) {
      println(x42)
    }
    println(arr41.length)
    println((((-242.9718428353176)).min((v27 - Double.MaxValue))).toFloat)
    val arr43 = Array[Int](((1e7 + "") + v26.toShort).length, v25, (("" + (-362.6383361816406f)) + (311.7867126464844f).toByte).length, ((if (true) (128).toShort else Short.MaxValue) >> (-601)))
    arr43((v31 & 3)) = (s"$$${0L}x=${711.0999755859375f}[${(-785.3173828125f)}" + new Array[Double](2).length).length
    for (x44 <- arr43) {
      println(x44)
    }
    println(arr43.length)
    println(v31)
    for (k45 <- 1 until 5) {
      println((Byte.MaxValue << (-28)))
    }
  }
}
