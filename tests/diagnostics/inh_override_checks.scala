// Messages as scalac 2.11 reports them (refchecks).
class A {
  def f(): Int = 1
  final def g(): Int = 2
  val v: Int = 3
  def h(x: Int): Int = x
}
class B extends A {
  def f(): Int = 10 // expect: error missing-override "method f needs `override' modifier"
  override def g(): Int = 20 // expect: error override-final "method g cannot override final member"
  override def k(): Int = 30 // expect: error overrides-nothing "method k overrides nothing"
  def toString: String = "B" // expect: error missing-override "method toString needs `override' modifier"
  override def h(x: Int): Int = x + 1
}
abstract class Base {
  def run(): Unit
  val size: Int
}
class Impl extends Base { // expect: error abstract-member-missing "it has 2 unimplemented members"
  def other(): Int = 1
}
class Half extends Base { // expect: error abstract-member-missing "since method run in class Base of type ()Unit is not defined"
  val size = 2
}
object Main {
  def main(args: Array[String]): Unit = println(new B().h(1))
}
