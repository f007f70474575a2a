// Source: written for this test: a JSON value model and renderer as Scala libraries write one: a sealed trait of
// case classes, compact and indented rendering with string escaping, a path query returning Option, a fold that
// counts values by kind, and building a document from collections with map and toList.
object JsonRender {
  sealed trait JValue
  case object JNull extends JValue
  case class JBool(b: Boolean) extends JValue
  case class JNum(n: Double) extends JValue
  case class JStr(s: String) extends JValue
  case class JArr(items: List[JValue]) extends JValue
  case class JObj(fields: List[(String, JValue)]) extends JValue

  def escape(s: String): String = s.flatMap {
    case '"' => "\\\""
    case '\\' => "\\\\"
    case '\n' => "\\n"
    case c if c < ' ' => "\\u%04x".format(c.toInt)
    case c => c.toString
  }

  def num(n: Double): String = if (n == math.floor(n) && !n.isInfinite) n.toLong.toString else n.toString

  def compact(v: JValue): String = v match {
    case JNull => "null"
    case JBool(b) => b.toString
    case JNum(n) => num(n)
    case JStr(s) => "\"" + escape(s) + "\""
    case JArr(items) => items.map(compact).mkString("[", ",", "]")
    case JObj(fields) => fields.map { case (k, x) => "\"" + escape(k) + "\":" + compact(x) }.mkString("{", ",", "}")
  }

  def pretty(v: JValue, indent: Int = 0): String = {
    val pad = "  " * (indent + 1)
    val end = "  " * indent
    v match {
      case JArr(Nil) => "[]"
      case JObj(Nil) => "{}"
      case JArr(items) => items.map(i => pad + pretty(i, indent + 1)).mkString("[\n", ",\n", "\n" + end + "]")
      case JObj(fields) =>
        fields.map { case (k, x) => pad + "\"" + escape(k) + "\": " + pretty(x, indent + 1) }.mkString("{\n", ",\n", "\n" + end + "}")
      case other => compact(other)
    }
  }

  def at(v: JValue, path: List[String]): Option[JValue] = (v, path) match {
    case (_, Nil) => Some(v)
    case (JObj(fields), k :: rest) => fields.find(_._1 == k).flatMap(f => at(f._2, rest))
    case (JArr(items), i :: rest) if i.forall(_.isDigit) && i.toInt < items.length => at(items(i.toInt), rest)
    case _ => None
  }

  def kinds(v: JValue): Map[String, Int] = {
    def kind(x: JValue): String = x match {
      case JNull => "null"; case _: JBool => "bool"; case _: JNum => "number"
      case _: JStr => "string"; case _: JArr => "array"; case _: JObj => "object"
    }
    def all(x: JValue): List[JValue] = x :: (x match {
      case JArr(items) => items.flatMap(all)
      case JObj(fields) => fields.flatMap(f => all(f._2))
      case _ => Nil
    })
    all(v).groupBy(kind).map { case (k, l) => (k, l.size) }
  }

  def main(args: Array[String]): Unit = {
    val scores = Map("ann" -> 91.5, "bob" -> 78.0, "cy" -> 85.25)
    val doc = JObj(List(
      "name" -> JStr("report \"Q3\""),
      "ok" -> JBool(true),
      "count" -> JNum(scores.size),
      "scores" -> JObj(scores.toList.sortBy(_._1).map { case (k, s) => k -> JNum(s) }),
      "tags" -> JArr(List("a", "b\nc").map(JStr)),
      "empty" -> JArr(Nil),
      "nested" -> JArr(List(JArr(List(JNum(1), JNum(2.5))), JObj(Nil), JNull))))
    println(compact(doc))
    println(pretty(doc))
    for (p <- List("scores/bob", "nested/0/1", "nested/5", "name", "ok/x"))
      println(p + " -> " + at(doc, p.split("/").toList).map(compact).getOrElse("(none)"))
    println(kinds(doc).toList.sorted.mkString(", "))
  }
}
