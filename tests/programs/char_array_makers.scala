// Every way of making an Array[Char] makes one that, held as Any, is an Array[Char] and no String, as on the JVM
// (lowering/wasmtypes.char_array_type): conversions of Lists, Vectors, buffers, Sets and Strings, factories, copies,
// and the array methods that make new arrays.
import scala.collection.mutable.ArrayBuffer
object Main {
  def main(args: Array[String]): Unit = {
    val xs: List[Any] = List(List('a', 'b').toArray, Vector('c').toArray, ArrayBuffer('d').toArray, Array.fill(2)('e'),
      Array.ofDim[Char](1), "fg".toArray, "hi".toCharArray, "jk".reverse.toArray, Array('l', 'm').clone, Array('n') ++ Array('o'),
      Array('p', 'q').reverse, Array('r').map(_.toUpper), "st".map(_.toUpper).toArray, Array("uv", "w").flatMap(_.toCharArray),
      Array('x', 'y').sorted, Array('z').filter(_ => true), (for (c <- "ab") yield c).toArray, Set('c').toArray)
    println(xs.map(x => x.isInstanceOf[String] + "/" + x.isInstanceOf[Array[Char]]).mkString(" "))
  }
}
