// Scala 2.11's Map and Set, immutable (over HashStore: Map1..Map4, then the hash trie) and mutable (HashMap over
// ChainedTable, HashSet over FlatTable), iterating in the JVM's orders (hashtables.scala). Keys and values are held
// erased (Any); the methods that take functions work on `pairs` / `elems`, copies at the caller's types
// (library.py), so these classes keep the storage, the lookups and the updates.
object MapText {
  def render(start: String, keys: Array[Any], values: Array[Any], n: Int, isMap: Boolean): String = {
    val sb = new StringBuilder
    sb.append(start)
    var i = 0
    while (i < n) {
      if (i > 0) sb.append(", ")
      sb.append(keys(i))
      if (isMap) {
        sb.append(" -> ")
        sb.append(values(i))
      }
      i += 1
    }
    sb.append(")")
    sb.toString
  }

  def keyNotFound(key: Any): Nothing = throw new NoSuchElementException("key not found: " + key)

  // MurmurHash3.mapHash / setHash: unordered, over the entries' (or elements') hashes.
  def unorderedHash(hashes: Array[Int], n: Int, seed: Int): Int = {
    var a = 0
    var b = 0
    var c = 1
    var i = 0
    while (i < n) {
      val h = hashes(i)
      a += h
      b ^= h
      if (h != 0) c *= h
      i += 1
    }
    var h = seed
    h = Statics.mix(h, a)
    h = Statics.mix(h, b)
    h = Statics.mixLast(h, c)
    Statics.finalizeHash(h, n)
  }
}

// immutable.Map
final class ImmutableMap[K, V](val store: HashStore) {
  // What `apply` gives for a missing key when the map is `withDefault(f)` / `withDefaultValue(v)` (null: none);
  // updated, + and - keep it, as 2.11's Map.WithDefault does; the other methods build plain maps.
  var default: K => V = null

  def size: Int = store.size
  def isEmpty: Boolean = store.size == 0
  def nonEmpty: Boolean = store.size != 0

  def contains(key: K): Boolean = store.contains(key)
  def isDefinedAt(key: K): Boolean = store.contains(key)

  def apply(key: K): V = {
    val v = store.get(key)
    if (v.asInstanceOf[AnyRef] eq HashStores.Missing.asInstanceOf[AnyRef]) {
      if (default != null) return default(key)
      MapText.keyNotFound(key)
    }
    v.asInstanceOf[V]
  }

  def withDefault(f: K => V): ImmutableMap[K, V] = {
    val m = new ImmutableMap[K, V](store)
    m.default = f
    m
  }
  def withDefaultValue(v: V): ImmutableMap[K, V] = withDefault((k: K) => v)
  private def keepDefault(m: ImmutableMap[K, V]): ImmutableMap[K, V] = {
    m.default = default
    m
  }
  // (this map, new, with the default of the one it was filtered from)
  def keepDefaultOf(from: ImmutableMap[K, V]): ImmutableMap[K, V] = {
    default = from.default
    this
  }

  def getOrElse(key: K, default: => V): V = {
    val v = store.get(key)
    if (v.asInstanceOf[AnyRef] eq HashStores.Missing.asInstanceOf[AnyRef]) default else v.asInstanceOf[V]
  }

  // (`m.getOrElse(k, d)` is typed as these two and an `if`, without a closure)
  def lookup(key: K): Any = store.get(key)
  def found(v: Any): Boolean = !(v.asInstanceOf[AnyRef] eq HashStores.Missing.asInstanceOf[AnyRef])
  def valueOf(v: Any): V = v.asInstanceOf[V]

  def updated(key: K, value: V): ImmutableMap[K, V] = keepDefault(new ImmutableMap[K, V](store.updated(key, value)))
  def +(kv: (K, V)): ImmutableMap[K, V] = keepDefault(new ImmutableMap[K, V](store.updated(kv._1, kv._2)))
  def -(key: K): ImmutableMap[K, V] = keepDefault(new ImmutableMap[K, V](store.removed(key)))

