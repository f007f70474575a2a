trait Shape { // expect: error unsupported "trait"
  def area(): Int
}

object Main {
  def main(args: Array[String]): Unit = println("shapes")
}
