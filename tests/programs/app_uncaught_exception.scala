// An exception escaping an App object's body is main's, printed as such (not an ExceptionInInitializerError, which
// an object's initializer would give).
object Main extends App {
  println("start")
  val n = 10
  if (n > 5) throw new IllegalStateException("too big: " + n)
  println("not reached")
}
