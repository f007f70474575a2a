// Extending an inner class or a class defined in a block: outside the subset (its initializer would need the
// enclosing instance or the captured locals), reported at the parent.
class Outer {
  class A { def f = 1 }
  class B extends A // expect: error unsupported "extending A, a class nested in a class or defined in a block"
}
object Main {
  def main(args: Array[String]): Unit = {
    class L { def h = 2 }
    class M extends L // expect: error unsupported "extending L, a class nested in a class or defined in a block"
    println(new M().h)
  }
}
