// Source: Rosetta Code, "100 doors", Scala solution 1 (acmeism/RosettaCodeData, Task/100-doors/Scala/100-doors-1.scala).
// Adapted: `1 to 100 map (i % _ == 0) reduceLeft (_^_)` (an xor of the toggles) written as an odd count of toggles
// with `count`; wrapped in an object.
object HundredDoors {
  def main(args: Array[String]): Unit = {
    for { i <- 1 to 100
          r = (1 to 100).count(i % _ == 0) % 2 == 1
        } println(i + " " + (if (r) "open" else "closed"))
  }
}
