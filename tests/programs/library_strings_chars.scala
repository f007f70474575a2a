// String, Char, Integer and StringBuilder methods from the prelude library, and a class's own toString when an
// instance is printed or concatenated; the last line fails as the JVM does (NumberFormatException).
class Money(val cents: Long) {
  override def toString(): String = "$" + (cents / 100) + "." + (cents % 100)
}
object LibraryStringsChars {
  def main(args: Array[String]): Unit = {
    val s = "  Hello, World  "
    println("[" + s.trim + "]")
    println(s.toUpperCase + s.toLowerCase)
    println(s.contains("World") + " " + s.trim.startsWith("Hello") + " " + s.trim.endsWith("World") + " " + s.indexOf("o") + " " + s.indexOf('o') + " " + s.lastIndexOf('o'))
    println(s.replace('l', 'L') + s.replace("World", "There"))
    println("abc".reverse + ("ab" * 3) + "xyz".head + "xyz".tail + "xyz".last)
    println("42".toInt + 1)
    val parts = "a,b,,c,,".split(",")
    println(parts.length)
    var i = 0
    while (i < parts.length) { println("<" + parts(i) + ">"); i += 1 }
    val cs = "hey".toCharArray
    println(cs.length + " " + cs(1))
    println('7'.isDigit + " " + 'x'.isLetter + " " + ' '.isWhitespace + " " + 'q'.toUpper + " " + '7'.asDigit + " " + 'z'.asDigit)
    println(Character.isDigit('5') + " " + Character.isLetter('%') + " " + Character.toUpperCase('e') + " " + Character.isWhitespace('\t'))
    println(Integer.parseInt("-123") + " " + Integer.toBinaryString(10) + " " + Integer.toHexString(255) + " " + Integer.toHexString(-1) + " " + java.lang.Long.toBinaryString(5L))
    println(10.toBinaryString + " " + 255.toHexString)
    val sb = new StringBuilder()
    sb.append("abc").append(1).append('x').append(2.5)
    sb += 'y'
    sb ++= "zz"
    sb.insert(0, "<<")
    println(sb.toString + " " + sb.length + " " + sb)
    sb.setCharAt(0, '[')
    println(sb.reverse.toString)
    val m = new Money(1234)
    println(m + " and " + m.toString)
    println(m)
    println("hello".capitalize + " " + "Hello".compareTo("Help") + " " + "ab".equalsIgnoreCase("AB") + " " + "abcdef".take(2) + "abcdef".drop(4))
    println(Integer.parseInt("x1"))
  }
}
