// Source: written for this test. A printer for nested data held as Any (arrays of Any, tuples, strings, numbers,
// booleans, null), in a JSON-like notation, with a depth count and a total of the numbers found, the sort of
// walk a serializer does over untyped data.
object NestedPrinter {
  var numbers = 0.0

  def quote(s: String): String = {
    val sb = new StringBuilder
    sb.append('"')
    for (i <- 0 until s.length) {
      val c = s.charAt(i)
      if (c == '"') sb.append("\\\"")
      else if (c == '\n') sb.append("\\n")
      else sb.append(c)
    }
    sb.append('"')
    sb.toString
  }

  def render(v: Any, depth: Int): String = {
    if (v == null) "null"
    else if (v.isInstanceOf[String]) quote(v.asInstanceOf[String])
    else if (v.isInstanceOf[Int]) { numbers += v.asInstanceOf[Int]; v.toString }
    else if (v.isInstanceOf[Long]) { numbers += v.asInstanceOf[Long]; v.toString }
    else if (v.isInstanceOf[Double]) { numbers += v.asInstanceOf[Double]; v.toString }
    else if (v.isInstanceOf[Boolean]) v.toString
    else if (v.isInstanceOf[Array[Any]]) {
      val items = v.asInstanceOf[Array[Any]]
      var out = "["
      for (i <- 0 until items.length) {
        if (i > 0) out += ", "
        out += render(items(i), depth + 1)
      }
      out + "]"
    } else if (v.isInstanceOf[(String, Any)]) {
      val pair = v.asInstanceOf[(String, Any)]
      quote(pair._1) + ": " + render(pair._2, depth + 1)
    } else "<" + v + ">"
  }

  def depthOf(v: Any): Int =
    if (v.isInstanceOf[Array[Any]]) {
      var deepest = 0
      for (item <- v.asInstanceOf[Array[Any]]) deepest = math.max(deepest, depthOf(item))
      deepest + 1
    } else if (v.isInstanceOf[(String, Any)]) depthOf(v.asInstanceOf[(String, Any)]._2)
    else 0

  def main(args: Array[String]): Unit = {
    val doc: Any = Array[Any](
      ("name", "scalawasi"),
      ("version", 1),
      ("ratio", 0.75),
      ("big", 12345678901L),
      ("tags", Array[Any]("wasm", "gc", "wasi")),
      ("nested", Array[Any](Array[Any](1, 2), Array[Any](3, Array[Any](4, null)), true)),
      ("quote", "say \"hi\"\nbye"))
    println(render(doc, 0))
    println("depth " + depthOf(doc))
    println("sum of numbers " + numbers)
    val same: Any = Array[Any](1, 2)
    println(same == Array[Any](1, 2))
    println(same == same)
  }
}
