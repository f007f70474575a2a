package org.zoo.animals

object Catalog {
  def all(): Array[Animal] = Array(
    new Animal("ostrich", 2, 'b'),
    new Animal("zebra", 4, 'm'),
    new Animal("python", 0, 'r'),
    new Animal("spider", 8, 'a')
  )
}
