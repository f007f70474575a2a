// The top types at run time: toString, ==, equals, hashCode and ## of a value held as Any, computed as the JVM and
// Scala's BoxesRunTime compute them. A value in an Any is null, a String, a box of a primitive, a tuple, an array,
// a function value or a class instance; what only the program knows (its tuple, array and class types) is asked
// of the dispatchers the lowering generates for it (`AnyTypes.*`, lowering/boxing.py).
object Anys {
  // BoxesRunTime's type codes; -1: not a number nor a Char.
  final val CHAR = 0
  final val INT = 3
  final val LONG = 4
  final val FLOAT = 5
  final val DOUBLE = 6

  // String.valueOf(x).
  def show(x: Any): String = {
    if (x == null) return "null"
    if (x.isInstanceOf[String]) return x.asInstanceOf[String]
    if (x.isInstanceOf[Int]) return x.asInstanceOf[Int].toString
    if (x.isInstanceOf[Double]) return x.asInstanceOf[Double].toString
    if (x.isInstanceOf[Long]) return x.asInstanceOf[Long].toString
    if (x.isInstanceOf[Boolean]) return x.asInstanceOf[Boolean].toString
    if (x.isInstanceOf[Char]) return x.asInstanceOf[Char].toString
    if (x.isInstanceOf[Float]) return x.asInstanceOf[Float].toString
    if (x.isInstanceOf[Short]) return x.asInstanceOf[Short].toString
    if (x.isInstanceOf[Byte]) return x.asInstanceOf[Byte].toString
    if (x.isInstanceOf[Unit]) return "()"
    val elements = AnyTypes.tupleElements(x)
    if (elements != null) return showElements("(", ",", elements)
    AnyTypes.showOther(x)
  }

  // start, each element as `show` gives it with sep between them, then ")": a tuple's and a Vector's toString.
  def showElements(start: String, sep: String, elements: Array[Any]): String = {
    var out = start
    var i = 0
    while (i < elements.length) {
      if (i > 0) out = out + sep
      out = out + show(elements(i))
      i += 1
    }
    out + ")"
  }

  // As BoxesRunTime.typeCode: Byte and Short compare as Int does.
  def typeCode(x: Any): Int =
    if (x.isInstanceOf[Int]) INT
    else if (x.isInstanceOf[Double]) DOUBLE
    else if (x.isInstanceOf[Long]) LONG
    else if (x.isInstanceOf[Char]) CHAR
    else if (x.isInstanceOf[Float]) FLOAT
    else if (x.isInstanceOf[Short] || x.isInstanceOf[Byte]) INT
    else -1

  // A boxed number (code from typeCode) as a Long / Double, as Number.longValue / doubleValue give it.
  def longValue(x: Any, code: Int): Long =
    if (code == LONG) x.asInstanceOf[Long]
    else if (code == DOUBLE) x.asInstanceOf[Double].toLong
    else if (code == FLOAT) x.asInstanceOf[Float].toLong
    else intValue(x, code).toLong

  def intValue(x: Any, code: Int): Int =
    if (x.isInstanceOf[Int]) x.asInstanceOf[Int]
    else if (x.isInstanceOf[Char]) x.asInstanceOf[Char].toInt
    else if (x.isInstanceOf[Short]) x.asInstanceOf[Short].toInt
    else if (x.isInstanceOf[Byte]) x.asInstanceOf[Byte].toInt
    else if (code == LONG) x.asInstanceOf[Long].toInt
    else doubleValue(x, code).toInt

  def doubleValue(x: Any, code: Int): Double =
    if (code == DOUBLE) x.asInstanceOf[Double]
    else if (code == FLOAT) x.asInstanceOf[Float].toDouble
    else if (code == LONG) x.asInstanceOf[Long].toDouble
    else intValue(x, code).toDouble

  def floatValue(x: Any, code: Int): Float =
    if (code == FLOAT) x.asInstanceOf[Float] else doubleValue(x, code).toFloat

