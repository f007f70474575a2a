package conf

object Limits {
  val upTo: Int = 60
  val perLine: Int = 8
}
