package org.texts

object Pad {
  def right(s: String, width: Int): String = {
    var out = s
    while (out.length < width) out = out + " "
    out
  }
  def left(n: Int, width: Int): String = {
    var out = "" + n
    while (out.length < width) out = " " + out
    out
  }
}
