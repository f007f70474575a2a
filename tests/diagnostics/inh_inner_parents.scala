// Extending an inner class, and a class defined in a block extending another one, are both in the subset: no
// diagnostics (tests/programs/inner_class_extends_inner.scala and local_class_extends_local.scala run them).
class Outer {
  class A { def f = 1 }
  class B extends A
}
object Main {
  def main(args: Array[String]): Unit = {
    class L { def h = 2 }
    class M extends L
    println(new M().h)
  }
}
