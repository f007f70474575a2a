package org.zoo.animals

object Sounds {
  def of(a: Animal): String = a.kind match {
    case 'b' => "boom"
    case 'm' | 'r' => if (a.legs == 0) "hiss" else "whinny"
    case _ => "..."
  }
}
