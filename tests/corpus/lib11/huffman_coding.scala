// Source: Rosetta Code, "Huffman coding" (https://rosettacode.org/wiki/Huffman_coding): the task's sentence; the
// tree built by repeatedly merging the two lightest nodes of a List kept sorted by weight (ties by insertion
// order), codes collected into a Map, and the text encoded and decoded again.
object HuffmanCoding {
  sealed abstract class Tree { def weight: Int }
  case class Leaf(c: Char, weight: Int) extends Tree
  case class Node(left: Tree, right: Tree, weight: Int) extends Tree

  def insert(t: Tree, queue: List[Tree]): List[Tree] = {
    val (lighter, rest) = queue.span(_.weight <= t.weight)
    lighter ::: t :: rest
  }

  def build(queue: List[Tree]): Tree = queue match {
    case a :: b :: rest => build(insert(Node(a, b, a.weight + b.weight), rest))
    case List(t) => t
    case Nil => throw new IllegalArgumentException("empty")
  }

  def codes(t: Tree, prefix: String): Map[Char, String] = t match {
    case Leaf(c, _) => Map(c -> (if (prefix.isEmpty) "0" else prefix))
    case Node(l, r, _) => codes(l, prefix + "0") ++ codes(r, prefix + "1")
  }

  def decode(t: Tree, bits: List[Char]): List[Char] = {
    def walk(node: Tree, bs: List[Char]): List[Char] = (node, bs) match {
      case (Leaf(c, _), _) => c :: (if (bs.isEmpty) Nil else walk(t, bs))
      case (Node(l, r, _), b :: rest) => walk(if (b == '0') l else r, rest)
      case (Node(_, _, _), Nil) => Nil
    }
    walk(t, bits)
  }

  def main(args: Array[String]): Unit = {
    val text = "this is an example for huffman encoding"
    val freq = text.groupBy(identity).map { case (c, s) => (c, s.length) }.toList.sortBy(p => (p._2, p._1))
    val tree = build(freq.map { case (c, n) => Leaf(c, n): Tree })
    val table = codes(tree, "")
    for ((c, n) <- freq.sortBy(p => (-p._2, p._1))) println("'" + c + "' " + n + " " + table(c))
    val encoded = text.map(table).mkString
    println(encoded.length + " bits, " + text.length * 8 + " uncompressed")
    println(decode(tree, encoded.toList).mkString == text)
  }
}
