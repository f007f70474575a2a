// BigInt division and multiplication on 400 pseudo-random pairs of numbers of 1 to 40 limbs, hex digits biased to
// runs of f and 0 (where Knuth's quotient estimate needs its corrections), both signs: each line checks
// q * b + r == a and prints the quotient, the remainder and the product modulo a prime.
object LibraryBigintRandom {
  var seed = 42L
  def next(): Int = {
    seed = seed * 6364136223846793005L + 1442695040888963407L
    (seed >>> 33).toInt
  }

  def number(): BigInt = {
    val digits = 1 + next() % 80
    val sb = new StringBuilder
    if (next() % 2 == 0) sb.append('-')
    var i = 0
    while (i < digits) {
      val r = next() % 10
      sb.append(if (r < 3) 'f' else if (r < 5) '0' else "0123456789abcdef".charAt(next() % 16))
      i += 1
    }
    BigInt(sb.toString, 16)
  }

  def main(args: Array[String]): Unit = {
    val prime = BigInt("1000000000000000003")
    var i = 0
    var ok = 0
    while (i < 400) {
      val a = number()
      var b = number()
      if (b == BigInt(0)) b = BigInt(7)
      val q = a / b
      val r = a % b
      if (q * b + r == a && r.abs < b.abs) ok += 1
      println(q.toString(16) + " " + r + " " + (a * b).mod(prime) + " " + (a + b).hashCode + " " + (a - b).bitLength)
      i += 1
    }
    println(ok)
  }
}
