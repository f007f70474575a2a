// Source: the "custom exception" exercise of Scala tutorials (javatpoint, "Scala Custom Exception",
// https://www.javatpoint.com/scala-custom-exception: an InvalidAgeException thrown when a voter is under 18).
// Written for this corpus from the exercise's statement; the registry of people, the second exception class and
// the error counts are this corpus's.
class InvalidAgeException(message: String) extends Exception(message)
class InvalidNameException(val name: String) extends Exception {
  override def getMessage: String = "invalid name '" + name + "'"
}

object AgeValidation {
  def validate(name: String, age: Int): String = {
    if (name.trim.isEmpty) throw new InvalidNameException(name)
    if (age < 0) throw new IllegalArgumentException("age cannot be negative: " + age)
    if (age < 18) throw new InvalidAgeException(name + " is not eligible to vote (age " + age + ")")
    name + " may vote"
  }

  def main(args: Array[String]): Unit = {
    val names = Array("Ann", "Bob", " ", "Dan", "Eve")
    val ages = Array(34, 17, 40, -3, 18)
    var refused = 0
    var invalid = 0
    for (i <- 0 until names.length) {
      try {
        println(validate(names(i), ages(i)))
      } catch {
        case e: InvalidAgeException =>
          refused += 1
          println("refused: " + e.getMessage)
        case e: InvalidNameException =>
          invalid += 1
          println("invalid: " + e + " / " + e.getMessage)
        case e: Exception =>
          invalid += 1
          println("error: " + e)
      }
    }
    println("refused " + refused + ", invalid " + invalid)
  }
}
