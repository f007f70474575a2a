// Source: the json4s AST (https://github.com/json4s/json4s, ast/src/main/scala/org/json4s/JsonAST.scala): the
// sealed JValue hierarchy (JNothing, JNull, JString, JDouble, JInt, JBool, JObject, JArray) and its compact
// renderer, with the "values" and "children" queries of the same file.
// Adapted: JInt holds a Long instead of a BigInt, JObject holds arrays of names and values, and JArray an Array
// (the subset has no List); the renderer escapes quotes, backslashes and control characters as json4s's quote does.
object Main {
  sealed abstract class JValue
  case object JNothing extends JValue
  case object JNull extends JValue
  case class JString(s: String) extends JValue
  case class JDouble(num: Double) extends JValue
  case class JInt(num: Long) extends JValue
  case class JBool(value: Boolean) extends JValue
  case class JObject(names: Array[String], values: Array[JValue]) extends JValue
  case class JArray(arr: Array[JValue]) extends JValue

  def quote(s: String): String = {
    val buf = new StringBuilder
    buf.append('"')
    for (c <- s) {
      c match {
        case '"' => buf.append("\\\"")
        case '\\' => buf.append("\\\\")
        case '\b' => buf.append("\\b")
        case '\f' => buf.append("\\f")
        case '\n' => buf.append("\\n")
        case '\r' => buf.append("\\r")
        case '\t' => buf.append("\\t")
        case c if c < ' ' =>
          val hex = Integer.toHexString(c.toInt)
          buf.append("\\u" + ("0000".substring(hex.length)) + hex)
        case c => buf.append(c)
      }
    }
    buf.append('"')
    buf.toString
  }

  def compact(v: JValue): String = v match {
    case JNothing => ""
    case JNull => "null"
    case JString(s) => quote(s)
    case JDouble(n) => n.toString
    case JInt(n) => n.toString
    case JBool(b) => b.toString
    case JArray(arr) => arr.filter(_ != JNothing).map(compact).mkString("[", ",", "]")
    case JObject(names, values) =>
      val fields = new StringBuilder
      var first = true
      for (i <- 0 until names.length) {
        if (values(i) != JNothing) {
          if (!first) fields.append(",")
          fields.append(quote(names(i)) + ":" + compact(values(i)))
          first = false
        }
      }
      "{" + fields.toString + "}"
  }

  def children(v: JValue): Array[JValue] = v match {
    case JObject(_, values) => values
    case JArray(arr) => arr
    case _ => Array[JValue]()
  }

  def count(v: JValue): Int = 1 + children(v).map(count).sum

  def depth(v: JValue): Int = v match {
    case JObject(_, vs) => 1 + (if (vs.isEmpty) 0 else vs.map(depth).max)
    case JArray(vs) => 1 + (if (vs.isEmpty) 0 else vs.map(depth).max)
    case _ => 0
  }

  def kind(v: JValue): String = v match {
    case JNothing | JNull => "nothing"
    case _: JString => "string"
    case JDouble(_) | JInt(_) => "number"
    case JBool(_) => "boolean"
    case _: JObject => "object"
    case _: JArray => "array"
  }

  def main(args: Array[String]): Unit = {
    val address = JObject(Array("street", "city", "zip"), Array(JString("Bulevard"), JString("Helsinki"), JNothing))
    val person = JObject(Array("name", "age", "spouse", "children", "address", "tags"),
      Array(JString("Joe \"Jr\""), JInt(35), JNull,
        JArray(Array(JObject(Array("name", "age"), Array(JString("Mary"), JInt(5))),
          JObject(Array("name", "age"), Array(JString("Mazy"), JDouble(3.5))))),
        address, JArray(Array(JBool(true), JString("tab\there"), JString("line\nbreak\u0001")))))
    println(compact(person))
    println(count(person) + " values, depth " + depth(person))
    for (c <- children(person)) println(kind(c) + ": " + compact(c))
    println(compact(JArray(Array(JNothing, JInt(1), JNothing))))
    println(JString("a") == JString("a"))
    println(JNull == JNothing)
    println(JDouble(1.0))
  }
}
