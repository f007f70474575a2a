// BigInt (scala.math.BigInt, in the prelude): arithmetic, factorials and Fibonacci numbers, negative values,
// comparison, equality and hashes with the primitive numbers, conversions, radix strings, Int widening to BigInt.
object LibraryBigint {
  def factorial(n: Int): BigInt = {
    var acc = BigInt(1)
    var i = 2
    while (i <= n) {
      acc = acc * i
      i += 1
    }
    acc
  }

  def fib(n: Int): BigInt = {
    var a = BigInt(0)
    var b = BigInt(1)
    for (_ <- 0 until n) {
      val t = a + b
      a = b
      b = t
    }
    a
  }

  def main(args: Array[String]): Unit = {
    println(factorial(25))
    println(factorial(100))
    println(fib(100))
    println(fib(300))
    val big = BigInt("123456789012345678901234567890")
    val neg = BigInt("-987654321098765432109876543210")
    println(big + neg)
    println(big - neg)
    println(big * neg)
    println(neg / big)
    println(neg % big)
    println(big / 7)
    println(big % 7)
    println(neg / 7)
    println(neg % 7)
    println(neg mod 7)
    println(BigInt(2).pow(100))
    println(BigInt(-3).pow(41))
    println(big compare neg)
    println(neg < big)
    println(big <= big)
    println(BigInt(Long.MaxValue) + 1)
    println(BigInt(Long.MinValue) - 1)
    println(BigInt(Long.MinValue))
    println(BigInt(Int.MinValue) * BigInt(Int.MinValue))
    println(factorial(30) / factorial(28))
    println(factorial(50) % factorial(20))
    println(factorial(40) / BigInt("815915283247897734345611269596115894272000000000"))
    println(BigInt(10).pow(30) / BigInt(10).pow(15))
    println((BigInt(2).pow(127) - 1) / (BigInt(2).pow(61) - 1))
    println((BigInt(2).pow(127) - 1) % (BigInt(2).pow(61) - 1))
    println(BigInt(0) - big)
    println(-big)
    println(big.abs + " " + neg.abs + " " + neg.signum + " " + BigInt(0).signum)
    println(big == BigInt("123456789012345678901234567890"))
    println(big != neg)
    println(BigInt(42) == 42)
    println(BigInt(42) == 42L)
    println(BigInt(42).hashCode + " " + big.hashCode + " " + neg.hashCode + " " + BigInt(-1).hashCode)
    println(BigInt(Long.MaxValue).hashCode + " " + BigInt(Long.MinValue).hashCode)
    println(big.toLong + " " + big.toInt + " " + neg.toLong)
    println(big.toDouble + " " + BigInt(12345).toDouble)
    println(BigInt("0") + " " + BigInt("-0") + " " + BigInt("+17") + " " + BigInt("000123"))
    println(BigInt("ff", 16) + " " + BigInt("-zz", 36))
    println(big.toString(16) + " " + neg.toString(2))
    println(big.gcd(neg) + " " + BigInt(12).gcd(BigInt(-18)))
    println(big max neg)
    println(big min neg)
    println(big.bitLength + " " + neg.bitLength + " " + BigInt(-128).bitLength + " " + BigInt(255).bitLength)
    println(big.isValidInt + " " + BigInt(7).isValidInt + " " + BigInt(Long.MaxValue).isValidLong)
    var sum = BigInt(0)
    for (i <- 1 to 50) sum = sum + BigInt(i).pow(10)
    println(sum)
    var x: BigInt = 1
    x += 5
    x *= 1000000007
    x -= 3
    println(x)
    println(2 * x + 1)
    println(x > 5)
    println("result: " + x)
    val (q, r) = big /% BigInt(1000)
    println(q + " " + r)
    println(BigInt(1) / BigInt(-1) + " " + BigInt(-7) / BigInt(2) + " " + BigInt(-7) % BigInt(2))
  }
}
