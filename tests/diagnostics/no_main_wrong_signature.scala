object Main { // expect: error no-main
  def main(): Unit = println("no args parameter")
}
