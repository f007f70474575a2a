// ClassTag evidence through dispatch: an abstract method with `T: ClassTag` overridden in subclasses and called
// through the parent, a trait implemented by a class with the bound, a subclass fixing T (`extends
// ArrayStore[Int](3)`), two bounds, and evidence captured by a lambda: fresh arrays hold T's zero as on the JVM.
import scala.reflect.ClassTag
object Main {
  abstract class Maker { def mk[T: ClassTag](n: Int): Array[T]; def name: String }
  class Plain extends Maker { def mk[T: ClassTag](n: Int): Array[T] = new Array[T](n); def name = "plain" }
  class Doubled extends Maker { def mk[T: ClassTag](n: Int): Array[T] = new Array[T](n * 2); def name = "doubled" }
  trait Store[T] { def all: List[T] }
  class ArrayStore[T: ClassTag](n: Int) extends Store[T] {
    val data = new Array[T](n)
    def all: List[T] = data.toList
  }
  class IntStore extends ArrayStore[Int](3)
  def build[A: ClassTag, B: ClassTag](n: Int): (Array[A], Array[B]) = (new Array[A](n), new Array[B](n))
  def nested[T: ClassTag](n: Int): List[String] = {
    val inner = (k: Int) => new Array[T](k).mkString(",")
    List(1, 2).map(inner)
  }
  def main(args: Array[String]): Unit = {
    for (m <- List[Maker](new Plain, new Doubled)) println(m.name + ": " + m.mk[Int](2).mkString(",") + " " + m.mk[Boolean](1).mkString)
    val s: Store[Int] = new ArrayStore[Int](2)
    println(s.all)
    println(new IntStore().all)
    println(nested[Long](1))
    val st = new ArrayStore[String](2)
    println(st.all)
  }
}
