object Main {
  case class P(x: Int, y: Int)
  class Plain(val a: Int)
  def main(args: Array[String]): Unit = {
    val p = P(1, 2)
    val r = p match {
      case P(a) => 1 // expect: error wrong-arguments "wrong number of arguments for pattern P(x: Int, y: Int)"
      case P(a, _) | P(_, a) => 2 // expect: error syntax-error "illegal variable in pattern alternative"
      case Plain(a) => 3 // expect: error unsupported "extractor pattern"
      case Q(a) => 4 // expect: error unresolved-name "not found: value `Q`"
      case s: String => 5 // expect: error type-mismatch "scrutinee is incompatible with pattern type"
      case _ => 6
    }
    println(r)
  }
}
