// The orders Scala 2.11's hash collections iterate in, over keys held as Any (`==` and `##` are Scala's): the
// immutable maps and sets (Map1..Map4 / Set1..Set4 in insertion order, then HashMap / HashSet hash tries ordered
// by the improved hash's 5-bit groups, lowest first), mutable.HashMap (HashTable: chained buckets, iterated from
// the last bucket down, newest first in a bucket) and mutable.HashSet (FlatHashTable: open addressing).
object HashOrders {
  // immutable.HashMap.improve / HashSet.improve
  def improve(hcode: Int): Int = {
    var h: Int = hcode + ~(hcode << 9)
    h = h ^ (h >>> 14)
    h = h + (h << 4)
    h ^ (h >>> 10)
  }

  def reverseBytes(i: Int): Int =
    (i << 24) | ((i & 0xff00) << 8) | ((i >>> 8) & 0xff00) | (i >>> 24)

  // scala.util.hashing.byteswap32
  def byteswap32(v: Int): Int = {
    var hc = v * 0x9e3775cd
    hc = reverseBytes(hc)
    hc * 0x9e3775cd
  }

  // Integer.bitCount (its constant-time form: every lookup of a mutable table counts its mask's bits).
  def bitCount(x: Int): Int = {
    var i = x - ((x >>> 1) & 0x55555555)
    i = (i & 0x33333333) + ((i >>> 2) & 0x33333333)
    i = (i + (i >>> 4)) & 0x0f0f0f0f
    i = i + (i >>> 8)
    i = i + (i >>> 16)
    i & 0x3f
  }

  // HashTable / FlatHashTable improve with their seed.
  def improveSeeded(hcode: Int, seed: Int): Int = {
    val i = byteswap32(hcode)
    val rotation = seed % 32
    (i >>> rotation) | (i << (32 - rotation))
  }

  def tableIndex(hcode: Int, seed: Int, length: Int): Int = {
    val ones = length - 1
    (improveSeeded(hcode, seed) >>> (32 - bitCount(ones))) & ones
  }
}

// An immutable map or set (values null) as 2.11 keeps it: up to four entries in insertion order (Map1..Map4,
// Set1..Set4) until it first grows past four; from then on a hash trie (HashMap / HashSet: 32-way nodes indexed by
// the improved hash's 5-bit groups, lowest first), iterated in trie order. Keys whose hashes collide share a
// bucket: a map's in insertion order (ListMap), a set's newest first (ListSet).
abstract class HashNode {
  def size: Int
  def get(key: Any, hash: Int, level: Int): Any  // HashStores.Missing when absent
  def updated(key: Any, hash: Int, level: Int, value: Any, isSet: Boolean): HashNode
  def removed(key: Any, hash: Int, level: Int): HashNode  // null when nothing is left
  def collect(keys: Array[Any], values: Array[Any], at: Int): Int
}

final class HashLeaf(val hash: Int, val key: Any, val value: Any) extends HashNode {
  def size: Int = 1

  def get(k: Any, h: Int, level: Int): Any = if (h == hash && k == key) value else HashStores.Missing

  def updated(k: Any, h: Int, level: Int, v: Any, isSet: Boolean): HashNode = {
    if (h == hash && k == key) return if (isSet) this else new HashLeaf(h, k, v)
    if (h != hash) return HashStores.pair(hash, this, h, new HashLeaf(h, k, v), level)
    val keys = new Array[Any](2)
    val values = new Array[Any](2)
    if (isSet) { keys(0) = k; values(0) = v; keys(1) = key; values(1) = value }
    else { keys(0) = key; values(0) = value; keys(1) = k; values(1) = v }
    new HashBucket(hash, keys, values)
  }

  def removed(k: Any, h: Int, level: Int): HashNode = if (h == hash && k == key) null else this

  def collect(keys: Array[Any], values: Array[Any], at: Int): Int = {
    keys(at) = key
    values(at) = value
    at + 1
  }
}

