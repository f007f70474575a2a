// BigInt's bit operations and modular arithmetic: shifts both ways (a negative number shifted right rounds down),
// &, |, ^, &~, ~, setBit/clearBit/flipBit on negative numbers (two's complement), modPow (a negative exponent through
// the inverse), modInverse, isProbablePrime, and the JDK's exceptions.
object LibraryBigintBits {
  def t(f: => Any): Unit = try println(f) catch { case e: Throwable => println(e) }

  def main(args: Array[String]): Unit = {
    val xs = Array(BigInt(0), BigInt(1), BigInt(-1), BigInt(255), BigInt(-256), BigInt("123456789012345678901234567890"),
      BigInt("-98765432109876543210987654321"), BigInt(2).pow(64), -BigInt(2).pow(64), BigInt(Long.MinValue))
    for (x <- xs) {
      println(x + ": " + (x << 3) + " " + (x << 40) + " " + (x >> 1) + " " + (x >> 33) + " " + (x >> 200) + " " +
        (x << -2) + " " + (~x) + " " + x.setBit(70) + " " + x.clearBit(0) + " " + x.flipBit(5) + " " + x.testBit(64))
      for (y <- xs.take(6))
        println("  " + (x & y) + " " + (x | y) + " " + (x ^ y) + " " + (x &~ y))
    }
    val m = BigInt("1000000007")
    println(BigInt(3).modPow(BigInt(1000000005), m) + " " + BigInt(3).modInverse(m) + " " + BigInt(2).modPow(-1, m))
    println(BigInt("123456789123456789").modPow(BigInt("987654321987654321"), BigInt("1000000000000000000000007")))
    println(BigInt(-7).modPow(3, 10) + " " + BigInt(-7).modInverse(10) + " " + BigInt(5).modPow(0, 1))
    t(BigInt(2).modInverse(4))
    t(BigInt(2).modPow(3, 0))
    t(BigInt(2).modInverse(-3))
    val primes = (1 to 200).filter(i => BigInt(i).isProbablePrime(10))
    println(primes.length + " " + primes.takeRight(5))
    println(BigInt("170141183460469231731687303715884105727").isProbablePrime(50) + " " +
      BigInt("170141183460469231731687303715884105729").isProbablePrime(50) + " " +
      BigInt("3317044064679887385961981").isProbablePrime(20) + " " + BigInt(561).isProbablePrime(5) + " " +
      BigInt(-13).isProbablePrime(5) + " " + BigInt(4).isProbablePrime(0))
  }
}
