// Source: Alvin Alexander, "Scala Cookbook" (O'Reilly 2013), recipe 3.11 "Using Pattern Matching in Match
// Expressions": echoWhatYouGaveMe, a match on Any with constant, sequence-free constructor, typed and variable
// patterns, and the Person/Dog case classes; with recipe 3.14 "Using a Match Expression Like a switch Statement"
// (the getClassAsString typed patterns).
// Adapted: the recipe's Nil, List, Vector, Map and Array[String] cases are left out (the subset has no collections
// library yet); printing of each result added.
object Main {
  case class Person(first: String, last: String)
  case class Dog(name: String)

  def echoWhatYouGaveMe(x: Any): String = x match {
    // constant patterns
    case 0 => "zero"
    case true => "true"
    case "hello" => "you said 'hello'"

    // tuples
    case (a, b) => s"got $a and $b"
    case (a, b, c) => s"got $a, $b, and $c"

    // constructor patterns
    case Person(first, "Alexander") => s"found an Alexander, first name = $first"
    case Dog("Suka") => "found a dog named Suka"

    // typed patterns
    case s: String => s"you gave me this string: $s"
    case i: Int => s"thanks for the int: $i"
    case f: Float => s"thanks for the float: $f"
    case a: Array[Int] => s"an array of int: ${a.mkString(",")}"
    case d: Dog => s"dog: ${d.name}"

    // the default wildcard pattern
    case _ => "Unknown"
  }

  def getClassAsString(x: Any): String = x match {
    case s: String => s + " is a String"
    case i: Int => "Int"
    case f: Float => "Float"
    case l: Long => "Long"
    case d: Double => "Double"
    case c: Char => "Char " + c
    case b: Boolean => "Boolean " + b
    case p: Person => "Person " + p.last
    case _ => "Unknown"
  }

  def main(args: Array[String]): Unit = {
    // trigger the constant patterns
    println(echoWhatYouGaveMe(0))
    println(echoWhatYouGaveMe(true))
    println(echoWhatYouGaveMe("hello"))

    // trigger the tuple patterns
    println(echoWhatYouGaveMe((1, 2)))
    println(echoWhatYouGaveMe((1, 2, 3)))

    // trigger the constructor patterns
    println(echoWhatYouGaveMe(Person("Melissa", "Alexander")))
    println(echoWhatYouGaveMe(Dog("Suka")))

    // trigger the typed patterns
    println(echoWhatYouGaveMe("Hello, world"))
    println(echoWhatYouGaveMe(42))
    println(echoWhatYouGaveMe(42F))
    println(echoWhatYouGaveMe(Array(1, 2, 3)))
    println(echoWhatYouGaveMe(Dog("Fido")))
    println(echoWhatYouGaveMe(Person("Al", "Smith")))
    println(echoWhatYouGaveMe(42L))
    println(echoWhatYouGaveMe(false))

    println(getClassAsString(1))
    println(getClassAsString("hello"))
    println(getClassAsString(3.5))
    println(getClassAsString(7L))
    println(getClassAsString('z'))
    println(getClassAsString(false))
    println(getClassAsString(Person("Al", "Smith")))
    println(getClassAsString(Dog("Rex")))
  }
}
