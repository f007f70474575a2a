object Main {
  def main(args: Array[String]): Unit = {
    object Helper { val n = 2 }
    object Noisy { println("made") }
    case object Token // expect: error unsupported "a case object defined inside a method"
    class Local(val n: Int) {
      object Inner // expect: error unsupported "object inside a class defined in a method"
    }
    println(new Local(1).n)
  }
  def other(): Int = new Local(3).n // expect: error unresolved-name "local to another block"
}
class Box(val size: Int) {
  class Part(val k: Int) {
    def this() = this(0) // expect: error unsupported "auxiliary constructor of an inner or local class"
    def total: Int = size + k
  }
}
object Use {
  def part: Int = new Part(1).total // expect: error unresolved-name "inner class of Box"
}
object Twice {
  def main(args: Array[String]): Unit = {
    object A { println(1) }
    object A { println(2) } // expect: error duplicate-definition "`A` is already defined in this block"
  }
}
