// Written for this test: traits with abstract and concrete methods and fields, a class mixing two traits, calls
// through a trait type, a class super call that lands in a trait.
abstract class Animal(val name: String) {
  def sound: String
  def speak(): String = name + " says " + sound
}
trait Swimmer {
  val medium = "water"
  var laps = 0
  def swim(): String = { laps += 1; "swims in " + medium + " lap " + laps }
  def describe(): String = "swimmer"
}
trait Flyer {
  def altitude: Int
  def fly(): String = "flies at " + altitude
  def describe(): String = "flyer"
}
class Duck extends Animal("duck") with Swimmer with Flyer {
  def sound = "quack"
  def altitude = 100
  override def describe(): String = "duck: " + super.describe()
}
class Fish extends Animal("fish") with Swimmer {
  def sound = "blub"
}
object Main {
  def pool(s: Swimmer): Unit = println(s.swim() + " / " + s.describe() + " " + s.laps)
  def main(args: Array[String]): Unit = {
    val d = new Duck
    println(d.speak())
    println(d.fly())
    pool(d)
    pool(d)
    pool(new Fish)
    val f: Flyer = d
    println(f.fly() + " " + f.describe())
    println(d.describe())
    println(d.medium)
  }
}
