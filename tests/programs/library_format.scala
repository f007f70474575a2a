// Formatting as java.util.Formatter does: "...".format(args), f"..." and String.format with %d %s %x %o %c %f %e %b,
// widths, precisions and the - 0 , + and space flags; decimals are the shortest digits rounded half-up, as on the JVM.
object LibraryFormat {
  def main(args: Array[String]): Unit = {
    println("%.1f".format(0.15))
    println("%.2f".format(1.005))
    println("%.3f".format(2.0005))
    println("%e".format(12345.678))
    println("%.2e".format(0.000123456))
    println("%f".format(1e20))
    println("%.0f".format(2.5))
    println("%.0f".format(0.5))
    println("%.1f".format(0.05))
    println("%.2f".format(0.125))
    println("%.20f".format(0.1))
    println("%8.3f|%-8d|%08d|%x|%X|%c|%s|%5s|%-5s|".format(3.14159, 42, 42, 255, 255, 'z', "hi", "ab", "cd"))
    println("%d%%".format(5))
    println("%,d".format(1234567))
    println(f"${3.14159}%.2f and ${42}%5d")
    println("%s".format(1.5))
    println("%.3e".format(0.0))
    println("%e".format(1.0))
    println("%.15f".format(1.0/3))
    println("%.1f".format(-0.05))
    println("%.1f".format(0.95))
    println("%.2f".format(1e-10))
    println("%5.1f|%+d|% d|%,.2f".format(2.25, 7, 7, 1234567.891) + String.format("%s-%s", "a", "b"))
    val name = "x"; val n = 3
    println(f"$name has $n%03d items%n-- ${n * 1.5}%.1f")
    println("%.2f %.2f %e %E".format(-1.0/0, 0.0/0, -123.456, 1e-300))
    println("%10.4f|%-10.2e|%b|%S".format(Math.PI, 6.02e23, true, "shout"))
    println("%x %o %X".format(-1, 8, 3000000000L))
  }
}
