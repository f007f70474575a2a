import java.util.Arrays
import java.util.Comparator

class Person(val name: String, val age: Int) {
  override def toString: String = name + "(" + age + ")"
}

object ByAge extends Comparator[Person] {
  def compare(a: Person, b: Person): Int = a.age - b.age
}

object Main {
  def main(args: Array[String]): Unit = {
    val a = Array(3, 1, 2)
    val b = Arrays.copyOf(a, 5)
    println(b.mkString(","))
    val c = Arrays.copyOf(a, 2)
    println(c.mkString(","))
    val s: Array[AnyRef] = Array("x", "y")
    val t = Arrays.copyOf(s, 4)
    println(t.mkString(","))
    val d = Array(1.5, 2.5)
    println(Arrays.copyOf(d, 3).mkString(" "))
    val bs = Arrays.copyOf(Array(true), 2)
    println(bs.mkString(" "))
    val r = Arrays.copyOfRange(Array(1, 2, 3, 4, 5), 1, 4)
    println(r.mkString(","))
    println(Arrays.copyOfRange(Array("a", "b"), 1, 3).mkString(","))
    val people = Array(new Person("ann", 40), new Person("bob", 25), new Person("cy", 40), new Person("di", 25))
    Arrays.sort(people, ByAge)
    println(people.mkString(" "))
    Arrays.sort(people, new Comparator[Person] {
      def compare(a: Person, b: Person): Int = a.name.compareTo(b.name)
    })
    println(people.mkString(" "))
    val words = Array("pear", "fig", "apple", "kiwi")
    Arrays.sort(words, new Comparator[String] {
      def compare(a: String, b: String): Int = a.length - b.length
    })
    println(words.mkString(" "))
    val z = new Array[Int](6)
    Arrays.fill(z, 7)
    Arrays.fill(z, 1, 3, 9)
    println(z.mkString(","))
    val ns = Array(5, 3, 9, 1)
    Arrays.sort(ns)
    println(ns.mkString(","))
    try { Arrays.copyOf(a, -1) } catch { case e: NegativeArraySizeException => println(e) }
    try { Arrays.copyOfRange(a, 2, 1) } catch { case e: IllegalArgumentException => println(e) }
    try { Arrays.fill(z, 4, 2, 0) } catch { case e: IllegalArgumentException => println(e) }
    try { Arrays.fill(z, -1, 2, 0) } catch { case e: ArrayIndexOutOfBoundsException => println(e) }
    try { Arrays.fill(z, 0, 7, 0) } catch { case e: ArrayIndexOutOfBoundsException => println(e) }
    try { Arrays.copyOfRange(a, 4, 5) } catch { case e: ArrayIndexOutOfBoundsException => println(e) }
    try { Arrays.copyOfRange(a, -1, 2) } catch { case e: ArrayIndexOutOfBoundsException => println(e) }
  }
}
