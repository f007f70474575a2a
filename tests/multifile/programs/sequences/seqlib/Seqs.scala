package seqlib

// Methods in a file of their own that make a Vector, an array's WrappedArray and an Array[Char]: built again with
// this file from the build cache after another file changed, their functions (kept lowered) must still make the
// types the values held as Any are told apart by.
object Seqs {
  def squares(n: Int): IndexedSeq[Int] = {
    val v = Vector.tabulate(n)(i => i * i)
    var total = 0
    for (i <- 0 until n) total += v(i)
    v :+ total
  }
  def wrapped(a: Array[Int]) = a.toSeq
  def letters(s: String): Array[Char] = {
    val out = new Array[Char](s.length)
    for (i <- 0 until s.length) out(i) = s.charAt(i).toUpper
    out
  }
}
