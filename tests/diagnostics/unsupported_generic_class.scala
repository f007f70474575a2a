class Box[T](val value: T) // expect: error unsupported "generic"

object Main {
  def main(args: Array[String]): Unit = println("boxes")
}
