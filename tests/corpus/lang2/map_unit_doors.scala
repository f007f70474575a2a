// Source: Rosetta Code, "100 doors" (https://rosettacode.org/wiki/100_doors): 100 passes over 100 doors, pass k
// toggling every k-th door; which doors end open. Adapted: written, as cd's benchmark loop is, with `map` over ranges
// whose Unit results are thrown away (Scala builds a Vector of () and discards it), inside a foreach.
object Main {
  def main(args: Array[String]): Unit = {
    val open = new Array[Boolean](101)
    (1 to 100).foreach { pass =>
      (pass to 100 by pass).map { door => open(door) = !open(door) }
    }
    val openDoors = (1 to 100).filter(d => open(d))
    println(openDoors.mkString(" "))
    var toggles = 0
    (1 to 100).map(pass => toggles += 100 / pass)
    println(toggles)
  }
}