  // Scala's `==` on Any (BoxesRunTime.equals): null-safe, numbers and chars compared by value across types.
  def equals(x: Any, y: Any): Boolean = {
    if (x.asInstanceOf[AnyRef] eq y.asInstanceOf[AnyRef]) return true
    if (x == null || y == null) return false
    val xc = typeCode(x)
    if (xc < 0) return javaEquals(x, y)
    val yc = typeCode(y)
    if (yc < 0) {
      // A Number or Character equals only a Number or Character; a BigInt (a ScalaNumber) decides itself.
      // (Tested by name: a program that never makes a BigInt links none of its code.)
      if (AnyTypes.className(y) == "scala.math.BigInt") return AnyTypes.equalsOther(y, x)
      return false
    }
    if (xc == CHAR) {
      if (yc == CHAR) return x.asInstanceOf[Char] == y.asInstanceOf[Char]
      return numberEqualsChar(y, yc, x.asInstanceOf[Char])
    }
    if (yc == CHAR) return numberEqualsChar(x, xc, y.asInstanceOf[Char])
    val code = if (xc < yc) yc else xc
    if (code == INT) intValue(x, xc) == intValue(y, yc)
    else if (code == LONG) longValue(x, xc) == longValue(y, yc)
    else if (code == FLOAT) floatValue(x, xc) == floatValue(y, yc)
    else doubleValue(x, xc) == doubleValue(y, yc)
  }

  def numberEqualsChar(x: Any, code: Int, c: Char): Boolean =
    if (code == INT) intValue(x, code) == c.toInt
    else if (code == LONG) x.asInstanceOf[Long] == c.toLong
    else if (code == FLOAT) x.asInstanceOf[Float] == c.toFloat
    else if (code == DOUBLE) x.asInstanceOf[Double] == c.toDouble
    else false

  // x.equals(y) as the classes define it: a box equals only a box of its own class (Double and Float by their
  // bits, so NaN equals NaN and 0.0 does not equal -0.0); tuples element by element with `==`.
  def javaEquals(x: Any, y: Any): Boolean = {
    if (x == null) Runtime.fail("java.lang.NullPointerException")
    if (x.asInstanceOf[AnyRef] eq y.asInstanceOf[AnyRef]) return true
    if (y == null) return false
    if (x.isInstanceOf[String]) return y.isInstanceOf[String] && Runtime.stringEquals(x.asInstanceOf[String], y.asInstanceOf[String])
    if (x.isInstanceOf[Int]) return y.isInstanceOf[Int] && x.asInstanceOf[Int] == y.asInstanceOf[Int]
    if (x.isInstanceOf[Long]) return y.isInstanceOf[Long] && x.asInstanceOf[Long] == y.asInstanceOf[Long]
    if (x.isInstanceOf[Double])
      return y.isInstanceOf[Double] && java.lang.Double.doubleToLongBits(x.asInstanceOf[Double]) ==
        java.lang.Double.doubleToLongBits(y.asInstanceOf[Double])
    if (x.isInstanceOf[Float])
      return y.isInstanceOf[Float] && java.lang.Float.floatToIntBits(x.asInstanceOf[Float]) ==
        java.lang.Float.floatToIntBits(y.asInstanceOf[Float])
    if (x.isInstanceOf[Boolean]) return y.isInstanceOf[Boolean] && x.asInstanceOf[Boolean] == y.asInstanceOf[Boolean]
    if (x.isInstanceOf[Char]) return y.isInstanceOf[Char] && x.asInstanceOf[Char] == y.asInstanceOf[Char]
    if (x.isInstanceOf[Short]) return y.isInstanceOf[Short] && x.asInstanceOf[Short] == y.asInstanceOf[Short]
    if (x.isInstanceOf[Byte]) return y.isInstanceOf[Byte] && x.asInstanceOf[Byte] == y.asInstanceOf[Byte]
    if (x.isInstanceOf[Unit]) return y.isInstanceOf[Unit]
    val xs = AnyTypes.tupleElements(x)
    if (xs != null) {
      val ys = AnyTypes.tupleElements(y)
      if (ys == null || ys.length != xs.length) return false
      var i = 0
      while (i < xs.length) {
        if (!equals(xs(i), ys(i))) return false
        i += 1
      }
      return true
    }
    AnyTypes.equalsOther(x, y)
  }

