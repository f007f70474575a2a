// Source: Rosetta Code, https://rosettacode.org/wiki/Towers_of_Hanoi#Scala (the recursive `move` procedure).
// Adapted: procedure syntax kept, pegs named by default arguments, the move count tracked in a var.
object TowersOfHanoi {
  var moves = 0

  def move(n: Int, from: String = "left", to: String = "right", via: String = "middle") {
    if (n == 1) {
      moves += 1
      println("Move disk from " + from + " to " + to)
    } else {
      move(n - 1, from, via, to)
      move(1, from, to, via)
      move(n - 1, via = from, to = to, from = via)
    }
  }

  def main(args: Array[String]) {
    move(4)
    println(moves + " moves")
  }
}
