// The JVM's arrays are covariant: an Array[String] is an Array[AnyRef] (and an Array[Any]), an Array[Dog] an
// Array[Animal]; isInstanceOf says so for any non-null array whose static type shows it (a cast to the wider array
// type is unsupported: each element type has a Wasm array type of its own).
class Animal
class Dog extends Animal
object Main {
  def main(args: Array[String]): Unit = {
    val ss = Array("b", "a")
    println(ss.isInstanceOf[Array[AnyRef]])
    println(ss.isInstanceOf[Array[Any]])
    println(ss.isInstanceOf[Array[String]])
    val dogs = Array(new Dog)
    println(dogs.isInstanceOf[Array[Animal]])
    val nul: Array[String] = null
    println(nul.isInstanceOf[Array[AnyRef]])
    val nested = Array(Array("x"))
    println(nested.isInstanceOf[Array[Array[AnyRef]]])
  }
}
