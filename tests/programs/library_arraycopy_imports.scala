// System.arraycopy (overlapping ranges copy as if through a temporary; out-of-range copies fail with the JVM's
// message), java.util.Arrays.equals, Integer/Long rotations imported under another name, String.toArray.
object LibraryArraycopyImports {
  import java.lang.Integer.{rotateLeft => rol}
  def main(args: Array[String]): Unit = {
    val a = Array(1, 2, 3, 4, 5, 6)
    System.arraycopy(a, 0, a, 2, 3)
    println(a.mkString(","))
    val b = Array(1, 2, 3, 4, 5, 6)
    System.arraycopy(b, 2, b, 0, 3)
    println(b.mkString(","))
    val c = new Array[Int](3)
    System.arraycopy(b, 1, c, 0, 3)
    println(c.mkString(",") + " " + java.util.Arrays.equals(a, b) + " " + java.util.Arrays.equals(c, Array(2, 3, 4)))
    println(rol(1, 31) + " " + Integer.rotateRight(1, 1) + " " + java.lang.Long.rotateRight(1L, 1) + " " + java.lang.Long.rotateLeft(-2L, 3))
    println("abc".toArray.length)
    System.arraycopy(a, 4, c, 0, 3)
  }
}
