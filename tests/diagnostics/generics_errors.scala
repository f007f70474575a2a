// What scalac 2.11 rejects about type arguments is rejected here too, with its wording.
class Box[T](val x: T)
class Ref[T <: AnyRef](val x: T)

object Main {
  def id[T](x: T): T = x
  def f[T <: AnyRef](x: T): T = x
  def mk[T](n: Int): Array[T] = new Array[T](n) // expect: error missing-class-tag "cannot find class tag for element type T"

  def main(args: Array[String]): Unit = {
    val a = new Box[Int, String](1) // expect: error wrong-type-arguments "wrong number of type arguments for Box, should be 1"
    val b = id[Int, Int](3) // expect: error wrong-type-arguments "wrong number of type parameters for method id: [T](x: T)T"
    val c = new Ref[Int](1) // expect: error type-bounds "type arguments [Int] do not conform to class Ref's type parameter bounds [T <: AnyRef]"
    val d = f(3) // expect: error type-bounds "inferred type arguments [Int] do not conform to method f's type parameter bounds [T <: AnyRef]"
    val e: Box = null // expect: error wrong-type-arguments "class Box takes type parameters"
    val h = f[Int](3) // expect: error type-bounds "type arguments [Int] do not conform to method f's type parameter bounds [T <: AnyRef]"
    val i: Int[String] = 3 // expect: error wrong-type-arguments "Int does not take type parameters"
    val ok: Box[String] = new Box("s")
    val bad: Box[String] = new Box(1) // expect: error type-mismatch
    println(ok.x)
  }
}
