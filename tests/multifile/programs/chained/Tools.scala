package com
package acme

object Tools {
  // `package com; package acme` opens both packages: Settings (in com) needs no import
  def banner(): String = {
    var s = ""
    for (i <- 0 until Settings.width) s = s + "="
    s
  }
}
