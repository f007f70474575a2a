// Source: Rosetta Code, "Topological sort" (https://rosettacode.org/wiki/Topological_sort), the VHDL library
// dependencies of the task, sorted with Kahn's algorithm over a mutable.HashMap of dependents and in-degrees;
// ready libraries are taken in name order, as the task's sample output lists them.
import scala.collection.mutable
import scala.collection.mutable.ArrayBuffer

object TopologicalSort {
  val data = Array(
    "des_system_lib   std synopsys std_cell_lib des_system_lib dw02 dw01 ramlib ieee",
    "dw01             ieee dw01 dware gtech",
    "dw02             ieee dw02 dware",
    "dw03             std synopsys dware dw03 dw02 dw01 ieee gtech",
    "dw04             dw04 ieee dw01 dware gtech",
    "dw05             dw05 ieee dware",
    "dw06             dw06 ieee dware",
    "dw07             ieee dware",
    "dware            ieee dware",
    "gtech            ieee gtech",
    "ramlib           std ieee",
    "std_cell_lib     ieee std_cell_lib",
    "synopsys")

  def main(args: Array[String]): Unit = {
    val deps = mutable.HashMap[String, mutable.HashSet[String]]()
    for (line <- data) {
      val words = line.split(" ").filter(_.nonEmpty)
      val lib = words(0)
      val set = deps.getOrElseUpdate(lib, mutable.HashSet[String]())
      for (d <- words.drop(1) if d != lib) {
        set += d
        deps.getOrElseUpdate(d, mutable.HashSet[String]())
      }
    }
    val inDegree = mutable.HashMap[String, Int]()
    val dependents = mutable.HashMap[String, ArrayBuffer[String]]()
    for ((lib, ds) <- deps) {
      inDegree(lib) = ds.size
      for (d <- ds) dependents.getOrElseUpdate(d, ArrayBuffer[String]()) += lib
    }
    val order = ArrayBuffer[String]()
    var ready = inDegree.filter(_._2 == 0).keys.toArray.sorted
    while (ready.nonEmpty) {
      val next = ArrayBuffer[String]()
      for (lib <- ready) {
        order += lib
        for (user <- dependents.getOrElse(lib, ArrayBuffer[String]())) {
          inDegree(user) -= 1
          if (inDegree(user) == 0) next += user
        }
      }
      ready = next.toArray.sorted
    }
    println(order.mkString(" "))
    println(order.length + " of " + deps.size + " libraries")
    println("in-degrees: " + inDegree.filter(_._2 != 0))
  }
}
