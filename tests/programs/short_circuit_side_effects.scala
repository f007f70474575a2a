// Covers: && and || evaluate their right operand only when needed (proved by a
// helper that prints), & and | on Booleans always evaluate both, evaluation order.
object ShortCircuitSideEffects {
  var calls = 0

  def t(label: String): Boolean = {
    println("eval " + label)
    calls += 1
    true
  }

  def f(label: String): Boolean = {
    println("eval " + label)
    calls += 1
    false
  }

  def main(args: Array[String]): Unit = {
    println(f("a") && t("b"))
    println(t("c") || f("d"))
    println(t("e") && f("f"))
    println(f("g") || t("h"))
    println(f("i") & t("j"))
    println(t("k") | f("l"))
    println(f("m") && t("n") || t("o"))
    println(t("p") || t("q") && f("r"))
    println(!f("s") && t("t"))
    println(calls)
    val arr = Array(1, 2, 3)
    var i = 0
    while (i < arr.length && arr(i) != 3) i += 1
    println(i)
    var k = 5
    if (k > 10 && arr(k) == 0) println("unreachable") else println("guarded index")
    val s: String = null
    println(s == null || s.length == 0)
    println(s != null && s.length > 0)
    if (t("cond1") && (f("cond2") || t("cond3"))) println("body")
  }
}
