// String.split, replaceAll, replaceFirst and matches read their argument as a java.util.regex pattern (prelude regex.scala).
object Main {
  def show(a: Array[String]): String = a.mkString("[", "|", "]")
  def main(args: Array[String]): Unit = {
    println(show("It was the best, of times".toLowerCase.split("[^a-z]+")))
    println(show("  a b  c ".split("\\s+")))
    println(show("a1b22c333".split("\\d")))
    println(show("abc".split("")))
    println(show("a,b,,c,,".split(",")))
    println(show("a.b.c".split("\\.")))
    println(show("key = value".split("\\s*=\\s*")))
    println(show("one|two".split("\\|")))
    println(show("x".split("y")))
    println("hello world".replaceAll("o", "0"))
    println("2024-01-15".replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1"))
    println("aaa".replaceFirst("a", "b"))
    println("abc".replaceAll("", "-"))
    println("12345".matches("\\d+") + " " + "12a45".matches("\\d+") + " " + "abc".matches("a.c"))
    println("foo  bar".replaceAll("\\s+", " "))
    println("The Quick fox".replaceAll("\\b(\\w)", "<$1>"))
    println("aXbXXc".split("X+").length)
    println("a:b::c".split(":").toList)
    println("tab\there".split("\t").toList)
    println("<<a>><<b>>".replaceAll("<<(.*?)>>", "[$1]"))
    println("colour color".replaceAll("colou?r", "C"))
    println("aaaa".replaceAll("a{2}", "b") + " " + "aaaaa".replaceAll("a{2,3}", "b"))
  }
}
