// Source: Rosetta Code, "Towers of Hanoi", Scala solution 1 (acmeism/RosettaCodeData,
// Task/Towers-of-Hanoi/Scala/towers-of-hanoi-1.scala). Adapted: `int` written `Int`, the method nested in main as
// a local def that counts the moves in a captured var, run for 4 disks.
object TowersOfHanoi {
  def main(args: Array[String]): Unit = {
    var moves = 0
    def move(n: Int, from: Int, to: Int, via: Int): Unit = {
      if (n == 1) {
        Console.println("Move disk from pole " + from + " to pole " + to)
        moves += 1
      } else {
        move(n - 1, from, via, to)
        move(1, from, to, via)
        move(n - 1, via, to, from)
      }
    }
    move(4, 1, 2, 3)
    println(moves + " moves")
  }
}
