import org.zoo.{Stats, Zoo => TheZoo}
import org.zoo.animals.{Catalog, Sounds}
import org.zoo.keepers.Keeper
import org.texts.Pad._

object Main {
  def main(args: Array[String]): Unit = {
    println(TheZoo.name + ", since " + TheZoo.opened)
    val animals = Catalog.all()
    for (a <- animals) println(right(a.name, 8) + "|" + left(a.legs, 2) + " | " + Sounds.of(a))
    println("legs: " + Stats.legs(animals))
    val k = new Keeper("Ann")
    println(k.feed(animals(1)))
    println(k.feed(animals(3)))
    println(k.fed)
  }
}
