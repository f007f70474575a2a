package app

import lib.Registry

object Main {
  println("Main initialised")

  def main(args: Array[String]): Unit = {
    println("main starts")
    println(Registry.add())
    println(Registry.add())
    println(lib.Defaults.start)
    println(Later.value)
  }
}
