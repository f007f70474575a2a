// Source: Cay S. Horstmann, "Scala for the Impatient" (Addison-Wesley 2012), chapter 14 "Pattern Matching and Case
// Classes": the sealed Amount hierarchy (Dollar, Currency, case object Nothing) of 14.10-14.12, the nested Item
// structures (Article, Bundle with a price that walks the tree) of 14.11, and the chapter's exercise 14.5 on
// leaf sums; the typed patterns of 14.4 on values of type Any.
// Adapted: a Bundle holds an Array[Item] instead of varargs (`items: Item*`), and Nothing is renamed NoAmount to
// keep scala.Nothing visible; the BigDecimal case of 14.4 is a Double one; printing added to show results.
object Main {
  sealed abstract class Amount
  case class Dollar(value: Double) extends Amount
  case class Currency(value: Double, unit: String) extends Amount
  case object NoAmount extends Amount

  def describe(amt: Amount): String = amt match {
    case Dollar(v) => "$" + v
    case Currency(_, u) => "Oh noes, I got " + u
    case NoAmount => ""
  }

  abstract class Item
  case class Article(description: String, price: Double) extends Item
  case class Bundle(description: String, discount: Double, items: Array[Item]) extends Item
  case class Multiple(count: Int, item: Item) extends Item

  def price(it: Item): Double = it match {
    case Article(_, p) => p
    case Bundle(_, disc, its) => its.map(price).sum - disc
    case Multiple(n, i) => n * price(i)
  }

  def describeItem(it: Item): String = it match {
    case Bundle(_, _, items) if items.length > 0 => items(0) match {
      case Article(descr, _) => "a bundle starting with " + descr
      case b: Bundle => "a bundle of bundles"
      case _ => "a bundle of something"
    }
    case Bundle(d, _, _) => "an empty bundle " + d
    case a: Article => "article " + a.description
    case m @ Multiple(n, _) => n + " times, " + price(m)
  }

  def typed(obj: Any): String = obj match {
    case x: Int => "Int " + x
    case s: String => "String " + s.length
    case _: Double => "Double"
    case a: Amount => "an amount: " + describe(a)
    case _ => "something else"
  }

  def main(args: Array[String]): Unit = {
    val amounts: Array[Amount] = Array(Dollar(1000.0), Currency(1000.0, "EUR"), NoAmount)
    for (amt <- amounts) println(describe(amt))
    val gift = Bundle("Father's day special", 20.0, Array(
      Article("Scala for the Impatient", 39.95),
      Bundle("Anchor Distillery Sampler", 10.0, Array(
        Article("Old Potrero Straight Rye Whiskey", 79.95),
        Article("Junípero Gin", 32.95)))))
    println(price(gift))
    println(describeItem(gift))
    println(describeItem(Bundle("nested", 0, Array(gift))))
    println(describeItem(Bundle("nothing", 0, Array[Item]())))
    println(describeItem(Multiple(3, Article("Blackwell Toaster", 29.95))))
    println(describeItem(Article("Pen", 1.5)))
    println(price(Multiple(10, gift)))
    println(typed(42) + "; " + typed("hi") + "; " + typed(Dollar(2)) + "; " + typed(NoAmount) + "; " + typed(2.0))
    println(Currency(1.0, "CHF") == Currency(1.0, "CHF"))
    println(Currency(1.0, "CHF").copy(unit = "USD"))
  }
}
