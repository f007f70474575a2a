object Main {
  def main(args: Array[String]): Unit = {
    val a = new A(1) // expect: error forward-reference "forward reference extends over definition of value a"
    println(a.x)
    class A(val x: Int)
  }
  def f(): Int = {
    def g = new B().y // expect: error forward-reference "extends over definition of value x"
    val x = 1
    class B { def y = 2 }
    g + x
  }
  def h(): Int = {
    val k = 3
    println(new C().z)
    class C { def z = k }
    def early = new D().w
    class D { def w = 4 }
    early
  }
}
