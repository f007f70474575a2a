package app

import textkit.{Caesar, Words}

object Main {
  def main(args: Array[String]): Unit = {
    val s = "Hello multi file World"
    println(Words.countWords(s) + " words")
    println(Words.reverse(s))
    val secret = Caesar.encode(s, 3)
    println(secret)
    println(Caesar.encode(secret, 23))
    println(Caesar.shift('z', 1).toInt)
  }
}