  // x.hashCode() as the JVM computes it; a tuple's as Scala 2.11's MurmurHash3.productHash (prelude Statics).
  def hashCode(x: Any): Int = {
    if (x == null) Runtime.fail("java.lang.NullPointerException")
    if (x.isInstanceOf[String]) return Statics.stringHash(x.asInstanceOf[String])
    if (x.isInstanceOf[Int]) return x.asInstanceOf[Int]
    if (x.isInstanceOf[Long]) return longHash(x.asInstanceOf[Long])
    if (x.isInstanceOf[Double]) return longHash(java.lang.Double.doubleToLongBits(x.asInstanceOf[Double]))
    if (x.isInstanceOf[Float]) return java.lang.Float.floatToIntBits(x.asInstanceOf[Float])
    if (x.isInstanceOf[Boolean]) return if (x.asInstanceOf[Boolean]) 1231 else 1237
    if (x.isInstanceOf[Char]) return x.asInstanceOf[Char].toInt
    if (x.isInstanceOf[Short]) return x.asInstanceOf[Short].toInt
    if (x.isInstanceOf[Byte]) return x.asInstanceOf[Byte].toInt
    if (x.isInstanceOf[Unit]) return 0
    val elements = AnyTypes.tupleElements(x)
    if (elements != null) {
      var h = 0xcafebabe  // MurmurHash3.productSeed
      var i = 0
      while (i < elements.length) {
        h = Statics.mix(h, scalaHash(elements(i)))
        i += 1
      }
      return Statics.finalizeHash(h, elements.length)
    }
    AnyTypes.hashCodeOther(x)
  }

  // `isInstanceOf[Seq[T]]` (a Seq is a List here): a List, a Vector or a Range.
  def isSeq(x: Any): Boolean = x.isInstanceOf[List[Any]] || AnyTypes.isVector(x)

  // A Vector held as Any (reached from the dispatchers, only in a program that makes Vectors): the array of an
  // IndexedSeq, told from an Array's by its type (lowering/wasmtypes.vector_type).

  // `Vector(1, 2)`, each element as `show` gives it.
  def showVector(x: Any): String = showElements("Vector(", ", ", AnyTypes.vectorElements(x))

  // `WrappedArray(1, 2)` (an array's `toSeq`, held as Any: lowering/wasmtypes.wrapped_array_type), or `Array(1, 2)`
  // for its `deep` (whose nested arrays the dispatcher gives as deep views), its array's elements as `show` gives them.
  def showWrapped(x: Any, deep: Boolean): String =
    showElements(if (deep) "Array(" else "WrappedArray(", ", ", AnyTypes.vectorElements(x))

  // GenSeqLike.equals of a Vector or a Range (x): another of them, or a List, with `==` elements in the same order.
  def vectorEquals(x: Any, y: Any): Boolean = {
    val xs = AnyTypes.vectorElements(x)
    val ys = AnyTypes.vectorElements(y)
    if (ys == null) {
      if (!y.isInstanceOf[List[Any]]) return false
      var p = y.asInstanceOf[List[Any]]
      var i = 0
      while ((p ne Nil) && i < xs.length) {
        if (!equals(xs(i), p.head)) return false
        p = p.tail
        i += 1
      }
      return (p eq Nil) && i == xs.length
    }
    if (ys.length != xs.length) return false
    var i = 0
    while (i < xs.length) {
      if (!equals(xs(i), ys(i))) return false
      i += 1
    }
    true
  }

  // MurmurHash3.seqHash of a Vector's or a Range's elements, as every Seq (a List too) hashes.
  def vectorHash(x: Any): Int = {
    val elements = AnyTypes.vectorElements(x)
    var h = 83007 // "Seq".hashCode, MurmurHash3.seqSeed
    var i = 0
    while (i < elements.length) {
      h = Statics.mix(h, scalaHash(elements(i)))
      i += 1
    }
    Statics.finalizeHash(h, elements.length)
  }

  // java.lang.Long.hashCode.
  def longHash(v: Long): Int = (v ^ (v >>> 32)).toInt

