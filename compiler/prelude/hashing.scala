// Hashing as Scala 2.11 computes it for case classes: scala.runtime.Statics (MurmurHash3's mixing steps, the
// `##` of numbers) and the JVM's String.hashCode, written in the subset and linked only when a program hashes.
object Statics {
  def mix(hash: Int, data: Int): Int = {
    val h = mixLast(hash, data)
    ((h << 13) | (h >>> 19)) * 5 + 0xe6546b64
  }

  def mixLast(hash: Int, data: Int): Int = {
    var k = data * 0xcc9e2d51
    k = (k << 15) | (k >>> 17)
    hash ^ (k * 0x1b873593)
  }

  def finalizeHash(hash: Int, length: Int): Int = avalanche(hash ^ length)

  // `##` of a value held as Any: what the prelude's own case classes (Some) mix for a field of a type parameter
  def anyHash(x: Any): Int = Anys.scalaHash(x)

  def avalanche(hash: Int): Int = {
    var h = hash
    h ^= h >>> 16
    h *= 0x85ebca6b
    h ^= h >>> 13
    h *= 0xc2b2ae35
    h ^ (h >>> 16)
  }

  // `l.##`: the Int hash when the value fits an Int, else java.lang.Long.hashCode.
  def longHash(l: Long): Int = {
    val i = l.toInt
    if (i.toLong == l) i else (l ^ (l >>> 32)).toInt
  }

  // `d.##`: numbers that are equal hash alike, so 1.0 hashes as 1 and 2^40.0 as the Long.
  def doubleHash(d: Double): Int = {
    val i = d.toInt
    if (i.toDouble == d) i
    else {
      val l = d.toLong
      if (l.toDouble == d) longHash(l)
      else {
        val f = d.toFloat
        if (f.toDouble == d) java.lang.Float.floatToIntBits(f)
        else {
          val bits = java.lang.Double.doubleToLongBits(d)
          (bits ^ (bits >>> 32)).toInt
        }
      }
    }
  }

  def floatHash(f: Float): Int = {
    val i = f.toInt
    if (i.toFloat == f) i
    else {
      val l = f.toLong
      if (l.toFloat == f) longHash(l) else java.lang.Float.floatToIntBits(f)
    }
  }

  // java.lang.String.hashCode; null hashes to 0 as `##` does.
  def stringHash(s: String): Int = {
    if (s == null) 0
    else {
      var h = 0
      var i = 0
      val n = s.length
      while (i < n) {
        h = 31 * h + Strings.unsafeCharAt(s, i).toInt
        i += 1
      }
      h
    }
  }
}
