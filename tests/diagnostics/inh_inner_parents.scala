// Extending a class defined in a block: outside the subset (its initializer would need the captured locals),
// reported at the parent. (Extending an inner class is supported: tests/programs/inner_class_extends_inner.scala.)
class Outer {
  class A { def f = 1 }
  class B extends A
}
object Main {
  def main(args: Array[String]): Unit = {
    class L { def h = 2 }
    class M extends L // expect: error unsupported "extending L, a class defined in a block"
    println(new M().h)
  }
}
