// Source: written for this test after the classic bank-teller queue simulation: a seeded linear congruential
// generator for arrivals and service times, customers in a mutable.Queue, tellers as an Array of Options, an
// event loop over minutes, and statistics kept in ArrayBuffers and summarised with folds.
import scala.collection.mutable

object TellerSimulation {
  class Lcg(var state: Long) {
    def next(bound: Int): Int = {
      state = (state * 6364136223846793005L + 1442695040888963407L)
      (((state >>> 33) % bound) + bound).toInt % bound
    }
  }

  case class Customer(id: Int, arrived: Int, service: Int)

  def simulate(tellers: Int, minutes: Int, seed: Long): (Int, Double, Int, Int) = {
    val rng = new Lcg(seed)
    val queue = mutable.Queue[Customer]()
    val busy = Array.fill[Option[(Customer, Int)]](tellers)(None)
    val waits = mutable.ArrayBuffer[Int]()
    var nextId = 0
    var longest = 0
    for (t <- 0 until minutes) {
      if (rng.next(10) < 6) { queue.enqueue(Customer(nextId, t, 2 + rng.next(6))); nextId += 1 }
      if (rng.next(10) < 2) { queue.enqueue(Customer(nextId, t, 1 + rng.next(3))); nextId += 1 }
      for (i <- busy.indices) busy(i) match {
        case Some((c, done)) if done <= t => busy(i) = None
        case _ =>
      }
      for (i <- busy.indices if busy(i).isEmpty && queue.nonEmpty) {
        val c = queue.dequeue()
        waits += t - c.arrived
        busy(i) = Some((c, t + c.service))
      }
      longest = math.max(longest, queue.size)
    }
    val avg = if (waits.isEmpty) 0.0 else waits.sum.toDouble / waits.size
    (waits.size, avg, if (waits.isEmpty) 0 else waits.max, longest)
  }

  def main(args: Array[String]): Unit = {
    println("tellers served  avg-wait max-wait max-queue")
    for (n <- 1 to 5) {
      val (served, avg, max, queue) = simulate(n, 240, 42L)
      println(f"$n%7d $served%6d $avg%9.2f $max%8d $queue%9d")
    }
    val runs = (1L to 5L).map(seed => simulate(3, 480, seed))
    val avgs = runs.map(_._2)
    println(f"3 tellers over 5 seeds: mean wait ${avgs.sum / avgs.size}%.3f, worst ${avgs.max}%.3f, best ${avgs.min}%.3f")
    val enough = (1 to 8).find(n => simulate(n, 480, 7L)._2 < 1.0)
    println("tellers needed for an average wait under a minute: " + enough.map(_.toString).getOrElse("more than 8"))
  }
}
