// Array methods that take no function, written as Scala templates instantiated at each call: sum, min, max, indexOf,
// contains, reverse, mkString (three forms), sorted, take, drop, slice, clone, head, last, copyToArray, and
// java.util.Arrays.fill/sort; the receiver is evaluated once; max of an empty array fails as on the JVM.
class P(val n: Int) { override def toString = "P" + n }
object LibraryArrays {
  def nums(): Array[Int] = { println("nums called"); Array(5, 3, 9, 1, 7) }
  def main(args: Array[String]): Unit = {
    val a = Array(5, 3, 9, 1, 7)
    val d = Array(2.5, -1.0, 3.25)
    val s = Array("pear", "apple", "fig")
    println(a.sum + " " + a.min + " " + a.max + " " + d.sum + " " + d.min + " " + s.min + " " + s.max)
    println(a.indexOf(9) + " " + a.indexOf(4) + " " + a.contains(1) + " " + s.contains("fig") + " " + a.indexOf(5, 1))
    println(a.reverse.mkString(",") + " | " + a.mkString + " | " + a.mkString("[", "; ", "]"))
    println(a.sorted.mkString(" ") + " | " + s.sorted.mkString(" ") + " | " + d.sorted.mkString(" "))
    println(a.take(2).mkString(",") + " " + a.drop(3).mkString(",") + " " + a.slice(1, 4).mkString(",") + " " + a.take(10).length + " " + a.drop(-1).length)
    val c = a.clone()
    c(0) = 100
    println(a(0) + " " + c(0) + " " + a.head + " " + a.last + " " + a.isEmpty + " " + a.nonEmpty + " " + a.size)
    val dest = new Array[Int](7)
    a.copyToArray(dest, 1)
    println(dest.mkString(","))
    java.util.Arrays.fill(dest, 4)
    println(dest.mkString(","))
    val e = Array(3, 1, 2)
    java.util.Arrays.sort(e)
    println(e.mkString(","))
    println(nums().sum)
    val ps = Array(new P(1), new P(2))
    println(ps.mkString("<", ",", ">") + " " + ps.reverse.mkString + " " + ps.take(1).length)
    val cs = "hello".toCharArray
    println(cs.sorted.mkString + " " + cs.max + " " + new String(cs.reverse))
    println(Array[Int]().max)
  }
}