// Keys whose whole hashes are equal, in iteration order.
final class HashBucket(val hash: Int, val keys: Array[Any], val values: Array[Any]) extends HashNode {
  def size: Int = keys.length

  def indexOf(k: Any): Int = {
    var i = 0
    while (i < keys.length) {
      if (keys(i) == k) return i
      i += 1
    }
    -1
  }

  def get(k: Any, h: Int, level: Int): Any = {
    if (h != hash) return HashStores.Missing
    val i = indexOf(k)
    if (i < 0) HashStores.Missing else values(i)
  }

  def updated(k: Any, h: Int, level: Int, v: Any, isSet: Boolean): HashNode = {
    if (h != hash) return HashStores.pair(hash, this, h, new HashLeaf(h, k, v), level)
    val i = indexOf(k)
    val n = keys.length
    if (i >= 0) {
      if (isSet) return this
      val vs = HashStores.copyOf(values, n)
      vs(i) = v
      return new HashBucket(hash, keys, vs)
    }
    val ks = new Array[Any](n + 1)
    val vs = new Array[Any](n + 1)
    val shift = if (isSet) 1 else 0  // a set's newest key comes first, a map's last
    var j = 0
    while (j < n) {
      ks(j + shift) = keys(j)
      vs(j + shift) = values(j)
      j += 1
    }
    val at = if (isSet) 0 else n
    ks(at) = k
    vs(at) = v
    new HashBucket(hash, ks, vs)
  }

  def removed(k: Any, h: Int, level: Int): HashNode = {
    if (h != hash) return this
    val i = indexOf(k)
    if (i < 0) return this
    val n = keys.length - 1
    if (n == 1) return new HashLeaf(hash, keys(1 - i), values(1 - i))
    val ks = new Array[Any](n)
    val vs = new Array[Any](n)
    var j = 0
    while (j < n) {
      val from = if (j < i) j else j + 1
      ks(j) = keys(from)
      vs(j) = values(from)
      j += 1
    }
    new HashBucket(hash, ks, vs)
  }

  def collect(ks: Array[Any], vs: Array[Any], at: Int): Int = {
    var j = 0
    while (j < keys.length) {
      ks(at + j) = keys(j)
      vs(at + j) = values(j)
      j += 1
    }
    at + keys.length
  }
}

// A trie node: a bit per occupied 5-bit index, its children in index order.
final class HashTrie(val bitmap: Int, val elems: Array[HashNode], val size: Int) extends HashNode {
  def get(k: Any, h: Int, level: Int): Any = {
    val mask = 1 << ((h >>> level) & 0x1f)
    if ((bitmap & mask) == 0) return HashStores.Missing
    elems(HashOrders.bitCount(bitmap & (mask - 1))).get(k, h, level + 5)
  }

  def updated(k: Any, h: Int, level: Int, v: Any, isSet: Boolean): HashNode = {
    val mask = 1 << ((h >>> level) & 0x1f)
    val offset = HashOrders.bitCount(bitmap & (mask - 1))
    if ((bitmap & mask) != 0) {
      val sub = elems(offset)
      val subNew = sub.updated(k, h, level + 5, v, isSet)
      if (subNew eq sub) return this
      val es = copyElems(elems.length)
      es(offset) = subNew
      return new HashTrie(bitmap, es, size + subNew.size - sub.size)
    }
    val n = elems.length
    val es = new Array[HashNode](n + 1)
    var j = 0
    while (j < n + 1) {
      es(j) = if (j < offset) elems(j) else if (j == offset) new HashLeaf(h, k, v) else elems(j - 1)
      j += 1
    }
    new HashTrie(bitmap | mask, es, size + 1)
  }

