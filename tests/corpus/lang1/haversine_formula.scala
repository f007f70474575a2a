// Source: Rosetta Code, https://rosettacode.org/wiki/Haversine_formula#Scala (Nashville BNA to Los Angeles LAX).
// Adapted: the central angle through atan2 instead of asin, and the result printed with f"%.4f".
object HaversineFormula {
  val R = 6372.8 // km

  def toRadians(degrees: Double): Double = degrees * math.Pi / 180.0

  def haversine(lat1: Double, lon1: Double, lat2: Double, lon2: Double): Double = {
    val dLat = toRadians(lat2 - lat1)
    val dLon = toRadians(lon2 - lon1)
    val a = math.pow(math.sin(dLat / 2), 2) +
      math.pow(math.sin(dLon / 2), 2) * math.cos(toRadians(lat1)) * math.cos(toRadians(lat2))
    val c = 2 * math.atan2(math.sqrt(a), math.sqrt(1 - a))
    R * c
  }

  def main(args: Array[String]): Unit = {
    val d = haversine(36.12, -86.67, 33.94, -118.40)
    println(f"distance: $d%.4f km")
    println(haversine(51.5007, 0.1246, 40.6892, 74.0445))
  }
}
