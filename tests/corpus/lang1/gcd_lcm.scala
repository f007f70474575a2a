// Source: Rosetta Code, https://rosettacode.org/wiki/Greatest_common_divisor#Scala and
// https://rosettacode.org/wiki/Least_common_multiple#Scala. Adapted: overloaded Int and Long versions, the Long
// ones used on values that overflow an Int.
object GcdLcm {
  def gcd(a: Int, b: Int): Int = if (b == 0) a.abs else gcd(b, a % b)
  def gcd(a: Long, b: Long): Long = if (b == 0) math.abs(a) else gcd(b, a % b)
  def lcm(a: Int, b: Int): Int = (a / gcd(a, b) * b).abs
  def lcm(a: Long, b: Long): Long = math.abs(a / gcd(a, b) * b)

  def main(args: Array[String]): Unit = {
    println(gcd(40902, 24140) + " " + gcd(-12, 18) + " " + gcd(0, 5))
    println(lcm(12, 18) + " " + lcm(-6, 14))
    println(gcd(1234567890123L, 9876543210L) + " " + lcm(123456789L, 987654321L))
  }
}
