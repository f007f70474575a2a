// Source: written for this test after the Rosetta Code task "Memoization" (memoized Fibonacci) and the generic
// memoizer of "Scala Cookbook" recipe 9 (functions as values): a generic hash table keyed by K with values V, a
// generic Memo[K, V] wrapping a function K => V, hit/miss counts, memoized Fibonacci (Long), Collatz lengths,
// and a memoized function on Strings.
class Entry[K, V](val key: K, var value: V, var next: Entry[K, V])

class HashTable[K, V](buckets: Int) {
  private val table = new Array[Entry[K, V]](buckets)
  var size = 0
  private def index(k: K): Int = (k.hashCode & 0x7fffffff) % buckets
  def get(k: K, default: V): V = {
    var e = table(index(k))
    while (e != null && e.key != k) e = e.next
    if (e == null) default else e.value
  }
  def contains(k: K): Boolean = {
    var e = table(index(k))
    while (e != null && e.key != k) e = e.next
    e != null
  }
  def put(k: K, v: V): Unit = {
    val i = index(k)
    var e = table(i)
    while (e != null && e.key != k) e = e.next
    if (e != null) e.value = v
    else { table(i) = new Entry(k, v, table(i)); size += 1 }
  }
}

class Memo[K, V](f: K => V) {
  private val cache = new HashTable[K, V](64)
  var hits = 0
  var misses = 0
  def apply(k: K): V =
    if (cache.contains(k)) { hits += 1; cache.get(k, null.asInstanceOf[V]) }
    else { misses += 1; val v = f(k); cache.put(k, v); v }
}

object Main {
  var fibMemo: Memo[Int, Long] = null
  def fib(n: Int): Long = if (n < 2) n.toLong else fibMemo(n - 1) + fibMemo(n - 2)

  def collatz(n: Long): Int = {
    var x = n
    var steps = 0
    while (x != 1) { x = if (x % 2 == 0) x / 2 else 3 * x + 1; steps += 1 }
    steps
  }

  def main(args: Array[String]): Unit = {
    fibMemo = new Memo[Int, Long](fib)
    println(fib(50))
    println(fib(90))
    println("hits " + fibMemo.hits + " misses " + fibMemo.misses)

    val steps = new Memo[Long, Int](collatz)
    var best = 0L
    var bestSteps = 0
    for (i <- 1 to 3000) {
      val s = steps(i.toLong)
      if (s > bestSteps) { best = i; bestSteps = s }
    }
    println("longest below 3000: " + best + " with " + bestSteps + " steps")
    println(steps(27L) + " " + steps(27L) + " hits " + steps.hits)

    val shout = new Memo[String, String](s => { println("computing " + s); s.toUpperCase + "!" })
    println(shout("hello"))
    println(shout("hello"))
    println(shout("bye"))
    println(shout.hits + "/" + shout.misses)
  }
}
