package lib

object Registry {
  println("Registry initialised")
  var entries: Int = Defaults.start
  def add(): Int = {
    entries += 1
    entries
  }
}

object Defaults {
  println("Defaults initialised")
  val start: Int = compute()
  def compute(): Int = 40 + 2
}
