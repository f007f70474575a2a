// Messages as scalac 2.11 reports them (typer).
final class F
class G extends F // expect: error illegal-inheritance "illegal inheritance from final class F"
abstract class Base {
  def run(): Unit
}
class Plain
class Mixed extends Base with Plain { // expect: error illegal-inheritance "class Plain needs to be a trait to be mixed in"
  def run(): Unit = ()
}
object Main {
  def main(args: Array[String]): Unit = {
    val b = new Base // expect: error abstract-instantiation "class Base is abstract; cannot be instantiated"
    println(b)
  }
}
