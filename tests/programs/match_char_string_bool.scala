// Covers: match on Char, String and Boolean scrutinees, with alternatives and wildcards.
object MatchCharStringBool {
  def classify(c: Char): String = c match {
    case 'a' | 'e' | 'i' | 'o' | 'u' => "vowel"
    case ' ' => "space"
    case '\n' => "newline"
    case '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' => "digit"
    case _ => "other"
  }

  def command(s: String): Int = s match {
    case "add" => 1
    case "sub" | "subtract" => 2
    case "" => 0
    case _ => -1
  }

  def yesNo(b: Boolean): String = b match {
    case true => "yes"
    case false => "no"
  }

  def main(args: Array[String]): Unit = {
    val text = "hi 42\nok"
    var i = 0
    while (i < text.length) {
      println(classify(text.charAt(i)))
      i += 1
    }
    println(command("add"))
    println(command("sub"))
    println(command("subtract"))
    println(command(""))
    println(command("mul"))
    println(command("ad" + "d"))
    println(yesNo(true))
    println(yesNo(1 > 2))
    val greeting = "caf\u00e9" match {
      case "café" => "matched unicode"
      case _ => "no match"
    }
    println(greeting)
  }
}
