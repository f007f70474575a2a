// StringBuilder beyond append: delete, replace, insert of every type, append of Any values, appendAll, lastIndexOf,
// indexOf from, result, mkString, with JDK 25's StringIndexOutOfBoundsException messages.
object LibraryStringBuilderMore {
  def t(f: => Any): Unit = try println(f) catch { case e: Throwable => println(e) }
  def main(args: Array[String]): Unit = {
    val sb = new StringBuilder("hello world")
    t(sb.delete(0, 2))
    t(sb.delete(3, 100))
    t(sb.replace(0, 1, "XYZ"))
    t(sb.replace(1, 100, "q"))
    t(new StringBuilder("abcdef").delete(4, 2))
    t(new StringBuilder("abcdef").delete(-1, 2))
    t(new StringBuilder("abcdef").delete(7, 9))
    t(new StringBuilder("abcdef").replace(4, 2, "x"))
    t(new StringBuilder("abcdef").replace(7, 9, "x"))
    t(new StringBuilder("abcabc").lastIndexOf("bc"))
    t(new StringBuilder("abcabc").indexOf("bc", 2))
    t(new StringBuilder("abc").insert(1, true).insert(0, 2.5f).insert(2, 'z').insert(0, 7L))
    val any: Any = 3.5
    t(new StringBuilder().append(any).append((1, "a")).append(Array(1, 2).length).append(null: String))
    t(new StringBuilder("ab").result())
    t(new StringBuilder("ab").mkString)
    t(new StringBuilder("x").appendAll(Array('p', 'q')))
    t(new StringBuilder("abc").insert(4, "x"))
    t(new StringBuilder("abc").deleteCharAt(3))
    t(new StringBuilder("abc").charAt(5))
    t(new StringBuilder("abc") + "d")
    t(new StringBuilder("abc").reverse.toString)
    t(new StringBuilder("abc").toString.toUpperCase)
    t(new StringBuilder("a").append(1.0).append(-0.0f).append('c').append(3000000000L).length)
    val sb3 = new StringBuilder
    sb3 ++= "xy"
    sb3 += 'z'
    sb3.append(1).append(" ")
    t(sb3)
    t(new StringBuilder("hello").setCharAt(9, 'x'))
    t(new StringBuilder("hello").substring(1, 3))
    t(new StringBuilder("hello").substring(2))
  }
}
