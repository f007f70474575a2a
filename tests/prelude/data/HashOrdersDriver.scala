// Drives the prelude's hash stores (compiler/prelude/hashtables.scala, compiled here as ordinary code) through
// insertions, updates and removals of Int, String, Long, Double and tuple keys, 1 to 10,000 of them, printing each
// resulting iteration order; HashOrdersDriver.out holds what Scala 2.11's own collections print for the same
// operations (immutable Map and Set, mutable.HashMap and mutable.HashSet; see HashOrdersJvm.scala).
object HashOrdersDriver {
  var seed = 7L
  def rnd(n: Int): Int = {
    seed = seed * 6364136223846793005L + 1442695040888963407L
    ((seed >>> 33) % n).toInt
  }

  def key(kind: Int, i: Int): Any =
    if (kind == 0) rnd(1000000) - 500000
    else if (kind == 1) "k" + rnd(100000)
    else if (kind == 2) i * 37
    else if (kind == 3) (rnd(1000).toLong << 33) + i
    else if (kind == 4) rnd(100) * 0.5
    else (rnd(50), "x" + rnd(50))

  def show(keys: Array[Any], n: Int): String = {
    val sb = new StringBuilder
    var i = 0
    while (i < n) {
      if (i > 0) sb.append(",")
      sb.append("" + keys(i))
      i += 1
    }
    sb.toString
  }

  // The first 12 and the last 3 of an order, and a hash of all of it.
  def summary(keys: Array[Any], n: Int): String = {
    var h = 17
    var i = 0
    while (i < n) {
      h = h * 31 + keys(i).##
      i += 1
    }
    val head = if (n <= 15) show(keys, n) else {
      val first = new Array[Any](12)
      var j = 0
      while (j < 12) { first(j) = keys(j); j += 1 }
      val last = new Array[Any](3)
      j = 0
      while (j < 3) { last(j) = keys(n - 3 + j); j += 1 }
      show(first, 12) + " ... " + show(last, 3)
    }
    n + " [" + head + "] " + h
  }

  def main(args: Array[String]): Unit = {
    val sizes = Array(0, 1, 2, 3, 4, 5, 6, 17, 100, 1000, 10000)
    var kind = 0
    while (kind <= 5) {
      var s = 0
      while (s < sizes.length) {
        val n = sizes(s)
        val ks = new Array[Any](n)
        var i = 0
        while (i < n) { ks(i) = key(kind, i); i += 1 }
        var map = HashStores.EmptyMap
        var set = HashStores.EmptySet
        val table = new ChainedTable
        val flat = new FlatTable
        i = 0
        while (i < n) {
          map = map.updated(ks(i), i)
          set = set.updated(ks(i), null)
          table.put(ks(i), i)
          flat.add(ks(i))
          if (i % 7 == 3) {
            val r = ks(rnd(i + 1))
            map = map.removed(r)
            set = set.removed(r)
          }
          if (i % 5 == 2) {
            val r = ks(rnd(i + 1))
            table.remove(r)
            flat.remove(r)
          }
          i += 1
        }
        println("kind " + kind + " n " + n)
        println("  Map " + summary(map.keys, map.size))
        println("  Set " + summary(set.keys, set.size))
        val order = table.order()
        val tableKeys = new Array[Any](order.length)
        i = 0
        while (i < order.length) { tableKeys(i) = table.keys(order(i)); i += 1 }
        println("  mutable.HashMap " + summary(tableKeys, tableKeys.length))
        val flatKeys = new Array[Any](flat.size)
        var k = 0
        i = 0
        while (i < flat.table.length) {
          if (flat.table(i) != null) { flatKeys(k) = flat.table(i); k += 1 }
          i += 1
        }
        println("  mutable.HashSet " + summary(flatKeys, k))
        s += 1
      }
      kind += 1
    }
  }
}
