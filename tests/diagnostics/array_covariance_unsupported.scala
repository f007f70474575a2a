// The JVM's arrays are covariant (an Array[String] cast to Array[AnyRef] is the same array); here every element type
// has a Wasm array type of its own, so such a cast is reported where it is written, never a ClassCastException.
class Animal
class Dog extends Animal
object Main {
  def main(args: Array[String]): Unit = {
    val ss = Array("b", "a")
    val os = ss.asInstanceOf[Array[AnyRef]] // expect: error unsupported "`asInstanceOf[Array[AnyRef]]` of an `Array[String]`"
    val as = Array(new Dog).asInstanceOf[Array[Animal]] // expect: error unsupported "arrays are covariant"
    val same = ss.asInstanceOf[Array[String]]
    val xs = Array(1).asInstanceOf[Array[Int]]
    println(same.length + xs.length)
  }
}
