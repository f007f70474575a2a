// Source: Rosetta Code, "Inheritance/Multiple" and "Inheritance/Single", Scala solutions (acmeism/RosettaCodeData,
// Task/Inheritance-Multiple/Scala, Task/Inheritance-Single/Scala): traits Camera and MobilePhone mixed into
// CameraPhone; the Animal, Dog, Cat, Lab, Collie hierarchy. Adapted: each type given a method that says what it is,
// so that the dispatch through every parent type is printed.
trait Camera {
  def takePicture(): String = "click"
  def kind: String = "camera"
}
trait MobilePhone {
  def call(number: String): String = "calling " + number
  def kind: String = "phone"
}
class CameraPhone extends Camera with MobilePhone {
  override def kind: String = "camera phone (" + super.kind + ")"
}

abstract class Animal {
  def name: String = "animal"
  def sound: String
  override def toString: String = name + " says " + sound
}
class Dog extends Animal {
  override def name: String = "dog"
  def sound: String = "woof"
}
class Cat extends Animal {
  override def name: String = "cat"
  def sound: String = "meow"
}
class Lab extends Dog {
  override def name: String = "lab " + super.name
}
class Collie extends Dog {
  override def name: String = "collie " + super.name
  override def sound: String = "WOOF"
}

object Inheritance {
  def main(args: Array[String]): Unit = {
    val cp = new CameraPhone
    val cam: Camera = cp
    val phone: MobilePhone = cp
    println(cp.kind)
    println(cam.takePicture() + " " + cam.kind)
    println(phone.call("555-1234") + " " + phone.kind)
    val animals = Array[Animal](new Dog, new Cat, new Lab, new Collie)
    for (a <- animals) println(a)
    val dogs = Array[Dog](new Lab, new Collie, new Dog)
    var loud = 0
    for (d <- dogs) if (d.sound == "WOOF") loud += 1
    println("loud dogs: " + loud)
  }
}
