// A class whose fields name a type alias its companion object defines (as havlak's and cd's do), entered before
// the class's members whatever the order of the definitions.
class Finder {
  import Finder._
  private var kinds: Array[Kind] = new Array[Kind](3)
  def mark(i: Int, k: Kind): Unit = kinds(i) = k
  def show: String = kinds.mkString(",")
}
object Finder {
  type Kind = Int
  object Kind { final val Top = 0; final val Dead = 5 }
}
object Main {
  def main(args: Array[String]): Unit = {
    val f = new Finder
    f.mark(0, Finder.Kind.Dead)
    f.mark(2, 7)
    println(f.show)
  }
}
