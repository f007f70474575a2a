// A constructor parameter that is not a member may share its name with a method: inside the class a bare `size`
// is the parameter, `size()` and `v.size()` are the method.
class Vector(size: Int) {
  private val data = new Array[Int](size)
  def size(): Int = data.length * 2
  def twice: Int = size + size
  def viaMethod: Int = size()
}
object FormsParamNamedLikeMethod {
  def main(args: Array[String]): Unit = {
    val v = new Vector(5)
    println(v.size())
    println(v.twice)
    println(v.viaMethod)
  }
}
