// Source: Rosetta Code, "Levenshtein distance", Scala solution 1 (acmeism/RosettaCodeData,
// Task/Levenshtein-distance/Scala/levenshtein-distance-1.scala). Adapted: `extends App` as a main, `dist.indices.tail`
// as `1 to ...` ranges, the varargs `minimum(i: Int*)` as a local def of three parameters.
object Levenshtein0 {
  def distance(s1: String, s2: String): Int = {
    val dist = Array.tabulate(s2.length + 1, s1.length + 1) { (j, i) => if (j == 0) i else if (i == 0) j else 0 }

    def minimum(a: Int, b: Int, c: Int): Int = math.min(a, math.min(b, c))

    for {j <- 1 to s2.length
         i <- 1 to s1.length} dist(j)(i) =
        if (s2(j - 1) == s1(i - 1)) dist(j - 1)(i - 1)
        else minimum(dist(j - 1)(i) + 1, dist(j)(i - 1) + 1, dist(j - 1)(i - 1) + 1)

    dist(s2.length)(s1.length)
  }

  def printDistance(s1: String, s2: String) {
    println("%s -> %s : %d".format(s1, s2, distance(s1, s2)))
  }

  def main(args: Array[String]): Unit = {
    printDistance("kitten", "sitting")
    printDistance("rosettacode", "raisethysword")
    printDistance("Here's a bunch of words", "to wring out this code")
    printDistance("sleep", "fleeting")
  }
}
