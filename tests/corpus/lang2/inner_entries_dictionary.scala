// Source: the SOM class library's Dictionary and IdentityDictionary as the Are-We-Fast-Yet benchmarks port them
// (https://github.com/smarr/are-we-fast-yet, benchmarks/Scala/src/som/Dictionary.scala and IdentityDictionary.scala):
// a chained hash table whose entries are an inner class, and a subclass whose own inner entry class extends it,
// comparing keys by identity (both entry classes generic in their value, as the port has them). Adapted: small
// keys, a driver printing what the tables hold.
class Key(val id: Int) {
  override def hashCode: Int = id % 4
  override def equals(other: Any): Boolean = other match {
    case k: Key => k.id == id
    case _      => false
  }
  override def toString = "k" + id
}

class Dictionary[V <: AnyRef](capacity: Int) {
  protected var buckets = new Array[Entry[V]](capacity)
  private var count = 0

  class Entry[W](val hash: Int, val key: Key, var value: W, var next: Entry[W]) {
    def matches(h: Int, k: Key): Boolean = hash == h && k.equals(key)
  }

  def newEntry(key: Key, value: V, hash: Int): Entry[V] = new Entry(hash, key, value, null)

  def size: Int = count

  def at(key: Key): V = {
    val h = key.hashCode
    var e = buckets(h & (buckets.length - 1))
    while (e != null) {
      if (e.matches(h, key)) return e.value
      e = e.next
    }
    null.asInstanceOf[V]
  }

  def atPut(key: Key, value: V): Unit = {
    val h = key.hashCode
    val i = h & (buckets.length - 1)
    var e = buckets(i)
    while (e != null) {
      if (e.matches(h, key)) { e.value = value; return }
      e = e.next
    }
    val fresh = newEntry(key, value, h)
    fresh.next = buckets(i)
    buckets(i) = fresh
    count += 1
  }
}

class IdentityDictionary[V <: AnyRef](capacity: Int) extends Dictionary[V](capacity) {
  class IdEntry[W](hash: Int, key: Key, value: W, next: Entry[W]) extends Entry[W](hash, key, value, next) {
    override def matches(h: Int, k: Key): Boolean = hash == h && (key eq k)
  }

  override def newEntry(key: Key, value: V, hash: Int): Entry[V] = new IdEntry(hash, key, value, null)
}

object Main {
  def main(args: Array[String]): Unit = {
    val a1 = new Key(1)
    val a2 = new Key(1)
    val b = new Key(6)
    val byValue = new Dictionary[String](4)
    val byIdentity = new IdentityDictionary[String](4)
    for (d <- Array[Dictionary[String]](byValue, byIdentity)) {
      d.atPut(a1, "first")
      d.atPut(b, "other")
      d.atPut(a2, "second")
      println(d.size + " " + d.at(a1) + " " + d.at(a2) + " " + d.at(b) + " " + d.at(new Key(9)))
    }
  }
}
