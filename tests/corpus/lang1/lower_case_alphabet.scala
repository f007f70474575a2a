// Source: written for this test, after the Rosetta Code task "Generate lower case ASCII alphabet"
// (https://rosettacode.org/wiki/Generate_lower_case_ASCII_alphabet): the alphabet as a Char range, its checks
// printed instead of asserted, and the same sequence built by hand from the character codes.
object LowerCaseAlphabet {
  def main(args: Array[String]): Unit = {
    val lowAlpha = 'a' to 'z'
    println(lowAlpha)
    println(lowAlpha.size + " " + lowAlpha.start + " " + lowAlpha.head + " " + lowAlpha.last)
    println((lowAlpha contains 'n') + " " + lowAlpha.indexOf('n'))
    val built = new StringBuilder
    for (code <- 97 to 122) built.append(code.toChar)
    println(built.toString == lowAlpha.mkString)
    println(lowAlpha.map(_.toUpper).mkString(""))
    println(('a' to 'z' by 5).mkString(" "))
    println(lowAlpha.reverse.mkString)
  }
}
