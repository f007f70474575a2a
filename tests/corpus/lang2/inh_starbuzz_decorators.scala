// Source: Freeman & Robson, "Head First Design Patterns" (O'Reilly), chapter 3 "The Decorator Pattern": the
// Starbuzz Coffee beverages (abstract Beverage with getDescription/cost, Espresso, HouseBlend, DarkRoast, Decaf,
// the abstract CondimentDecorator and the Mocha, Soy, Whip, SteamedMilk condiments) and its test drive, and
// chapter 2's weather station (Subject, Observer and DisplayElement as traits). Ported from the book's Java.
// Adapted: sizes affect the condiments' price as in the chapter's exercise; observers kept in an array; prices
// printed in cents.
abstract class Beverage {
  var size: Int = 1 // 0 tall, 1 grande, 2 venti
  def description: String = "Unknown Beverage"
  def cost: Int
}

abstract class CondimentDecorator(val beverage: Beverage) extends Beverage {
  size = beverage.size
  def extra: Int
  def name: String
  override def description: String = beverage.description + ", " + name
  def cost: Int = beverage.cost + extra
}

class Espresso extends Beverage { override def description = "Espresso"; def cost = 199 }
class HouseBlend extends Beverage { override def description = "House Blend Coffee"; def cost = 89 }
class DarkRoast extends Beverage { override def description = "Dark Roast Coffee"; def cost = 99 }
class Decaf extends Beverage { override def description = "Decaf Coffee"; def cost = 105 }

class Mocha(b: Beverage) extends CondimentDecorator(b) { def name = "Mocha"; def extra = 20 }
class Whip(b: Beverage) extends CondimentDecorator(b) { def name = "Whip"; def extra = 10 }
class SteamedMilk(b: Beverage) extends CondimentDecorator(b) { def name = "Steamed Milk"; def extra = 10 }
class Soy(b: Beverage) extends CondimentDecorator(b) {
  def name = "Soy"
  def extra = if (size == 0) 10 else if (size == 1) 15 else 20
}

trait Observer { def update(temp: Double, humidity: Double, pressure: Double): Unit }
trait DisplayElement { def display(): Unit }
trait Subject {
  private var observers = new Array[Observer](0)
  def registerObserver(o: Observer): Unit = {
    val more = new Array[Observer](observers.length + 1)
    for (i <- 0 until observers.length) more(i) = observers(i)
    more(observers.length) = o
    observers = more
  }
  def removeObserver(o: Observer): Unit = {
    var kept = 0
    for (x <- observers) if (!(x eq o)) kept += 1
    val fewer = new Array[Observer](kept)
    var j = 0
    for (x <- observers) if (!(x eq o)) { fewer(j) = x; j += 1 }
    observers = fewer
  }
  def notifyObservers(): Unit
  protected def each(f: Observer => Unit): Unit = for (o <- observers) f(o)
}

class WeatherData extends Subject {
  private var temperature = 0.0
  private var humidity = 0.0
  private var pressure = 0.0
  def notifyObservers(): Unit = each(o => o.update(temperature, humidity, pressure))
  def setMeasurements(t: Double, h: Double, p: Double): Unit = {
    temperature = t; humidity = h; pressure = p
    notifyObservers()
  }
}

class CurrentConditionsDisplay(data: Subject) extends Observer with DisplayElement {
  private var temperature = 0.0
  private var humidity = 0.0
  data.registerObserver(this)
  def update(t: Double, h: Double, p: Double): Unit = { temperature = t; humidity = h; display() }
  def display(): Unit = println("Current conditions: " + temperature + "F degrees and " + humidity + "% humidity")
}

class StatisticsDisplay(data: Subject) extends Observer with DisplayElement {
  private var max = -1000.0
  private var min = 1000.0
  private var sum = 0.0
  private var readings = 0
  data.registerObserver(this)
  def update(t: Double, h: Double, p: Double): Unit = {
    sum += t; readings += 1
    if (t > max) max = t
    if (t < min) min = t
    display()
  }
  def display(): Unit = println("Avg/Max/Min temperature = " + (sum / readings) + "/" + max + "/" + min)
}

class ForecastDisplay(data: Subject) extends Observer with DisplayElement {
  private var current = 29.92
  private var last = 0.0
  data.registerObserver(this)
  def update(t: Double, h: Double, p: Double): Unit = { last = current; current = p; display() }
  def display(): Unit = {
    print("Forecast: ")
    if (current > last) println("Improving weather on the way!")
    else if (current == last) println("More of the same")
    else println("Watch out for cooler, rainy weather")
  }
}

object StarbuzzCoffee {
  def main(args: Array[String]): Unit = {
    val beverage = new Espresso
    println(beverage.description + " $" + beverage.cost)
    var beverage2: Beverage = new DarkRoast
    beverage2 = new Mocha(beverage2)
    beverage2 = new Mocha(beverage2)
    beverage2 = new Whip(beverage2)
    println(beverage2.description + " $" + beverage2.cost)
    val tall = new HouseBlend
    tall.size = 0
    val beverage3 = new Whip(new Mocha(new Soy(tall)))
    println(beverage3.description + " $" + beverage3.cost)
    val venti = new Decaf
    venti.size = 2
    val beverage4: Beverage = new SteamedMilk(new Soy(venti))
    println(beverage4.description + " $" + beverage4.cost)

    val weatherData = new WeatherData
    val current = new CurrentConditionsDisplay(weatherData)
    val stats = new StatisticsDisplay(weatherData)
    val forecast = new ForecastDisplay(weatherData)
    weatherData.setMeasurements(80, 65, 30.4)
    weatherData.setMeasurements(82, 70, 29.2)
    weatherData.removeObserver(forecast)
    weatherData.setMeasurements(78, 90, 29.2)
    val displays = Array[DisplayElement](current, stats, forecast)
    for (d <- displays) d.display()
  }
}
