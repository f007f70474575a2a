class Animal(val name: String)
class Dog(name: String) extends Animal(name) // expect: error unsupported "extends"

object Main {
  def main(args: Array[String]): Unit = println(new Animal("cat").name)
}
