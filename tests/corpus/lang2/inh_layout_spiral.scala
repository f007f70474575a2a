// Source: Odersky, Spoon, Venners, "Programming in Scala" (artima), chapter 10 "Composition and Inheritance": the
// layout library (abstract class Element, ArrayElement, LineElement, UniformElement, the factory object) and the
// Spiral application. Adapted: the factory's `elem` overloads are named `fromLines`/`fromLine`/`fill`; `for ... yield`
// over zipped arrays as index loops; `++` on arrays as a copying helper; `toString` joins with "\n" by hand.
abstract class Element {
  def contents: Array[String]
  def width: Int = if (height == 0) 0 else contents(0).length
  def height: Int = contents.length

  def above(that: Element): Element = {
    val this1 = this widen that.width
    val that1 = that widen this.width
    Element.fromLines(Element.concat(this1.contents, that1.contents))
  }

  def beside(that: Element): Element = {
    val this1 = this heighten that.height
    val that1 = that heighten this.height
    val lines = new Array[String](this1.contents.length)
    for (i <- 0 until lines.length) lines(i) = this1.contents(i) + that1.contents(i)
    Element.fromLines(lines)
  }

  def widen(w: Int): Element =
    if (w <= width) this
    else {
      val left = Element.fill(' ', (w - width) / 2, height)
      val right = Element.fill(' ', w - width - left.width, height)
      left beside this beside right
    }

  def heighten(h: Int): Element =
    if (h <= height) this
    else {
      val top = Element.fill(' ', width, (h - height) / 2)
      val bot = Element.fill(' ', width, h - height - top.height)
      top above this above bot
    }

  override def toString: String = {
    val sb = new StringBuilder
    for (i <- 0 until contents.length) {
      if (i > 0) sb.append("\n")
      sb.append(contents(i))
    }
    sb.toString
  }
}

object Element {
  private class ArrayElement(val contents: Array[String]) extends Element

  private class LineElement(s: String) extends Element {
    val contents = Array(s)
    override def width = s.length
    override def height = 1
  }

  private class UniformElement(ch: Char, override val width: Int, override val height: Int) extends Element {
    private val line = ch.toString * width
    def contents = Array.fill(height)(line)
  }

  def fromLines(contents: Array[String]): Element = new ArrayElement(contents)
  def fill(chr: Char, width: Int, height: Int): Element = new UniformElement(chr, width, height)
  def fromLine(line: String): Element = new LineElement(line)

  def concat(a: Array[String], b: Array[String]): Array[String] = {
    val out = new Array[String](a.length + b.length)
    for (i <- 0 until a.length) out(i) = a(i)
    for (i <- 0 until b.length) out(a.length + i) = b(i)
    out
  }
}

object Spiral {
  val space = Element.fromLine(" ")
  val corner = Element.fromLine("+")

  def spiral(nEdges: Int, direction: Int): Element = {
    if (nEdges == 1) Element.fromLine("+")
    else {
      val sp = spiral(nEdges - 1, (direction + 3) % 4)
      def verticalBar = Element.fill('|', 1, sp.height)
      def horizontalBar = Element.fill('-', sp.width, 1)
      if (direction == 0) (corner beside horizontalBar) above (sp beside space)
      else if (direction == 1) (sp above space) beside (corner above verticalBar)
      else if (direction == 2) (space beside sp) above (horizontalBar beside corner)
      else (verticalBar above corner) beside (space above sp)
    }
  }

  def main(args: Array[String]): Unit = {
    println(spiral(6, 0))
    println(spiral(11, 0))
    println(spiral(17, 0))
    val hello = Element.fromLine("hello") above Element.fromLine("world!")
    println(hello)
    println(hello.width + " x " + hello.height)
  }
}
