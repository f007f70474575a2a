object Library { // expect: error no-main
  def twice(n: Int): Int = n * 2
}
