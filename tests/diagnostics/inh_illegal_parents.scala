// Messages as scalac 2.11 reports them (typer).
class A extends A // expect: error illegal-inheritance "illegal cyclic reference involving class A"
trait T { def f: Int }
class D extends T(1) { def f = 1 } // expect: error illegal-inheritance "trait T is a trait; does not take constructor arguments"
class E extends Int // expect: error illegal-inheritance "illegal inheritance from final class Int"
class K extends String // expect: error illegal-inheritance "illegal inheritance from final class String"
object Main {
  def main(args: Array[String]): Unit = ()
}
