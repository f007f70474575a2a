// A parent whose methods return its subclasses (json's JsonValue.asObject(): JsonObject), the subclasses adding
// methods of their own: each class's vtable extends its parent's.
abstract class Value {
  def asObject(): ObjectValue = throw new UnsupportedOperationException("Not an object: " + this)
  def asNumber(): NumberValue = throw new UnsupportedOperationException("Not a number: " + this)
  def isObject(): Boolean = false
}

class ObjectValue(val names: Array[String], val values: Array[Value]) extends Value {
  override def asObject(): ObjectValue = this
  override def isObject(): Boolean = true
  def get(name: String): Value = values(names.indexOf(name))
  override def toString = names.mkString("{", ",", "}")
}

class NumberValue(val n: Int) extends Value {
  override def asNumber(): NumberValue = this
  def twice(): NumberValue = new NumberValue(2 * n)
  override def toString = n.toString
}

object Main {
  def main(args: Array[String]): Unit = {
    val o: Value = new ObjectValue(Array("a", "b"), Array(new NumberValue(1), new NumberValue(2)))
    println(o.isObject() + " " + o.asObject())
    println(o.asObject().get("b").asNumber().twice())
    try o.asNumber() catch { case e: UnsupportedOperationException => println(e.getMessage) }
  }
}
