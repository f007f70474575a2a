// Written for this test: a bare `toString` / `toString()` inside a class is this object's (its own override, a
// parent's, or Any's `Name@hash`); a constructor parameter that shares its name with a parent's method is no
// override of it.
class Base(val id: Int) {
  def size(): Int = id * 2
  override def toString: String = "Base" + id
}
class Derived(size: Int) extends Base(size + 1) {
  def show(): String = "[" + toString() + "|" + toString + "|" + size + "|" + size() + "]"
}
class Plain {
  def describe: String = if (toString.startsWith("Plain@")) "plain object" else toString
}
object Main {
  def main(args: Array[String]): Unit = {
    println(new Derived(4).show())
    println(new Plain().describe)
    val b: Base = new Derived(9)
    println(b + " " + b.size())
  }
}
