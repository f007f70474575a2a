package app

import utils.MathUtil._
import utils.MathUtil.{cube => third, gcd => _}
import utils.Counter.bump

object Main {
  def gcd(a: Int, b: Int): Int = -1 // the imported gcd is hidden; this one is the object's own

  def main(args: Array[String]): Unit = {
    println(square(base))
    println(third(3))
    println(gcd(12, 18))
    println(utils.MathUtil.gcd(12, 18))
    bump()
    bump()
    println(bump())
    println("calls " + calls)
    calls = 100
    println(utils.MathUtil.calls)
  }
}