  // x.## (ScalaRunTime.hash): 0 for null; a number equal to an Int hashes as that Int, so that 1 == 1L == 1.0
  // agree on their hash too.
  def scalaHash(x: Any): Int =
    if (x == null) 0
    else if (x.isInstanceOf[Long]) Statics.longHash(x.asInstanceOf[Long])
    else if (x.isInstanceOf[Double]) Statics.doubleHash(x.asInstanceOf[Double])
    else if (x.isInstanceOf[Float]) Statics.floatHash(x.asInstanceOf[Float])
    else hashCode(x)

  // The class a value in an Any has on the JVM, for ClassCastException messages and `Name@hash`.
  def className(x: Any): String =
    if (x.isInstanceOf[String]) "java.lang.String"
    else if (x.isInstanceOf[Int]) "java.lang.Integer"
    else if (x.isInstanceOf[Double]) "java.lang.Double"
    else if (x.isInstanceOf[Long]) "java.lang.Long"
    else if (x.isInstanceOf[Boolean]) "java.lang.Boolean"
    else if (x.isInstanceOf[Char]) "java.lang.Character"
    else if (x.isInstanceOf[Float]) "java.lang.Float"
    else if (x.isInstanceOf[Short]) "java.lang.Short"
    else if (x.isInstanceOf[Byte]) "java.lang.Byte"
    else if (x.isInstanceOf[Unit]) "scala.runtime.BoxedUnit"
    else AnyTypes.className(x)

  // A failed `asInstanceOf` (null never fails: it becomes null, or the zero of a primitive).
  def checkCast(x: Any, target: String): Unit =
    if (x != null) {
      val source = className(x)
      Runtime.fail("java.lang.ClassCastException: class " + source + " cannot be cast to class " + target + " (" +
        castDetails(source, target) + ")")
    }

  // The JDK's parenthesised part: where each class was loaded from (JDK classes from java.base, the program's and
  // Scala's from the class path).
  def castDetails(source: String, target: String): String = {
    val sourceWhere = loadedFrom(source)
    val targetWhere = loadedFrom(target)
    if (Runtime.stringEquals(sourceWhere, targetWhere)) source + " and " + target + " are in " + sourceWhere
    else source + " is in " + sourceWhere + "; " + target + " is in " + targetWhere
  }

  def loadedFrom(name: String): String =
    if (Runtime.startsWith(name, "java.") || Runtime.startsWith(name, "[")) "module java.base of loader 'bootstrap'"
    else "unnamed module of loader 'app'"

  // `Name@hex` of an object without its own toString (an array, a class instance): its identity hash in hex.
  def identityString(name: String, x: Any): String =
    name + "@" + IntegerLib.toHexString(Identity.hash(x.asInstanceOf[AnyRef]))
}

// Identity hashes: a stable pseudo-random value per object, given on first request, as the JVM gives them (its
// values differ, and differ between runs; these are the same on every run). A class instance keeps its hash in its
// `hash` field (field 1 of `$Object`); arrays, strings, tuples and closures have no spare word for it, so those
// hashed so far are kept in a table, searched by reference.
object Identity {
  var objects = new Array[AnyRef](16)
  var hashes = new Array[Int](16)
  var count = 0
  var state = 0x2545F491

  def hash(x: AnyRef): Int = {
    val own = Objects.hashField(x)  // -1: x is no class instance
    if (own > 0) return own
    if (own == 0) {
      val h = next()
      Objects.setHashField(x, h)
      return h
    }
    var i = 0
    while (i < count) {
      if (objects(i) eq x) return hashes(i)
      i += 1
    }
    if (count == objects.length) {
      val moreObjects = new Array[AnyRef](count * 2)
      val moreHashes = new Array[Int](count * 2)
      var k = 0
      while (k < count) {
        moreObjects(k) = objects(k)
        moreHashes(k) = hashes(k)
        k += 1
      }
      objects = moreObjects
      hashes = moreHashes
    }
    val h = next()
    objects(count) = x
    hashes(count) = h
    count += 1
    h
  }

  // Marsaglia's xor-shift, as HotSpot draws its identity hashes; 31 bits, never 0.
  def next(): Int = {
    var h = 0
    while (h == 0) {
      var t = state
      t ^= t << 13
      t ^= t >>> 17
      t ^= t << 5
      state = t
      h = t & 0x7FFFFFFF
    }
    h
  }
}
