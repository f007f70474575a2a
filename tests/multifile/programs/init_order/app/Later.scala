package app

object Later {
  println("Later initialised")
  val value: String = "later " + lib.Registry.entries
}
