package shared

object Config { // expect: error duplicate-definition "`Config` is already defined"
  val name: String = "second"
}

object Other {
  def main(args: Array[String]): Unit = println(Config.name)
}
