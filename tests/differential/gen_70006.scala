object Obj1 {
  val g2: Byte = (("123" match { case "back\\slash" => 0x7fffffff case _ => (-35) })).toByte
  var g3: Byte = ((1e7f % 835)).toByte
  def f4(p5: String): Byte = ((-(-999))).toByte
}
object Obj6 {
  var g7: String = g8
  val g8: String = "\n"
  var g9: Double = 1.5
  def f10(): String = ("xyzé".charAt(1) + (if (true) g7 else g7))
}
object Obj11 {
  println("init Obj11")
  var g12: Boolean = false
  val g13: Int = math.min(((-128) % (1000000 | 1)), 65535)
  var g14: Boolean = g12
  def f15(): Int = ((g13 * (1).toShort) * (0xff * 0x80000000))
  def f16(p17: String, p18: Char, p19: Float): Byte = (if (g14) Obj1.f4("quote\"q") else (p17 match { case "a" => Obj1.g3 case _ => Obj1.g2 }))
}
object Main {
  def rec20(n: Int): Double = if (n <= 0) 1.0 else n + rec20(n - 1)
  def f21(p22: String, p23: String, p24: Boolean): Byte = Byte.MinValue
  def main(args: Array[String]): Unit = {
    for (k25 <- -2 to 2) {
      var sb26 = ""
      for (j27 <- 0 until 0) {
        sb26 = sb26 + 0.0f + ","
      }
      println(sb26)
      val arr28 = new Array[Double](4)
      arr28((Obj11.f15() & 3)) = ((-100).toByte - 1e308)
      for (x29 <- arr28) {
        println(x29)
      }
      println(arr28.length)
      val v30: Int = Obj11.g13
      println(v30)
    }
    val v31: String = Obj6.f10()
    println(v31)
    println('\'')
    if ((if ((if (true) Obj11.g12 else true)) true else Obj11.g12)) {
      println(('a' & 0xffffffffL))
      Obj6.g7 = Obj6.g8
      println(Obj6.g8)
    }
    println(("null" match { case "-0" => f21(v31, v31, ((127).toShort < (1000).toShort)) case "\u00e9t\u00e9" => Obj1.g3 case "quote\"q" => Obj11.f16("été ok".substring(1, 3), ' ', 0.0f) case _ => (100).toByte }))
    println(Obj11.f15())
    println(Obj11.f16(Obj6.f10(), Byte.MaxValue.toChar, (-822.5845336914062f)))
    println(Obj11.g13.toShort)
    var i32 = 0
    while (i32 < 0) {
      print((Float.MinPositiveValue.max((0.1f).abs)).max(((Char.MaxValue match { case ' ' => 100.0f case '~' => 849.3641357421875f case _ => Float.NegativeInfinity })).max((Obj11.g14 match { case true => 3.4028234E38f case false => Float.PositiveInfinity case _ => Float.MaxValue }))))
      println((-189051739876L))
      println((((0.0f).toFloat).toInt match { case 2147483647 => false case 65536 => (Obj6.g7 != (v31 + ' ')) case _ => (if ((v31 != v31)) true else (v31 != "\n")) }))
      i32 += 1
    }
    println(Obj6.g9.toShort)
    for (k33 <- 2 to 6) {
      println(Obj11.f15())
      println((math.min((-981597748022L), Long.MinValue.abs) + (if (Obj11.g12) ((-417)).toChar else Byte.MaxValue.toChar)))
    }
    println(Obj6.g8)
    var i34 = 0
    while (i34 < 2) {
      val v35: Char = Char.MaxValue
      println(v35)
      println((i34 | (if ((!false)) (if (true) v35 else '\n') else "0123456789".charAt(6))))
      i34 += 1
    }
    println(83494199408L)
    println(Obj1.f4(Obj6.f10()))
    println(Obj6.f10())
    var i36 = 0
    while (i36 < 3) {
      println(Obj11.f16(Obj6.f10(), "abc".charAt(2), ((334.59283447265625f % 65535) * ('a').toShort)))
      i36 += 1
    }
    println(f21(("中文".charAt(0) + ('\\' match { case 'a' => "\u20ac" case _ => "a" })), "été ok".substring(5), (!(if (Obj11.g14) true else Obj11.g12))))
    println(Byte.MinValue)
    var i37 = 0
    while (i37 < 3) {
      println((-4))
      i37 += 1
    }
    var v38: Float = ((((-573.0439453125f)).min(464.45635986328125f)).min(((1).toShort).toFloat) * ((if (false) (-1).toShort else Short.MaxValue)).toShort)
    println(v38)
    val arr39 = new Array[Long](4)
    arr39(((if (Obj11.g12) 256 else (v31 match { case "hello" => (-269) case "quote\"q" => 31 case _ => 123456789 })) & 3)) = math.abs((90583273537L).abs)
    for (x40 <- arr39) {
      println(x40)
    }
    println(arr39.length)
    Obj6.g9 = ((Long.MinValue * Obj1.g2)).toDouble
    println(Obj6.g8)
    println(Obj6.g8)
    print((("tab\there" match { case "123" => ((-1).toShort).toFloat case "tab\there" => 2.14748365E9f case _ => (Char.MaxValue * v38) })).toShort)
    println((42).toByte)
    val arr41 = Array[Long]((if ((if (true) false else true)) (if (true) 123456789012345L else (-4294967296L)) else math.max(692305079231L, 0xffffffffL)), (-((-870)).toLong), (-4294967296L), ((-515260002130L)).max((-2147483648L)), (64L).toLong, (if (('\u00e9' match { case '\u0000' => false case '\u20ac' => Obj11.g12 case _ => false })) ((-111469378845L) >>> Int.MinValue) else (0L * (-1).toByte)))
    arr41((Obj11.f15() & 3)) = (if ((Obj11.g12 | true)) math.abs((-4294967296L)) else (-575051260507L))
    for (x42 <- arr41) {
      println(x42)
    }
    println(arr41.length)
    v38 = v38
    println(v38)
    println((((-677.4595336914062f) * Obj11.f15()) - (((-100).toByte % (580781696246L | 1L))).toChar))
    var i43 = 0
    while (i43 < 2) {
      print(240138616950L)
      println(2.5)
      println(('\u00e9' match { case ' ' => (((-129).toShort).toShort).toByte case '0' => (if ((if (true) true else true)) Byte.MinValue else (0).toByte) case '~' => Obj11.f16(v31, '\n', v38) case _ => (-100).toByte }))
      i43 += 1
    }
    println(rec20(12))
  }
}
