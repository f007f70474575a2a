// Source: Rosetta Code, "Polymorphic copy", Scala solution (acmeism/RosettaCodeData, Task/Polymorphic-copy/Scala):
// a class T with a `copy` that each subclass overrides to return an instance of its own class, so that copying
// through a T-typed reference keeps the runtime class. Adapted: the JVM's getClass name replaced by a `name`
// method each class overrides; a third level and a trait with state added, and copies are checked to be distinct.
trait Counter {
  var copies = 0
  def bump(): Int = { copies += 1; copies }
}

class T extends Counter {
  def name: String = "T"
  def copy: T = { bump(); new T }
  def describe: String = "I am a " + name + " (copied " + copies + " times)"
}

class S extends T {
  override def name: String = "S"
  override def copy: S = { bump(); new S }
}

class U(val level: Int) extends S {
  override def name: String = "U" + level
  override def copy: U = { bump(); new U(level + 1) }
}

object PolymorphicCopy {
  def main(args: Array[String]): Unit = {
    val originals = Array[T](new T, new S, new U(1))
    for (t <- originals) {
      val c1 = t.copy
      val c2 = c1.copy
      println(t.describe + " -> " + c1.describe + " -> " + c2.name + " " + (c1 eq t) + " " + (c2 eq c1))
    }
    val u = new U(7)
    val uc: U = u.copy
    println(uc.level + " " + u.copies + " " + uc.copies)
  }
}
