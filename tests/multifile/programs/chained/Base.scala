package com

object Settings {
  val width: Int = 12
  val title: String = "chained packages"
}
