// new Array[T](n) and Array.ofDim[T](n) with `T: ClassTag` hold T's zero until written (0, 0.0, false, '\u0000',
// null), as on the JVM: seen by generic code (printed, compared, hashed, put in a List), through methods, lambdas,
// local defs, classes and subclasses with the bound, the evidence passed on from one generic method to the next.
import scala.reflect.ClassTag
import scala.collection.mutable.ArrayBuffer
object Main {
  def fill[T: ClassTag](n: Int): Array[T] = new Array[T](n)
  def twice[U: ClassTag](n: Int): Array[U] = fill[U](n * 2)
  def show[T: ClassTag](n: Int): String = fill[T](n).mkString("<", ",", ">")
  def viaLambda[T: ClassTag](n: Int): List[String] = List(1, 2).map(k => new Array[T](k).mkString("/"))
  def localDef[T: ClassTag](n: Int): String = {
    def mk(k: Int): Array[T] = new Array[T](k)
    mk(n).mkString(",")
  }
  def explicit[T](n: Int)(implicit ct: ClassTag[T]): String = new Array[T](n).mkString(",")
  def empty[T: ClassTag]: Array[T] = new Array[T](1)
  def varargs[T: ClassTag](xs: T*): String = { val a = new Array[T](xs.length + 1); var i = 0; for (x <- xs) { a(i) = x; i += 1 }; a.mkString(",") }
  def curried[T: ClassTag](n: Int)(m: Int): String = new Array[T](n + m).mkString(",")
  def two[A: ClassTag, B: ClassTag](n: Int): String = new Array[A](n).mkString(",") + ";" + new Array[B](n).mkString(",")
  class Base[T: ClassTag](n: Int) { val arr = new Array[T](n); def s = arr.mkString(",") }
  class Sub[T: ClassTag](n: Int) extends Base[T](n) { def more = new Array[T](1).mkString }
  class Matrix[T: ClassTag](val rows: Int, val cols: Int) {
    private val data = new Array[T](rows * cols)
    def apply(r: Int, c: Int): T = data(r * cols + c)
    def update(r: Int, c: Int, v: T): Unit = data(r * cols + c) = v
    def row(r: Int): List[T] = (0 until cols).map(c => apply(r, c)).toList
  }
  object Matrix { def apply[T: ClassTag](n: Int): Matrix[T] = new Matrix[T](n, n) }
  case class Holder[T: ClassTag](n: Int) { def arr = new Array[T](n) }
  def toArr[T: ClassTag](xs: List[T]): Array[T] = xs.toArray
  def bufArr[T: ClassTag](xs: ArrayBuffer[T]): Array[T] = { val a = xs.toArray; val b = new Array[T](a.length + 1); Array.copy(a, 0, b, 0, a.length); b }
  def asList[T: ClassTag](n: Int): List[T] = new Array[T](n).toList
  def firstAny[T: ClassTag](n: Int): Any = new Array[T](n)(0)
  def isZero[T: ClassTag](n: Int, z: T): Boolean = new Array[T](n)(0) == z
  class Grid[T: ClassTag](w: Int, h: Int) {
    val cells = Array.ofDim[T](w * h)
    def apply(x: Int, y: Int): T = cells(y * w + x)
    override def toString = cells.mkString("[", " ", "]")
  }
  class Stk[T: ClassTag] {
    private var items = new Array[T](2)
    private var n = 0
    def push(x: T): Unit = {
      if (n == items.length) { val b = new Array[T](n * 2); Array.copy(items, 0, b, 0, n); items = b }
      items(n) = x; n += 1
    }
    def raw: String = items.mkString(",")
  }
  def opt[T: ClassTag](n: Int): Option[T] = Some(new Array[T](n)(0))
  def hash[T: ClassTag](n: Int): Int = new Array[T](n)(0).##
  def str[T: ClassTag](n: Int): String = "v=" + new Array[T](n)(0)
  def main(args: Array[String]): Unit = {
    println(twice[Int](2).mkString(","))
    println(show[Char](2).map(_.toInt))
    println(show[Long](2))
    println(show[Float](2))
    println(show[Short](2))
    println(show[Byte](2))
    println(show[String](2))
    println(show[Option[Int]](2))
    println(viaLambda[Int](1))
    println(localDef[Double](2))
    println(explicit[Boolean](2))
    println(empty[Int].mkString)
    println(varargs(1, 2))
    println(varargs("a"))
    println(curried[Int](1)(1))
    println(two[Int, Boolean](2))
    println(new Base[Int](2).s)
    val sb = new Sub[Double](2); println(sb.s + " " + sb.more)
    val m = Matrix[Int](2); m.update(0, 1, 7); println(m.row(0)); println(m.row(1))
    println(Holder[Int](2).arr.mkString(","))
    println(toArr(List(1, 2)).mkString(","))
    println(bufArr(ArrayBuffer(1, 2)).mkString(","))
    println(bufArr(ArrayBuffer("x")).mkString(","))
    println(asList[Int](2))
    println(asList[Char](1).map(_.toInt))
    println(firstAny[Int](1))
    println(firstAny[Boolean](1))
    println(isZero[Int](1, 0))
    println(new Grid[Int](2, 2))
    val g = new Grid[Double](2, 1); println(g(1, 0))
    val s = new Stk[Int]; s.push(1); s.push(2); s.push(3)
    println(s.raw)
    println(opt[Int](1))
    println(hash[Int](1))
    println(str[Long](1))
    println(str[String](1))
    val arr = Array.ofDim[Int](2, 3)
    println(arr.map(_.mkString(",")).mkString(";"))
    println(Array.fill[Double](2)(1.5).toList)
  }
}