  def plusAll(that: ImmutableMap[K, V]): ImmutableMap[K, V] = {
    var s = store
    val ks = that.store.keys
    val vs = that.store.values
    var i = 0
    while (i < ks.length) {
      s = s.updated(ks(i), vs(i))
      i += 1
    }
    new ImmutableMap[K, V](s)
  }

  def keysArray: Array[K] = HashStores.copyOf(store.keys, size).asInstanceOf[Array[K]]
  def valuesArray: Array[V] = HashStores.copyOf(store.values, size).asInstanceOf[Array[V]]
  def pairs: Array[(K, V)] = {
    val ks = store.keys
    val vs = store.values
    val out = new Array[(K, V)](ks.length)
    var i = 0
    while (i < ks.length) {
      out(i) = (ks(i).asInstanceOf[K], vs(i).asInstanceOf[V])
      i += 1
    }
    out
  }
  def pairsAny: Array[Any] = {
    val ks = store.keys
    val vs = store.values
    val out = new Array[Any](ks.length)
    var i = 0
    while (i < ks.length) {
      out(i) = (ks(i).asInstanceOf[K], vs(i).asInstanceOf[V])
      i += 1
    }
    out
  }
  def keyAt(i: Int): K = store.keys(i).asInstanceOf[K]
  def valueAt(i: Int): V = store.values(i).asInstanceOf[V]

  def keySet: ImmutableSet[K] = {
    var s = HashStores.EmptySet
    val ks = store.keys
    var i = 0
    while (i < ks.length) {
      s = s.updated(ks(i), null)
      i += 1
    }
    new ImmutableSet[K](s)
  }

  override def toString: String = MapText.render("Map(", store.keys, store.values, size, true)

  override def equals(that: Any): Boolean = {
    if (!that.isInstanceOf[ImmutableMap[K, V]]) return false
    val o = that.asInstanceOf[ImmutableMap[K, V]]
    if (o.size != size) return false
    val ks = store.keys
    val vs = store.values
    var i = 0
    while (i < ks.length) {
      val v = o.store.get(ks(i))
      if (v.asInstanceOf[AnyRef] eq HashStores.Missing.asInstanceOf[AnyRef]) return false
      if (v != vs(i)) return false
      i += 1
    }
    true
  }

  override def hashCode: Int = {
    val ks = store.keys
    val vs = store.values
    val hs = new Array[Int](ks.length)
    var i = 0
    while (i < ks.length) {
      val pair: Any = (ks(i), vs(i))
      hs(i) = pair.##
      i += 1
    }
    MapText.unorderedHash(hs, ks.length, 77116)  // "Map".hashCode
  }
}

// immutable.Set
final class ImmutableSet[A](val store: HashStore) {
  def size: Int = store.size
  def isEmpty: Boolean = store.size == 0
  def nonEmpty: Boolean = store.size != 0

  def contains(x: A): Boolean = store.contains(x)
  def apply(x: A): Boolean = store.contains(x)

  def +(x: A): ImmutableSet[A] = new ImmutableSet[A](store.updated(x, null))
  def -(x: A): ImmutableSet[A] = new ImmutableSet[A](store.removed(x))

  def plusAll(that: ImmutableSet[A]): ImmutableSet[A] = {
    var s = store
    val xs = that.store.keys
    var i = 0
    while (i < xs.length) {
      s = s.updated(xs(i), null)
      i += 1
    }
    new ImmutableSet[A](s)
  }
  def union(that: ImmutableSet[A]): ImmutableSet[A] = plusAll(that)
  def |(that: ImmutableSet[A]): ImmutableSet[A] = plusAll(that)

  def intersect(that: ImmutableSet[A]): ImmutableSet[A] = {
    var s = store
    val xs = store.keys
    var i = 0
    while (i < xs.length) {
      if (!that.store.contains(xs(i))) s = s.removed(xs(i))
      i += 1
    }
    new ImmutableSet[A](s)
  }
  def &(that: ImmutableSet[A]): ImmutableSet[A] = intersect(that)

  def diff(that: ImmutableSet[A]): ImmutableSet[A] = {
    var s = store
    val xs = that.store.keys
    var i = 0
    while (i < xs.length) {
      s = s.removed(xs(i))
      i += 1
    }
    new ImmutableSet[A](s)
  }
  def --(that: ImmutableSet[A]): ImmutableSet[A] = diff(that)
  def &~(that: ImmutableSet[A]): ImmutableSet[A] = diff(that)

