// Source: Rosetta Code, https://rosettacode.org/wiki/Look-and-say_sequence#Scala. Adapted: each next term built by
// counting runs with charAt and a StringBuilder (the page uses a recursive List version).
object LookAndSay {
  def next(s: String): String = {
    val sb = new StringBuilder
    var i = 0
    while (i < s.length) {
      val c = s.charAt(i)
      var run = 1
      while (i + run < s.length && s.charAt(i + run) == c) run += 1
      sb.append(run).append(c)
      i += run
    }
    sb.toString
  }

  def main(args: Array[String]): Unit = {
    var term = "1"
    var n = 1
    do {
      println(n + ": " + term)
      term = next(term)
      n += 1
    } while (n <= 12)
    println("length of term 30: " + {
      var t = "1"
      var k = 1
      while (k < 30) { t = next(t); k += 1 }
      t.length
    })
  }
}