  def removed(k: Any, h: Int, level: Int): HashNode = {
    val mask = 1 << ((h >>> level) & 0x1f)
    if ((bitmap & mask) == 0) return this
    val offset = HashOrders.bitCount(bitmap & (mask - 1))
    val sub = elems(offset)
    val subNew = sub.removed(k, h, level + 5)
    if (subNew eq sub) return this
    if (subNew == null) {
      val bitmapNew = bitmap ^ mask
      if (bitmapNew == 0) return null
      val n = elems.length - 1
      val es = new Array[HashNode](n)
      var j = 0
      while (j < n) {
        es(j) = if (j < offset) elems(j) else elems(j + 1)
        j += 1
      }
      if (n == 1 && !es(0).isInstanceOf[HashTrie]) return es(0)
      return new HashTrie(bitmapNew, es, size - 1)
    }
    if (elems.length == 1 && !subNew.isInstanceOf[HashTrie]) return subNew
    val es = copyElems(elems.length)
    es(offset) = subNew
    new HashTrie(bitmap, es, size - 1)
  }

  def copyElems(n: Int): Array[HashNode] = {
    val es = new Array[HashNode](n)
    var j = 0
    while (j < n) {
      es(j) = elems(j)
      j += 1
    }
    es
  }

  def collect(keys: Array[Any], values: Array[Any], at: Int): Int = {
    var next = at
    var j = 0
    while (j < elems.length) {
      next = elems(j).collect(keys, values, next)
      j += 1
    }
    next
  }
}

// A value of an immutable Map or Set: `small` entries in insertion order (at most four), else the trie `root`.
final class HashStore(val small: Array[Any], val smallValues: Array[Any], val root: HashNode, val isSet: Boolean) {
  private var orderedKeys: Array[Any] = null
  private var orderedValues: Array[Any] = null

  def size: Int = if (root != null) root.size else small.length

  def smallIndex(key: Any): Int = {
    var i = 0
    while (i < small.length) {
      if (small(i) == key) return i
      i += 1
    }
    -1
  }

