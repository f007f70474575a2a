package checks

object Validate {
  def ratio(a: Int, b: Int): Int = a / b

  def positive(n: Int): Int = {
    if (n < 0) throw new IllegalArgumentException("negative: " + n)
    n
  }
}