  def subsetOf(that: ImmutableSet[A]): Boolean = {
    val xs = store.keys
    var i = 0
    while (i < xs.length) {
      if (!that.store.contains(xs(i))) return false
      i += 1
    }
    true
  }

  def elems: Array[A] = HashStores.copyOf(store.keys, size).asInstanceOf[Array[A]]
  def elemAt(i: Int): A = store.keys(i).asInstanceOf[A]
  def elemsAny: Array[Any] = HashStores.copyOf(store.keys, size)

  override def toString: String = MapText.render("Set(", store.keys, null, size, false)

  override def equals(that: Any): Boolean = {
    if (!that.isInstanceOf[ImmutableSet[A]]) return false
    val o = that.asInstanceOf[ImmutableSet[A]]
    o.size == size && subsetOf(o)
  }

  override def hashCode: Int = {
    val xs = store.keys
    val hs = new Array[Int](xs.length)
    var i = 0
    while (i < xs.length) {
      hs(i) = xs(i).##
      i += 1
    }
    MapText.unorderedHash(hs, xs.length, 83010)  // "Set".hashCode
  }
}

// mutable.HashMap (and mutable.Map, whose default is one)
final class MutableMap[K, V] {
  // (a var: `withDefault` gives a map over the same table, as 2.11's mutable.Map.WithDefault wraps its map)
  var table: ChainedTable = new ChainedTable
  // what `apply` gives for a missing key (`withDefault(f)`, `withDefaultValue(v)`; null: none)
  var default: K => V = null

  def withDefault(f: K => V): MutableMap[K, V] = {
    val m = new MutableMap[K, V]
    m.table = table
    m.default = f
    m
  }
  def withDefaultValue(v: V): MutableMap[K, V] = withDefault((k: K) => v)
  // (this map, new, with the default of the one it was filtered from)
  def keepDefaultOf(from: MutableMap[K, V]): MutableMap[K, V] = {
    default = from.default
    this
  }

  def size: Int = table.size
  def isEmpty: Boolean = table.size == 0
  def nonEmpty: Boolean = table.size != 0

  def contains(key: K): Boolean = table.find(key) >= 0
  def isDefinedAt(key: K): Boolean = table.find(key) >= 0

  def apply(key: K): V = {
    val e = table.find(key)
    if (e < 0) {
      if (default != null) return default(key)
      MapText.keyNotFound(key)
    }
    table.values(e).asInstanceOf[V]
  }

  def getOrElse(key: K, default: => V): V = {
    val e = table.find(key)
    if (e < 0) default else table.values(e).asInstanceOf[V]
  }

  // (`m.getOrElse(k, d)` and `m.getOrElseUpdate(k, v)` are typed as these two and an `if`, without a closure)
  def findEntry(key: K): Int = table.find(key)
  def valueAt(e: Int): V = table.values(e).asInstanceOf[V]
  // (a map of Int keys: its lookups and updates without boxing the key)
  def findEntryInt(key: Int): Int = table.findInt(key)
  def containsInt(key: Int): Boolean = table.findInt(key) >= 0
  def updateInt(key: Int, value: V): Unit = table.putInt(key, value)
  def applyInt(key: Int): V = {
    val e = table.findInt(key)
    if (e < 0) {
      if (default != null) return default(key.asInstanceOf[K])
      MapText.keyNotFound(key)
    }
    table.values(e).asInstanceOf[V]
  }

  def getOrElseUpdate(key: K, op: => V): V = {
    val e = table.find(key)
    if (e >= 0) return table.values(e).asInstanceOf[V]
    val v = op
    table.put(key, v)
    v
  }

  def update(key: K, value: V): Unit = table.put(key, value)
  def +=(kv: (K, V)): MutableMap[K, V] = {
    table.put(kv._1, kv._2)
    this
  }
  def -=(key: K): MutableMap[K, V] = {
    table.remove(key)
    this
  }
  def removeKey(key: K): Unit = table.remove(key)
  def clear(): Unit = {
    val fresh = new ChainedTable
    table.table = fresh.table
    table.next = fresh.next
    table.keys = fresh.keys
    table.values = fresh.values
    table.hashes = fresh.hashes
    table.used = 0
    table.tableSize = 0
    table.threshold = fresh.threshold
  }