  // The value, or HashStores.Missing.
  def get(key: Any): Any = {
    if (root != null) return root.get(key, HashOrders.improve(key.##), 0)
    val i = smallIndex(key)
    if (i < 0) HashStores.Missing else smallValues(i)
  }

  def contains(key: Any): Boolean = !(get(key).asInstanceOf[AnyRef] eq HashStores.Missing.asInstanceOf[AnyRef])

  def updated(key: Any, value: Any): HashStore = {
    if (root != null) {
      val r = root.updated(key, HashOrders.improve(key.##), 0, value, isSet)
      return if (r eq root) this else new HashStore(null, null, r, isSet)
    }
    val i = smallIndex(key)
    if (i >= 0) {
      if (isSet) return this
      val vs = HashStores.copyOf(smallValues, small.length)
      vs(i) = value
      return new HashStore(small, vs, null, isSet)
    }
    if (small.length < 4) {
      val ks = HashStores.copyOf(small, small.length + 1)
      val vs = HashStores.copyOf(smallValues, small.length + 1)
      ks(small.length) = key
      vs(small.length) = value
      return new HashStore(ks, vs, null, isSet)
    }
    // Map4 + a fifth key: `HashMap.empty + (k1 -> v1, ..., k4 -> v4)`, then the new one.
    var r: HashNode = null
    var j = 0
    while (j <= 4) {
      val k = if (j < 4) small(j) else key
      val v = if (j < 4) smallValues(j) else value
      val h = HashOrders.improve(k.##)
      r = if (r == null) new HashLeaf(h, k, v) else r.updated(k, h, 0, v, isSet)
      j += 1
    }
    new HashStore(null, null, r, isSet)
  }

  def removed(key: Any): HashStore = {
    if (root != null) {
      val r = root.removed(key, HashOrders.improve(key.##), 0)
      if (r eq root) return this
      return if (r == null) (if (isSet) HashStores.EmptySet else HashStores.EmptyMap) else new HashStore(null, null, r, isSet)
    }
    val i = smallIndex(key)
    if (i < 0) return this
    val n = small.length - 1
    val ks = new Array[Any](n)
    val vs = new Array[Any](n)
    var j = 0
    while (j < n) {
      val from = if (j < i) j else j + 1
      ks(j) = small(from)
      vs(j) = smallValues(from)
      j += 1
    }
    new HashStore(ks, vs, null, isSet)
  }

  def order(): Unit = {
    if (orderedKeys != null) return
    if (root == null) {
      orderedKeys = small
      orderedValues = smallValues
    } else {
      val ks = new Array[Any](root.size)
      val vs = new Array[Any](root.size)
      root.collect(ks, vs, 0)
      orderedKeys = ks
      orderedValues = vs
    }
  }

  // The keys and the values in iteration order.
  def keys: Array[Any] = {
    order()
    orderedKeys
  }

  def values: Array[Any] = {
    order()
    orderedValues
  }
}

final class Absent

object HashStores {
  val Missing: Any = new Absent
  val EmptyMap: HashStore = new HashStore(new Array[Any](0), new Array[Any](0), null, false)
  val EmptySet: HashStore = new HashStore(new Array[Any](0), new Array[Any](0), null, true)

  // Two nodes of different hashes under one trie node, nested while their 5-bit groups agree (makeHashTrieMap).
  def pair(hash0: Int, node0: HashNode, hash1: Int, node1: HashNode, level: Int): HashNode = {
    val index0 = (hash0 >>> level) & 0x1f
    val index1 = (hash1 >>> level) & 0x1f
    if (index0 != index1) {
      val es = new Array[HashNode](2)
      if (index0 < index1) {
        es(0) = node0
        es(1) = node1
      } else {
        es(0) = node1
        es(1) = node0
      }
      new HashTrie((1 << index0) | (1 << index1), es, node0.size + node1.size)
    } else {
      val es = new Array[HashNode](1)
      es(0) = pair(hash0, node0, hash1, node1, level + 5)
      new HashTrie(1 << index0, es, node0.size + node1.size)
    }
  }

  def copyOf(a: Array[Any], n: Int): Array[Any] = {
    val b = new Array[Any](n)
    var i = 0
    while (i < n && i < a.length) {
      b(i) = a(i)
      i += 1
    }
    b
  }
}

// mutable.HashMap as 2.11's HashTable keeps it: 16 buckets to start, load factor 0.75, a new entry first in its
// bucket, a doubling table rehashed from the last bucket down; iterated from the last bucket to the first.
class ChainedTable {
  var table: Array[Int] = new Array[Int](16)  // each bucket's first entry + 1 (0: empty)
  var next: Array[Int] = new Array[Int](16)   // per entry, the next entry in its bucket + 1
  var keys: Array[Any] = new Array[Any](16)
  var values: Array[Any] = new Array[Any](16)
  var hashes: Array[Int] = new Array[Int](16)
  var used = 0       // entries made (removed ones leave holes)
  var tableSize = 0
  var threshold = 12
  val seed = 4       // bitCount(16 - 1), fixed when the table is made

  def size: Int = tableSize

  def find(key: Any): Int = {
    val h = key.##
    var e = table(HashOrders.tableIndex(h, seed, table.length)) - 1
    while (e >= 0) {
      if (hashes(e) == h && keys(e) == key) return e
      e = next(e) - 1
    }
    -1
  }

  // find for a map whose keys are all Ints (an Int's ## is itself): no box made for the lookup.
  def findInt(key: Int): Int = {
    var e = table(HashOrders.tableIndex(key, seed, table.length)) - 1
    while (e >= 0) {
      if (hashes(e) == key && keys(e).asInstanceOf[Int] == key) return e
      e = next(e) - 1
    }
    -1
  }

  def putInt(key: Int, value: Any): Unit = {
    val e = findInt(key)
    if (e >= 0) values(e) = value else put(key, value)
  }

  def put(key: Any, value: Any): Unit = {
    val e = find(key)
    if (e >= 0) {
      values(e) = value
      return
    }
    if (used == keys.length) growEntries()
    val n = used
    used += 1
    keys(n) = key
    values(n) = value
    hashes(n) = key.##
    val b = HashOrders.tableIndex(hashes(n), seed, table.length)
    next(n) = table(b)
    table(b) = n + 1
    tableSize += 1
    if (tableSize > threshold) resize(2 * table.length)
  }

  def remove(key: Any): Boolean = {
    val h = key.##
    val b = HashOrders.tableIndex(h, seed, table.length)
    var prev = -1
    var e = table(b) - 1
    while (e >= 0) {
      if (hashes(e) == h && keys(e) == key) {
        if (prev < 0) table(b) = next(e) else next(prev) = next(e)
        keys(e) = null
        values(e) = null
        tableSize -= 1
        return true
      }
      prev = e
      e = next(e) - 1
    }
    false
  }

  def growEntries(): Unit = {
    val n = 2 * keys.length
    val nk = new Array[Any](n)
    val nv = new Array[Any](n)
    val nh = new Array[Int](n)
    val nn = new Array[Int](n)
    var i = 0
    while (i < used) {
      nk(i) = keys(i)
      nv(i) = values(i)
      nh(i) = hashes(i)
      nn(i) = next(i)
      i += 1
    }
    keys = nk
    values = nv
    hashes = nh
    next = nn
  }

  def resize(newSize: Int): Unit = {
    val old = table
    table = new Array[Int](newSize)
    var i = old.length - 1
    while (i >= 0) {
      var e = old(i) - 1
      while (e >= 0) {
        val b = HashOrders.tableIndex(hashes(e), seed, newSize)
        val following = next(e) - 1
        next(e) = table(b)
        table(b) = e + 1
        e = following
      }
      i -= 1
    }
    threshold = (newSize.toLong * 750 / 1000).toInt
  }

  // The entries in iteration order.
  def order(): Array[Int] = {
    val out = new Array[Int](tableSize)
    var k = 0
    var b = table.length - 1
    while (b >= 0) {
      var e = table(b) - 1
      while (e >= 0) {
        out(k) = e
        k += 1
        e = next(e) - 1
      }
      b -= 1
    }
    out
  }
}

// mutable.HashSet as 2.11's FlatHashTable keeps it: open addressing from 32 slots, load factor 0.45, linear probing,
// the seed taken again at each doubling; removal shifts the probe run back; iterated from the first slot.
class FlatTable {
  var table: Array[Any] = new Array[Any](32)
  var tableSize = 0
  var threshold = 14
  var seed = 5

  def size: Int = tableSize

  def index(x: Any): Int = HashOrders.tableIndex(x.hashCode, seed, table.length)

  def contains(x: Any): Boolean = {
    var h = index(x)
    while (table(h) != null) {
      if (table(h) == x) return true
      h = (h + 1) % table.length
    }
    false
  }

  def add(x: Any): Boolean = {
    var h = index(x)
    while (table(h) != null) {
      if (table(h) == x) return false
      h = (h + 1) % table.length
    }
    table(h) = x
    tableSize += 1
    if (tableSize >= threshold) grow()
    true
  }

  def grow(): Unit = {
    val old = table
    table = new Array[Any](old.length * 2)
    tableSize = 0
    seed = HashOrders.bitCount(table.length - 1)
    threshold = (table.length.toLong * 450 / 1000).toInt
    var i = 0
    while (i < old.length) {
      if (old(i) != null) add(old(i))
      i += 1
    }
  }

  def precedes(i: Int, j: Int): Boolean = {
    val d = table.length >> 1
    if (i <= j) j - i < d else i - j > d
  }

  def remove(x: Any): Boolean = {
    var h = index(x)
    while (table(h) != null) {
      if (table(h) == x) {
        var h0 = h
        var h1 = (h0 + 1) % table.length
        while (table(h1) != null) {
          val h2 = index(table(h1))
          if (h2 != h1 && precedes(h2, h0)) {
            table(h0) = table(h1)
            h0 = h1
          }
          h1 = (h1 + 1) % table.length
        }
        table(h0) = null
        tableSize -= 1
        return true
      }
      h = (h + 1) % table.length
    }
    false
  }
}
