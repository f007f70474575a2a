package org.zoo
package keepers

// `package org.zoo; package keepers`: org.zoo's members (the package animals, the object Zoo) are visible
class Keeper(val name: String) {
  var fed: Int = 0
  def feed(a: animals.Animal): String = {
    fed += 1
    name + " feeds the " + a.name + " at " + Zoo.name
  }
}
