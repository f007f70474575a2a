// A sealed class may be extended in its own file only (scalac: "illegal inheritance from sealed class").
sealed abstract class Shape { def area: Int }
class Square(side: Int) extends Shape { def area: Int = side * side }
