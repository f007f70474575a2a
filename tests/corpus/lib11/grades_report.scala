// Source: written for this test: a grade book as teaching tools compute one: records parsed from CSV lines into
// case classes, per-student and per-course statistics with groupBy and mapValues, letter grades by pattern
// guards, a ranking with ties, the median, and a formatted table.
object GradesReport {
  case class Record(student: String, course: String, score: Int)

  val csv = """name,course,score
    |ann,math,91
    |ann,physics,78
    |bob,math,64
    |bob,physics,88
    |bob,art,95
    |cy,math,91
    |cy,art,72
    |dee,physics,55
    |dee,math,83
    |eve,art,88""".stripMargin

  def letter(avg: Double): String = avg match {
    case a if a >= 90 => "A"
    case a if a >= 80 => "B"
    case a if a >= 70 => "C"
    case a if a >= 60 => "D"
    case _ => "F"
  }

  def median(xs: Seq[Int]): Double = {
    val s = xs.sorted
    if (s.isEmpty) 0.0
    else if (s.length % 2 == 1) s(s.length / 2).toDouble
    else (s(s.length / 2 - 1) + s(s.length / 2)) / 2.0
  }

  def main(args: Array[String]): Unit = {
    val records = csv.split("\n").drop(1).toList.map { line =>
      val f = line.trim.split(",")
      Record(f(0), f(1), f(2).toInt)
    }
    println(s"${records.size} records, ${records.map(_.student).distinct.size} students, " +
      s"${records.map(_.course).toSet.size} courses")

    val byStudent = records.groupBy(_.student).mapValues(rs => rs.map(_.score).sum.toDouble / rs.size)
    val ranked = byStudent.toList.sortBy { case (s, avg) => (-avg, s) }
    var rank = 0
    var previous = -1.0
    for (((s, avg), i) <- ranked.zipWithIndex) {
      if (avg != previous) rank = i + 1
      previous = avg
      println(f"$rank%2d. $s%-4s $avg%6.2f ${letter(avg)}")
    }

    println("course   n   min   max  mean  median")
    for ((c, rs) <- records.groupBy(_.course).toList.sortBy(_._1)) {
      val scores = rs.map(_.score)
      println(f"$c%-7s ${scores.size}%2d ${scores.min}%5d ${scores.max}%5d ${scores.sum.toDouble / scores.size}%5.1f ${median(scores)}%7.1f")
    }

    val best = records.groupBy(_.course).map { case (c, rs) => c -> rs.maxBy(_.score).student }
    println("top per course: " + best.toList.sorted.map { case (c, s) => s"$c:$s" }.mkString(" "))
    val (passed, failed) = records.partition(_.score >= 60)
    println(s"passed ${passed.size}, failed ${failed.map(r => r.student + "/" + r.course).mkString(", ")}")
    val letters = byStudent.values.map(letter).groupBy(identity).mapValues(_.size)
    println("letters: " + letters.toList.sorted.map { case (l, n) => s"$l=$n" }.mkString(" "))
    println("all-round (3 courses): " + records.groupBy(_.student).filter(_._2.size == 3).keys.toList.sorted.mkString(","))
  }
}
