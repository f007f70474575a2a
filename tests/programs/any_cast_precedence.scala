// Casts and type tests inside operator chains, selections and prefix operations, where the type arguments bind
// tighter than every operator (`"n " + v.asInstanceOf[String].length + 1`).
object Main {
  def main(args: Array[String]): Unit = {
    val v: Any = "hello"
    val w: Any = 3
    println("String " + v.asInstanceOf[String].length + 1)
    println("x" + v.asInstanceOf[String].substring(1).toUpperCase + "!")
    println(1 + w.asInstanceOf[Int] * 2)
    println(-w.asInstanceOf[Int] + 10)
    println(!true.asInstanceOf[Boolean] || w.isInstanceOf[Int])
  }
}
