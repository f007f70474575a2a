// Case classes: generated apply, toString (nested, strings unquoted), hashCode (MurmurHash3 as Scala 2.11's
// ScalaRunTime._hashCode), structural ==, copy with named and default arguments, productArity/productPrefix.
object Main {
  case class P(x: Int, y: Int)
  case class S(name: String, c: Char, b: Boolean)
  case class L(l: Long, d: Double, f: Float)
  case class N(p: P, s: S)
  case class E()
  case class By(b: Byte, s: Short)
  case class D(a: Int = 7, b: String = "dflt")
  case class Shown(v: Int) {
    override def toString: String = "Shown<" + v + ">"
    def twice: Int = v * 2
  }

  def main(args: Array[String]): Unit = {
    println(P(1, 2))
    println(P(1, 2).hashCode)
    println(P(-7, 1000000).hashCode)
    println(S("ab", 'c', true))
    println(S("ab", 'c', true).hashCode)
    println(S(null, 'x', false).hashCode)
    println(L(1L, 2.5, 1.5f))
    println(L(1L, 2.5, 1.5f).hashCode)
    println(L(1L << 40, 3.0, 2.0f).hashCode)
    println(L(-1L, -0.0, Float.NaN).hashCode)
    println(L(5000000000L, 1e300, 1e10f).hashCode)
    println(L(Long.MinValue, Double.NaN, -1.5f).hashCode)
    println(N(P(1, 2), S("x", 'y', false)))
    println(N(P(1, 2), S("x", 'y', false)).hashCode)
    println(N(null, null))
    println(N(null, null).hashCode)
    println(E())
    println(E().hashCode)
    println(By(3, -4).hashCode)
    println("text " + P(3, 4) + " end")
    val p = P(1, 2)
    val q = new P(1, 2)
    println(p == q)
    println(p != q)
    println(p eq q)
    println(p.equals(q))
    println(p == P(2, 1))
    println(N(P(1, 2), null) == N(P(1, 2), null))
    println(N(P(1, 2), null) == N(P(1, 3), null))
    val none: P = null
    println(none == p)
    println(p == none)
    println(none == null)
    println(p.copy(y = 5))
    println(p.copy(x = 9))
    println(p.copy())
    println(p.copy(y = p.x + 10, x = -1))
    println(D())
    println(D(b = "given"))
    println(D(1).copy(b = "c"))
    println(p.productArity + " " + E().productArity)
    println(p.productPrefix + " " + N(p, null).productPrefix)
    println(p.x + p.y)
    println(Shown(4))
    println(Shown(4).twice)
    println(Shown(4) == Shown(4))
    var hashes = 0
    for (i <- 0 until 100) hashes = hashes ^ P(i, i * i).hashCode
    println(hashes)
  }
}
