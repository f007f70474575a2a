package app

import lib.Utils
import lib.Nowhere // expect: error unresolved-name "`Nowhere` is not a member of package `lib`"
import lib.{Box => Crate}

object Main {
  def main(args: Array[String]): Unit = {
    println(Utils.add(1)) // expect: error wrong-arguments
    println(Utils.missing) // expect: error not-a-member "`missing` is not a member of object `Utils`"
    val n: Int = Utils.label // expect: error type-mismatch
    val b = new Crate(3)
    val c = new Box(4) // expect: error unresolved-name "class `Box` is not defined"
    println(lib.Utils.add(1, 2) + b.size)
    println(lib.Nope.x) // expect: error not-a-member "`Nope` is not a member of package `lib`"
    val d: lib.Crate = null // expect: error unresolved-name
  }
}
