package org.zoo

import animals.Animal

object Stats {
  def legs(as: Array[Animal]): Int = {
    var total = 0
    for (a <- as) total += a.legs
    total
  }
}
