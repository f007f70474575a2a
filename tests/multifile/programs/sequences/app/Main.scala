import seqlib.Seqs

object Main {
  def describe(x: Any): String = x match {
    case s: String => "a String " + s
    case c: Array[Char] => "chars " + c.mkString
    case other => other.toString
  }
  def main(args: Array[String]): Unit = {
    val a = Array(3, 1, 2)
    val w = Seqs.wrapped(a)
    a(0) = 30
    println(List[Any](Seqs.squares(4), w, Seqs.letters("abc"), "abc").map(describe).mkString("; "))
    println(w == List(30, 1, 2))
  }
}
