// Source: Rosetta Code, https://rosettacode.org/wiki/Caesar_cipher#Scala. Adapted: the per-character shift written
// with Char methods (isUpper, isLower, isLetter) and a StringBuilder instead of `map` over the string.
object CaesarCipher {
  private val alphaSize = 26

  private def shift(c: Char, key: Int): Char = {
    val offset = ((key % alphaSize) + alphaSize) % alphaSize
    if (c.isUpper) ((c - 'A' + offset) % alphaSize + 'A').toChar
    else if (c.isLower) ((c - 'a' + offset) % alphaSize + 'a').toChar
    else c
  }

  def encode(text: String, key: Int): String = {
    val sb = new StringBuilder()
    for (c <- text.toCharArray) sb.append(shift(c, key))
    sb.toString
  }

  def decode(text: String, key: Int): String = encode(text, -key)

  def main(args: Array[String]): Unit = {
    val text = "The five boxing wizards jump quickly"
    println("Plaintext  => " + text)
    val encoded = encode(text, 3)
    println("Ciphertext => " + encoded)
    println("Decrypted  => " + decode(encoded, 3))
    println(encode("Veni, vidi, vici", 13) + " | " + encode("abc XYZ", -1))
  }
}
