// Source: Rosetta Code, https://rosettacode.org/wiki/Leap_year#Scala. Adapted: the Gregorian rule as one
// boolean expression, checked with assert against known years and printed with String.format-style output.
object LeapYear {
  def isLeapYear(year: Int): Boolean = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0

  def main(args: Array[String]): Unit = {
    assert(isLeapYear(2000))
    assert(!isLeapYear(1900), "1900 was not a leap year")
    val years = Array(1600, 1700, 1800, 1900, 1996, 1999, 2000, 2004, 2023, 2024, 2100)
    for (y <- years) println("%d %s".format(y, if (isLeapYear(y)) "is a leap year" else "is not a leap year"))
  }
}
