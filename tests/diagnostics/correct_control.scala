object Main {
  def classify(n: Int): String = n match {
    case 0 => "zero"
    case 1 | 2 => "small"
    case k if k < 0 => "negative"
    case _ => "large"
  }

  def firstNegative(xs: Array[Int]): Int = {
    for (x <- xs) {
      if (x < 0) return x
    }
    0
  }

  def main(args: Array[String]): Unit = {
    var i = 0
    while (i < 3) {
      println(classify(i))
      i += 1
    }
    for (j <- 1 to 3) print(j)
    println()
    println(firstNegative(Array(3, -4, 5)))
    println(math.max(3, 7) + math.abs(-2))
  }
}
