class Dict(val name: String) {
  class Entry(val key: String, var value: Int) {
    def matches(k: String): Boolean = key == k
    def owner: String = name
    override def toString = key + "=" + value + "@" + name
  }
  def newEntry(k: String, v: Int): Entry = new Entry(k, v)
}

class IdDict(name: String) extends Dict(name) {
  class IdEntry(key: String, value: Int) extends Entry(key, value) {
    override def matches(k: String): Boolean = key eq k
    def label: String = "id:" + owner
  }
  override def newEntry(k: String, v: Int): Entry = new IdEntry(k, v)
}

class Outer(val tag: Int) {
  abstract class Shape { def area: Int; def describe = "shape" + tag + ":" + area }
  class Sq(s: Int) extends Shape { def area = s * s }
  class Big(s: Int) extends Sq(s) { override def describe = "big " + super.describe }
}

object Main {
  def main(args: Array[String]): Unit = {
    val d = new IdDict("ids")
    val e = d.newEntry("a", 1)
    println(e)
    println(e.matches("a") + " " + e.owner)
    e match { case i: d.IdEntry => println(i.label) case _ => println("plain") }
    val plain = new Dict("plain").newEntry("b", 2)
    println(plain + " " + plain.matches("b"))
    val o = new Outer(7)
    val shapes = Array[o.Shape](new o.Sq(2), new o.Big(3))
    shapes.foreach(s => println(s.describe))
  }
}
