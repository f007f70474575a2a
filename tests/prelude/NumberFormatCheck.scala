// JVM test harness for compiler/prelude/numbers.scala (full Scala is fine here: it only runs on the JVM).
//
// Reads commands from stdin, one per line, and prints one result line per command:
//   d <hex bits>   NumberFormat.doubleToString(longBitsToDouble(bits))
//   f <hex bits>   NumberFormat.floatToString(intBitsToFloat(bits))
//   i <decimal>    NumberFormat.intToString
//   l <decimal>    NumberFormat.longToString
//   T              the 617 power-of-ten table entries "g1 g0" (hex), for e = -292 .. 324
//   B <n>          benchmark: n conversions of a few common doubles; prints the elapsed ms
object NumberFormatCheck {
  def main(args: Array[String]): Unit = {
    val in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in), 1 << 16)
    val out = new java.io.PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(System.out), 1 << 16))
    var line = in.readLine()
    while (line != null) {
      if (line.length > 0) {
        val cmd = line.charAt(0)
        val arg = if (line.length > 2) line.substring(2).trim else ""
        cmd match {
          case 'd' =>
            out.println(NumberFormat.doubleToString(java.lang.Double.longBitsToDouble(java.lang.Long.parseUnsignedLong(arg, 16))))
          case 'f' =>
            out.println(NumberFormat.floatToString(java.lang.Float.intBitsToFloat(java.lang.Integer.parseUnsignedInt(arg, 16))))
          case 'i' => out.println(NumberFormat.intToString(java.lang.Integer.parseInt(arg)))
          case 'l' => out.println(NumberFormat.longToString(java.lang.Long.parseLong(arg)))
          case 'T' =>
            // Entries are computed on demand by the private nfPow10Index(e): call it for every e.
            val cls = NumberFormat.getClass
            val index = cls.getDeclaredMethods.find(_.getName.endsWith("nfPow10Index")).get
            index.setAccessible(true)
            val f = cls.getDeclaredFields.find(_.getName.endsWith("nfPow10Table")).get
            f.setAccessible(true)
            val t = f.get(NumberFormat).asInstanceOf[Array[Long]]
            var e = -292
            while (e <= 324) {
              index.invoke(NumberFormat, Integer.valueOf(e))
              out.println(java.lang.Long.toHexString(t(2 * (e + 292))) + " " + java.lang.Long.toHexString(t(2 * (e + 292) + 1)))
              e += 1
            }
          case 'B' =>
            val n = arg.toInt
            val vals = Array(2.5, 0.1, 3.25, 1e10, 123.456, 1.0 / 3, 6.02214076e23, 100.0)
            var sink = 0
            var rep = 0
            var t0 = 0L
            while (rep < 2) { // first round: warm-up
              t0 = System.nanoTime()
              var i = 0
              while (i < n) { sink += NumberFormat.doubleToString(vals(i & 7)).length; i += 1 }
              rep += 1
            }
            out.println(((System.nanoTime() - t0) / 1000000L).toString + " ms " + sink)
          case _ => out.println("?")
        }
      }
      line = in.readLine()
    }
    out.flush()
  }
}
