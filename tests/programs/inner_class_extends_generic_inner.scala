// An inner class extending the inner class of its outer class's generic parent passes values of the outer's type
// parameter to it (IdDict[V] extends Dict[V]: Dict's V is IdDict's V there).
class Dict[V <: AnyRef](n: Int) {
  class Entry(val key: Int, var value: V) { def show: String = key + "=" + value }
  def make(k: Int, v: V): Entry = new Entry(k, v)
}
class IdDict[V <: AnyRef](n: Int) extends Dict[V](n) {
  class IdEntry(key: Int, value: V) extends Entry(key, value) { override def show: String = "id " + super.show }
  override def make(k: Int, v: V): Entry = new IdEntry(k, v)
}
object Main {
  def main(args: Array[String]): Unit = {
    val d: Dict[String] = new IdDict[String](4)
    val e = d.make(1, "one")
    println(e.show)
    println(d.make(2, "two").show)
  }
}
