// Source: Rosetta Code, https://rosettacode.org/wiki/Temperature_conversion#Scala. Adapted: the four scales
// printed with f"...%.2f" for several inputs, and the conversions as methods with a default argument.
object TemperatureConversion {
  def kelvinToCelsius(k: Double): Double = k - 273.15
  def kelvinToFahrenheit(k: Double): Double = k * 1.8 - 459.67
  def kelvinToRankine(k: Double): Double = k * 1.8

  def report(k: Double, unit: String = "K"): Unit = {
    println(f"$k%.2f $unit")
    println(f"${kelvinToCelsius(k)}%.2f C")
    println(f"${kelvinToFahrenheit(k)}%.2f F")
    println(f"${kelvinToRankine(k)}%.2f R")
  }

  def main(args: Array[String]): Unit = {
    report(21.0)
    report(0.0)
    report(373.15)
    println("%8.3f|%-8.1f|%e".format(kelvinToFahrenheit(255.37), kelvinToCelsius(300), kelvinToRankine(1e6)))
  }
}