  // A column of the table (its keys or its values) in the map's iteration order.
  private def inOrder(column: Array[Any]): Array[Any] = {
    val order = table.order()
    val out = new Array[Any](order.length)
    var i = 0
    while (i < order.length) {
      out(i) = column(order(i))
      i += 1
    }
    out
  }

  def keysArray: Array[K] = inOrder(table.keys).asInstanceOf[Array[K]]
  def valuesArray: Array[V] = inOrder(table.values).asInstanceOf[Array[V]]

  def pairs: Array[(K, V)] = {
    val order = table.order()
    val out = new Array[(K, V)](order.length)
    var i = 0
    while (i < order.length) {
      out(i) = (table.keys(order(i)).asInstanceOf[K], table.values(order(i)).asInstanceOf[V])
      i += 1
    }
    out
  }

  def pairsAny: Array[Any] = {
    val order = table.order()
    val out = new Array[Any](order.length)
    var i = 0
    while (i < order.length) {
      out(i) = (table.keys(order(i)).asInstanceOf[K], table.values(order(i)).asInstanceOf[V])
      i += 1
    }
    out
  }

  override def toString: String = {
    val ks = keysArray.asInstanceOf[Array[Any]]
    val vs = valuesArray.asInstanceOf[Array[Any]]
    MapText.render("Map(", ks, vs, ks.length, true)
  }

  override def equals(that: Any): Boolean = {
    if (!that.isInstanceOf[MutableMap[K, V]]) return false
    val o = that.asInstanceOf[MutableMap[K, V]]
    if (o.size != size) return false
    val order = table.order()
    var i = 0
    while (i < order.length) {
      val e = o.table.find(table.keys(order(i)))
      if (e < 0) return false
      if (o.table.values(e) != table.values(order(i))) return false
      i += 1
    }
    true
  }
}

// mutable.HashSet (and mutable.Set)
final class MutableSet[A] {
  val table: FlatTable = new FlatTable

  def size: Int = table.size
  def isEmpty: Boolean = table.size == 0
  def nonEmpty: Boolean = table.size != 0

  def contains(x: A): Boolean = table.contains(x)
  def apply(x: A): Boolean = table.contains(x)
  def add(x: A): Boolean = table.add(x)
  def remove(x: A): Boolean = table.remove(x)
  def +=(x: A): MutableSet[A] = {
    table.add(x)
    this
  }
  def -=(x: A): MutableSet[A] = {
    table.remove(x)
    this
  }
  def clear(): Unit = {
    table.table = new Array[Any](32)
    table.tableSize = 0
    table.threshold = 14
    table.seed = 5
  }

  def elems: Array[A] = {
    val out = new Array[Any](table.size)
    var k = 0
    var i = 0
    while (i < table.table.length) {
      if (table.table(i) != null) {
        out(k) = table.table(i)
        k += 1
      }
      i += 1
    }
    out.asInstanceOf[Array[A]]
  }

  def elemsAny: Array[Any] = elems.asInstanceOf[Array[Any]]

  override def toString: String = {
    val xs = elems.asInstanceOf[Array[Any]]
    MapText.render("Set(", xs, null, xs.length, false)
  }

  override def equals(that: Any): Boolean = {
    if (!that.isInstanceOf[MutableSet[A]]) return false
    val o = that.asInstanceOf[MutableSet[A]]
    if (o.size != size) return false
    val xs = elems.asInstanceOf[Array[Any]]
    var i = 0
    while (i < xs.length) {
      if (!o.table.contains(xs(i))) return false
      i += 1
    }
    true
  }
}

object Collections {
  def emptyMap[K, V]: ImmutableMap[K, V] = new ImmutableMap[K, V](HashStores.EmptyMap)
  def emptySet[A]: ImmutableSet[A] = new ImmutableSet[A](HashStores.EmptySet)
}
