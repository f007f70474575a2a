object Main {
  def main(args: Array[String]): Unit = {
    val n = try { args(0).length } catch { case 1 => 0 } // expect: error unsupported "catch"
    val m = try { args(0).length } catch { case e: String => 0 } // expect: error type-mismatch "Throwable"
    val k = try { args(0).length } catch { case _: NumberFormatException | _: Error => 1 }
    throw "no" // expect: error type-mismatch "Throwable"
    println(n + m + k)
  }
}
