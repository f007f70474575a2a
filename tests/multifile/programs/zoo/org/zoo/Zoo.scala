package org
package zoo

object Zoo {
  val name: String = "City Zoo"
  val opened: Int = 1907
}
