// Covers: a package clause and a harmless import; the program's object lives
// in package scalawasi.tests (run as scalawasi.tests.PackageAndImport on the JVM).
package scalawasi.tests

import scala.math

object Helpers {
  def clamp(x: Int, lo: Int, hi: Int): Int = math.max(lo, math.min(hi, x))
}

object PackageAndImport {
  def main(args: Array[String]): Unit = {
    println(Helpers.clamp(15, 0, 10))
    println(Helpers.clamp(-5, 0, 10))
    println(Helpers.clamp(7, 0, 10))
    println(math.abs(-3))
  }
}
