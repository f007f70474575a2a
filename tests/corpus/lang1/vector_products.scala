// Source: Rosetta Code, https://rosettacode.org/wiki/Vector_products#Scala. Adapted: a Vector3D class with
// operators for the dot (`dot`) and cross (`x`) products and scalar/vector triple products as methods.
class Vector3D(val x: Double, val y: Double, val z: Double) {
  def dot(v: Vector3D): Double = x * v.x + y * v.y + z * v.z
  def x(v: Vector3D): Vector3D = new Vector3D(y * v.z - z * v.y, z * v.x - x * v.z, x * v.y - y * v.x)
  def +(v: Vector3D): Vector3D = new Vector3D(x + v.x, y + v.y, z + v.z)
  def *(k: Double): Vector3D = new Vector3D(x * k, y * k, z * k)
  def scalarTriple(b: Vector3D, c: Vector3D): Double = this dot (b x c)
  def vectorTriple(b: Vector3D, c: Vector3D): Vector3D = this x (b x c)
  override def toString = "(" + x + ", " + y + ", " + z + ")"
}

object VectorProducts {
  def main(args: Array[String]): Unit = {
    val a = new Vector3D(3, 4, 5)
    val b = new Vector3D(4, 3, 5)
    val c = new Vector3D(-5, -12, -13)
    println("a = " + a + " b = " + b + " c = " + c)
    println("a . b = " + (a dot b))
    println("a x b = " + (a x b))
    println("a . (b x c) = " + a.scalarTriple(b, c))
    println("a x (b x c) = " + a.vectorTriple(b, c))
    println((a + b) * 0.5)
  }
}
