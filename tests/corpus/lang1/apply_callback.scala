// Source: Rosetta Code, "Apply a callback to an array", Scala solution 1 (acmeism/RosettaCodeData,
// Task/Apply-a-callback-to-an-array/Scala/apply-a-callback-to-an-array-1.scala). Adapted: List as Array, and the
// task's other forms (a named function, a placeholder, map to a new array) in one main.
object ApplyCallback {
  def square(i: Int): Int = i * i
  def main(args: Array[String]): Unit = {
    val l = Array(1, 2, 3, 4)
    l.foreach { i => println(i) }
    l.map(square).foreach(println)
    l.map(_ * 10).foreach(x => print(x + " "))
    println()
    for (x <- l) yield x + 1
    println((for (x <- l) yield x + 1).length)
  }
}
