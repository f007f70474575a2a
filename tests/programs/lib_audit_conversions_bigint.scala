// Array conversions (toList, toBuffer, toSeq, toVector, toSet, toIndexedSeq) and what they print and compare as
// (not a toSeq printed: 2.11 prints it as a WrappedArray, which scalawasi does not have),
// and BigInt as a factorial/Fibonacci/checksum program uses it: the operators, pow, negative numbers, mixing with
// Int and Long, comparisons, very large values, toString in radixes, sums of BigInt lists.
import scala.collection.mutable.ArrayBuffer

object Main {
  def factorial(n: Int): BigInt = (1 to n).foldLeft(BigInt(1))(_ * _)

  def fib(n: Int): BigInt = {
    var a = BigInt(0)
    var b = BigInt(1)
    for (_ <- 0 until n) { val t = a + b; a = b; b = t }
    a
  }

  def main(args: Array[String]): Unit = {
    val arr = Array(5, 3, 9, 3)
    val l = arr.toList
    val b = arr.toBuffer
    val s = arr.toSeq
    println(l + " " + b + " " + s.length + " " + arr.toVector + " " + arr.toSet + " " + arr.toIndexedSeq)
    b += 7
    b(0) = 50
    println(arr.mkString(",") + " " + b + " " + b.length + " " + l.sum + " " + s.max + " " + s.length)
    println((l == List(5, 3, 9, 3)) + " " + (b == ArrayBuffer(50, 3, 9, 3, 7)) + " " + s.contains(9) + " " + s.indexOf(3))
    println(Array("x", "y").toList.reverse + " " + Array(1.5, 2.5).toBuffer + " " + Array('a', 'b').toList + " " + Array(true).toSeq.head)
    val grid = Array(Array(1, 2), Array(3))
    println(grid.map(_.toList).toList + " " + grid.toList.map(_.sum) + " " + grid.flatten.toList)
    println(List(3, 1).toArray.toList + " " + ArrayBuffer(2, 4).toArray.sum + " " + (1 to 4).toArray.toBuffer)

    println(factorial(25) + " " + factorial(30) / factorial(28) + " " + fib(100))
    val big = BigInt("123456789012345678901234567890")
    val neg = BigInt(-987654321)
    println(big + neg + " " + (big - neg) + " " + big * neg + " " + big / neg + " " + big % neg + " " + (-big) / 7 + " " + (-big) % 7)
    println(BigInt(2).pow(100) + " " + BigInt(-3).pow(5) + " " + BigInt(10).pow(0) + " " + BigInt(7).pow(1))
    println(big.toString + " " + neg.toString(16) + " " + BigInt(255).toString(2) + " " + big.toString.length)
    println((big > neg) + " " + (neg < 0) + " " + (BigInt(5) == 5) + " " + (BigInt(5) >= BigInt(5)) + " " + big.compare(big + 1) + " " + (neg max big) + " " + (neg min 0))
    println(BigInt(1000) + 1 + " " + (BigInt(1000) * 3) + " " + (BigInt(1) - 2L) + " " + (BigInt(17) / 5) + " " + (BigInt(-17) / 5) + " " + (BigInt(-17) % 5))
    println(neg.abs + " " + neg.signum + " " + BigInt(0).signum + " " + (-neg) + " " + big.toLong + " " + BigInt(300).toInt + " " + BigInt(12345).toDouble)
    println(List(BigInt(3), BigInt(-8), factorial(20)).sum + " " + List(BigInt(2), BigInt(3), BigInt(4)).product + " " + List(BigInt(9), BigInt(-1)).max + " " + List(BigInt(9), BigInt(-1)).sorted)
    val huge = BigInt(3).pow(500) - 1
    println(huge.toString.take(20) + "... " + huge.toString.length + " " + huge % 1000000007 + " " + huge.bitLength + " " + (huge * huge / huge == huge))
    var digits = 0
    for (c <- factorial(100).toString) digits += c - '0'
    println(digits + " " + factorial(100).toString.reverse.toList.takeWhile(_ == (48).toChar).length)
    println(BigInt("-0") + " " + BigInt("000123") + " " + BigInt(Long.MaxValue) * 2 + " " + BigInt(Int.MinValue) * -1 + " " + (BigInt(10) pow 20))
    try { BigInt(1) / 0 } catch { case e: ArithmeticException => println("div: " + e.getMessage) }
    try { BigInt("12x") } catch { case e: NumberFormatException => println("parse: " + e.getMessage) }
  }
}
