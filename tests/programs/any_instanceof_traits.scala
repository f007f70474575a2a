// Covers: isInstanceOf and asInstanceOf with trait types and deep hierarchies, on values held as Any, AnyRef,
// a parent class and a trait: a trait a class mixes in directly, through its parent, through another trait, and
// one it does not have; casts that fail with the JVM's ClassCastException.
trait Named { def name: String }
trait Loud extends Named { def shout: String = name.toUpperCase }
trait Counted
abstract class Animal(val name: String) extends Named
class Dog(name: String) extends Animal(name) with Loud
class Puppy(name: String) extends Dog(name) with Counted
class Cat(name: String) extends Animal(name)
class Rock
case class Robot(name: String) extends Loud

object AnyInstanceofTraits {
  def kinds(x: Any): String =
    "" + x.isInstanceOf[Named] + " " + x.isInstanceOf[Loud] + " " + x.isInstanceOf[Counted] + " " +
      x.isInstanceOf[Animal] + " " + x.isInstanceOf[Dog] + " " + x.isInstanceOf[Puppy] + " " + x.isInstanceOf[Cat]

  def main(args: Array[String]): Unit = {
    val things: Array[Any] = Array(new Dog("rex"), new Puppy("bit"), new Cat("tom"), new Rock, Robot("r2"), "str", 3, null)
    for (t <- things) println(kinds(t))
    val a: Animal = new Puppy("pip")
    println(a.isInstanceOf[Loud] + " " + a.isInstanceOf[Counted] + " " + (new Cat("c"): Animal).isInstanceOf[Loud])
    val n: Named = new Cat("felix")
    println(n.isInstanceOf[Loud] + " " + n.isInstanceOf[Animal] + " " + n.isInstanceOf[Dog])
    val l: Loud = Robot("k9")
    println(l.isInstanceOf[Animal] + " " + l.isInstanceOf[Named] + " " + l.shout)
    val any: Any = new Puppy("max")
    println(any.asInstanceOf[Loud].shout + " " + any.asInstanceOf[Named].name + " " + any.asInstanceOf[Counted].isInstanceOf[Dog])
    try {
      val c = (new Cat("x"): Any).asInstanceOf[Loud]
      println("no exception " + c)
    } catch {
      case e: ClassCastException => println("cast failed")
    }
  }
}
