// Source: Martin Odersky, "Scala By Example" (EPFL, 2014), chapter 11 "Mutable State", section 11.3 "Extended
// Example: Discrete Event Simulation": the Simulation class with its agenda, BasicCircuitSimulation (inverter,
// and-gate, or-gate, probe), CircuitSimulation (half adder, full adder) and the object that fixes the delays.
// Adapted: the agenda, a List of case-class work items, as an array kept sorted by time; a wire's actions as an
// array; Wire a top-level class that is given its simulation (the subset has no inner classes with an outer
// reference); `type Action = () => Unit` written out; afterDelay's two parameter lists as one.
class WorkItem(val time: Int, val action: () => Unit)

abstract class Simulation {
  private var agenda = new Array[WorkItem](16)
  private var size = 0
  private var curtime = 0

  def currentTime: Int = curtime

  def afterDelay(delay: Int, action: => Unit): Unit = {
    val item = new WorkItem(currentTime + delay, () => action)
    if (size == agenda.length) {
      val bigger = new Array[WorkItem](size * 2)
      for (i <- 0 until size) bigger(i) = agenda(i)
      agenda = bigger
    }
    var i = size
    while (i > 0 && agenda(i - 1).time > item.time) {
      agenda(i) = agenda(i - 1)
      i -= 1
    }
    agenda(i) = item
    size += 1
  }

  private def next(): Unit = {
    val item = agenda(0)
    for (i <- 1 until size) agenda(i - 1) = agenda(i)
    size -= 1
    curtime = item.time
    item.action()
  }

  def run(): Unit = {
    afterDelay(0, println("*** simulation started ***"))
    while (size > 0) next()
  }
}

class Wire(sim: Simulation) {
  private var sigVal = false
  private var actions = new Array[() => Unit](0)
  def simulation: Simulation = sim
  def getSignal: Boolean = sigVal
  def setSignal(s: Boolean): Unit =
    if (s != sigVal) {
      sigVal = s
      for (a <- actions) a()
    }
  def addAction(a: () => Unit): Unit = {
    val more = new Array[() => Unit](actions.length + 1)
    for (i <- 0 until actions.length) more(i + 1) = actions(i)
    more(0) = a
    actions = more
    a()
  }
}

abstract class BasicCircuitSimulation extends Simulation {
  def InverterDelay: Int
  def AndGateDelay: Int
  def OrGateDelay: Int

  def wire(): Wire = new Wire(this)

  def inverter(input: Wire, output: Wire): Unit = {
    def invertAction(): Unit = {
      val inputSig = input.getSignal
      afterDelay(InverterDelay, output.setSignal(!inputSig))
    }
    input.addAction(() => invertAction())
  }

  def andGate(a1: Wire, a2: Wire, output: Wire): Unit = {
    def andAction(): Unit = {
      val a1Sig = a1.getSignal
      val a2Sig = a2.getSignal
      afterDelay(AndGateDelay, output.setSignal(a1Sig & a2Sig))
    }
    a1.addAction(() => andAction())
    a2.addAction(() => andAction())
  }

  def orGate(o1: Wire, o2: Wire, output: Wire): Unit = {
    def orAction(): Unit = {
      val o1Sig = o1.getSignal
      val o2Sig = o2.getSignal
      afterDelay(OrGateDelay, output.setSignal(o1Sig | o2Sig))
    }
    o1.addAction(() => orAction())
    o2.addAction(() => orAction())
  }

  def probe(name: String, wire: Wire): Unit = {
    def probeAction(): Unit =
      println(name + " " + currentTime + " new-value = " + wire.getSignal)
    wire.addAction(() => probeAction())
  }
}

abstract class CircuitSimulation extends BasicCircuitSimulation {
  def halfAdder(a: Wire, b: Wire, s: Wire, c: Wire): Unit = {
    val d = wire()
    val e = wire()
    orGate(a, b, d)
    andGate(a, b, c)
    inverter(c, e)
    andGate(d, e, s)
  }

  def fullAdder(a: Wire, b: Wire, cin: Wire, sum: Wire, cout: Wire): Unit = {
    val s = wire()
    val c1 = wire()
    val c2 = wire()
    halfAdder(a, cin, s, c1)
    halfAdder(b, s, sum, c2)
    orGate(c1, c2, cout)
  }
}

object MySimulation extends CircuitSimulation {
  def InverterDelay = 1
  def AndGateDelay = 3
  def OrGateDelay = 5

  def main(args: Array[String]): Unit = {
    val input1 = wire()
    val input2 = wire()
    val sum = wire()
    val carry = wire()
    probe("sum", sum)
    probe("carry", carry)
    halfAdder(input1, input2, sum, carry)
    input1.setSignal(true)
    run()
    input2.setSignal(true)
    run()
    val a = wire(); val b = wire(); val cin = wire(); val s = wire(); val cout = wire()
    probe("fullsum", s)
    probe("fullcarry", cout)
    fullAdder(a, b, cin, s, cout)
    a.setSignal(true)
    cin.setSignal(true)
    run()
    b.setSignal(true)
    run()
  }
}
