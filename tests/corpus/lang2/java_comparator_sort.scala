// Source: Rosetta Code, "Sort using a custom comparator" (https://rosettacode.org/wiki/Sort_using_a_custom_comparator):
// sort strings in decreasing order of length, and in ascending lexicographic order (ignoring case) for equal
// lengths. Adapted to the Java way the task's Java solution takes: java.util.Arrays.sort with a Comparator, as an
// object and as an anonymous class.
import java.util.{Arrays, Comparator}

object LengthThenAlpha extends Comparator[String] {
  def compare(a: String, b: String): Int =
    if (a.length != b.length) b.length - a.length
    else a.compareToIgnoreCase(b)
}

object Main {
  def main(args: Array[String]): Unit = {
    val words = "Here are some sample strings to be sorted".split(" ")
    Arrays.sort(words, LengthThenAlpha)
    println(words.mkString(" "))
    println(Arrays.toString(words.map(_.length)))
    val byLast = Arrays.copyOf(words, words.length)
    Arrays.sort(byLast, new Comparator[String] {
      def compare(a: String, b: String): Int = a.charAt(a.length - 1) - b.charAt(b.length - 1)
    })
    println(byLast.mkString(" "))
    println(words.mkString(" "))
    val firstThree = Arrays.copyOfRange(words, 0, 3)
    println(firstThree.mkString("[", ", ", "]"))
  }
}
