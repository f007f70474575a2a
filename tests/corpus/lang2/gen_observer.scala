// Source: written for this test after the Observer pattern of "Programming in Scala" chapter 19/20 examples
// (Publisher/Subscriber) and "Head First Design Patterns" chapter 2 (weather station): a generic Subject[E] with
// contravariant Observer[-E] listeners (an Observer[Any] listens to any subject), typed events as case classes,
// a generic filter and a counting observer, and a generic Event log keeping the last N events.
trait Observer[-E] {
  def notify(event: E): Unit
}

class Subject[E] {
  private var observers: Node[Observer[E]] = null
  def subscribe(o: Observer[E]): Unit = observers = new Node(o, observers)
  def publish(event: E): Unit = {
    var cur = observers
    while (cur != null) { cur.value.notify(event); cur = cur.next }
  }
}
class Node[T](val value: T, val next: Node[T])

case class Reading(station: String, celsius: Double)
case class Alarm(level: Int, text: String)

class Printer(prefix: String) extends Observer[Any] {
  def notify(event: Any): Unit = println(prefix + event)
}
class Counter[E] extends Observer[E] {
  var count = 0
  def notify(event: E): Unit = count += 1
}
class Filtered[E](keep: E => Boolean, target: Observer[E]) extends Observer[E] {
  def notify(event: E): Unit = if (keep(event)) target.notify(event)
}
class LastN[E](n: Int) extends Observer[E] {
  private var items: Node[E] = null
  private var size = 0
  def notify(event: E): Unit = {
    items = new Node(event, items)
    size += 1
    if (size > n) {
      var cur = items
      var i = 1
      while (i < n) { cur = cur.next; i += 1 }
      items = copyFirst(items, n)
      size = n
    }
  }
  private def copyFirst(from: Node[E], k: Int): Node[E] =
    if (k == 0 || from == null) null else new Node(from.value, copyFirst(from.next, k - 1))
  def show: String = {
    val sb = new StringBuilder("[")
    var cur = items
    while (cur != null) { sb.append(cur.value); cur = cur.next; if (cur != null) sb.append("; ") }
    sb.append("]").toString
  }
}

object Main {
  def main(args: Array[String]): Unit = {
    val weather = new Subject[Reading]
    val alarms = new Subject[Alarm]
    val everything = new Printer("log: ")
    val count = new Counter[Reading]
    val last = new LastN[Reading](2)
    weather.subscribe(everything)
    weather.subscribe(count)
    weather.subscribe(last)
    weather.subscribe(new Filtered[Reading](r => r.celsius > 30.0, new Printer("hot! ")))
    alarms.subscribe(everything)
    alarms.subscribe(new Filtered[Alarm](a => a.level >= 2, new Printer("page: ")))
    weather.publish(Reading("north", 21.5))
    weather.publish(Reading("south", 33.0))
    alarms.publish(Alarm(1, "door open"))
    weather.publish(Reading("east", 30.0))
    alarms.publish(Alarm(3, "fire"))
    println(count.count + " readings")
    println(last.show)
    val anyCount = new Counter[Any]
    weather.subscribe(anyCount)
    alarms.subscribe(anyCount)
    weather.publish(Reading("west", -4.0))
    alarms.publish(Alarm(0, "test"))
    println(anyCount.count + " " + count.count)
  }
}
