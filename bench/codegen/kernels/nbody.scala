// N-body (the benchmarks game's five planets), Doubles in a segment: 7 fields of 8 bytes per body.
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Main {
  def run(steps: Int): Long = withMemoryAllocator { a =>
    val bodies = 5
    val s = a.allocate(bodies * 56)
    val pi = 3.141592653589793
    val solarMass = 4 * pi * pi
    val daysPerYear = 365.24
    val init = Array(
      0.0, 0.0, 0.0, 0.0, 0.0, 0.0, solarMass,
      4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03 * daysPerYear, 7.69901118419740425e-03 * daysPerYear,
      -6.90460016972063023e-05 * daysPerYear, 9.54791938424326609e-04 * solarMass,
      8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear,
      2.30417297573763929e-05 * daysPerYear, 2.85885980666130812e-04 * solarMass,
      1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear,
      -2.96589568540237556e-05 * daysPerYear, 4.36624404335156298e-05 * solarMass,
      1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear,
      -9.51592254519715870e-05 * daysPerYear, 5.15138902046611451e-05 * solarMass)
    for (i <- 0 until bodies * 7) s.setDouble(i * 8, init(i))
    // Offset the momentum: the sun moves so that the total is zero.
    var px = 0.0
    var py = 0.0
    var pz = 0.0
    for (i <- 0 until bodies) {
      val b = i * 56
      px += s.getDouble(b + 24) * s.getDouble(b + 48)
      py += s.getDouble(b + 32) * s.getDouble(b + 48)
      pz += s.getDouble(b + 40) * s.getDouble(b + 48)
    }
    s.setDouble(24, -px / solarMass)
    s.setDouble(32, -py / solarMass)
    s.setDouble(40, -pz / solarMass)
    val dt = 0.01
    for (step <- 0 until steps) {
      for (i <- 0 until bodies) {
        val bi = i * 56
        for (j <- i + 1 until bodies) {
          val bj = j * 56
          val dx = s.getDouble(bi) - s.getDouble(bj)
          val dy = s.getDouble(bi + 8) - s.getDouble(bj + 8)
          val dz = s.getDouble(bi + 16) - s.getDouble(bj + 16)
          val d2 = dx * dx + dy * dy + dz * dz
          val mag = dt / (d2 * math.sqrt(d2))
          val mi = s.getDouble(bi + 48) * mag
          val mj = s.getDouble(bj + 48) * mag
          s.setDouble(bi + 24, s.getDouble(bi + 24) - dx * mj)
          s.setDouble(bi + 32, s.getDouble(bi + 32) - dy * mj)
          s.setDouble(bi + 40, s.getDouble(bi + 40) - dz * mj)
          s.setDouble(bj + 24, s.getDouble(bj + 24) + dx * mi)
          s.setDouble(bj + 32, s.getDouble(bj + 32) + dy * mi)
          s.setDouble(bj + 40, s.getDouble(bj + 40) + dz * mi)
        }
      }
      for (i <- 0 until bodies) {
        val b = i * 56
        s.setDouble(b, s.getDouble(b) + dt * s.getDouble(b + 24))
        s.setDouble(b + 8, s.getDouble(b + 8) + dt * s.getDouble(b + 32))
        s.setDouble(b + 16, s.getDouble(b + 16) + dt * s.getDouble(b + 40))
      }
    }
    var e = 0.0
    for (i <- 0 until bodies) {
      val bi = i * 56
      val vx = s.getDouble(bi + 24)
      val vy = s.getDouble(bi + 32)
      val vz = s.getDouble(bi + 40)
      e += 0.5 * s.getDouble(bi + 48) * (vx * vx + vy * vy + vz * vz)
      for (j <- i + 1 until bodies) {
        val bj = j * 56
        val dx = s.getDouble(bi) - s.getDouble(bj)
        val dy = s.getDouble(bi + 8) - s.getDouble(bj + 8)
        val dz = s.getDouble(bi + 16) - s.getDouble(bj + 16)
        e -= s.getDouble(bi + 48) * s.getDouble(bj + 48) / math.sqrt(dx * dx + dy * dy + dz * dz)
      }
    }
    (e * 1e9).toLong
  }

  def main(args: Array[String]): Unit = {
    println(run(1000000))
  }
}
