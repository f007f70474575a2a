// One class cast to another: both are the program's own, so the message names the application class loader.
object Main {
  class Apple
  class Pear
  def main(args: Array[String]): Unit = {
    val fruit: AnyRef = new Apple
    println(fruit.isInstanceOf[Pear])
    val pear = fruit.asInstanceOf[Pear]
    println(pear)
  }
}
