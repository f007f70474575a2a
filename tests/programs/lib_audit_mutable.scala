// scala.collection.mutable as a task tracker uses it: ArrayBuffer (append, prepend, insert, remove, update, sort,
// trim), ListBuffer, HashMap (getOrElseUpdate, put/remove giving Options, +=/-=, counting), HashSet (add/remove
// giving Booleans), Stack and Queue, with toString of each and of them nested in one another.
import scala.collection.mutable
import scala.collection.mutable.{ArrayBuffer, ListBuffer}

object Main {
  case class Task(id: Int, title: String, priority: Int)

  def main(args: Array[String]): Unit = {
    val tasks = ArrayBuffer[Task]()
    tasks += Task(1, "write", 2)
    tasks += Task(2, "test", 1)
    tasks ++= List(Task(3, "ship", 3), Task(4, "rest", 5))
    Task(0, "plan", 4) +=: tasks
    tasks.insert(2, Task(9, "review", 2))
    println(tasks.map(_.id) + " " + tasks.length + " " + tasks(1).title)
    val removed = tasks.remove(0)
    println(removed + " " + tasks.map(_.title).mkString(","))
    tasks(0) = tasks(0).copy(priority = 7)
    println(tasks.head + " " + tasks.last + " " + tasks.sortBy(_.priority).map(_.id) + " " + tasks.sortWith(_.title < _.title).map(_.id))
    println(tasks.filter(_.priority > 2).map(_.title) + " " + tasks.exists(_.id == 9) + " " + tasks.indexWhere(_.id == 3) + " " + tasks.count(_.priority == 2))
    val ids = tasks.map(_.id)
    ids -= 9
    ids.prepend(100)
    ids.append(200); ids.append(300)
    println(ids + " " + ids.sum + " " + ids.max + " " + ids.reverse + " " + ids.toList + " " + ids.toArray.length + " " + ids.indexOf(3))
    ids.remove(ids.length - 2, 2)
    ids.remove(0)
    println(ids + " " + ids.isEmpty + " " + ids.nonEmpty + " " + ids.take(2) + " " + ids.drop(1) + " " + ids.contains(4))
    ids.clear()
    println(ids + " " + ids.isEmpty + " " + ids.size)

    val log = ListBuffer[String]()
    log += "start"
    log ++= Seq("a", "b")
    "first" +=: log
    log.prepend("zero")
    println(log + " " + log.length + " " + log.toList + " " + log.head + " " + log.last + " " + log(2))
    log -= "a"
    log.remove(0)
    println(log.toSeq + " " + tasks.map(_.id).toSeq + " " + mutable.Stack(1, 2).toSeq)
    println(log + " " + log.mkString("|") + " " + log.map(_.toUpperCase) + " " + log.reverse)

    val counts = mutable.HashMap[String, Int]()
    for (w <- "the cat and the hat and the bat".split(" ")) counts(w) = counts.getOrElse(w, 0) + 1
    println(counts.toList.sortBy(kv => (-kv._2, kv._1)))
    counts("cat") = 10; counts("dog") = 1
    println(counts.get("the") + " " + counts.get("dog") + " " + counts.contains("cat") + " " + counts.size)
    println(counts.get("cat") + " " + counts.get("dog") + " " + counts.remove("hat") + " " + counts.remove("hat"))
    counts += ("emu" -> 2)
    counts -= "bat"
    val groups = mutable.HashMap[Int, ListBuffer[String]]()
    for ((w, c) <- counts.toList.sortBy(_._1)) groups.getOrElseUpdate(c, ListBuffer[String]()) += w
    println(groups.keys.toList.sorted.map(k => k + "=" + groups(k)))
    println(counts.keySet.toList.sorted + " " + counts.values.toList.sorted + " " + counts.filter(_._2 > 1).keys.toList.sorted)
    println(counts.map(kv => (kv._1.length, kv._2)).toList.sorted + " " + counts.foldLeft(0)(_ + _._2))

    val seen = mutable.HashSet[Int]()
    println(seen.add(3) + " " + seen.add(3) + " " + seen.add(5) + " " + seen.remove(3) + " " + seen.remove(4) + " " + seen)
    seen ++= List(10, 20, 30)
    seen -= 20
    println(seen.toList.sorted + " " + seen.contains(10) + " " + seen.size + " " + seen.map(_ / 10).toList.sorted + " " + seen.filter(_ > 5).size)

    val stack = mutable.Stack[Int]()
    stack.push(1)
    stack.push(2); stack.push(3)
    println(stack + " " + stack.top + " " + stack.size + " " + stack.pop() + " " + stack + " " + stack.isEmpty + " " + stack.toList)
    val queue = mutable.Queue[String]()
    queue.enqueue("a"); queue.enqueue("b")
    queue += "c"
    println(queue + " " + queue.front + " " + queue.dequeue() + " " + queue + " " + queue.size + " " + queue.toList + " " + queue.isEmpty)

    val nested = ArrayBuffer(ListBuffer(1, 2), ListBuffer[Int]())
    nested(1) += 5
    println(nested + " " + mutable.HashMap(1 -> ArrayBuffer("x")) + " " + ArrayBuffer(mutable.Stack(1, 2)) + " " + List(mutable.Queue(1)))
    try { stack.pop(); stack.pop(); stack.pop() } catch { case e: NoSuchElementException => println("pop: " + e.getMessage) }
    try { queue.dequeue(); queue.dequeue(); queue.dequeue() } catch { case e: NoSuchElementException => println("dequeue: " + e.getMessage) }
    try { ArrayBuffer(1)(3) } catch { case e: IndexOutOfBoundsException => println("index: " + e.getMessage) }
    try { counts("nope") } catch { case e: NoSuchElementException => println("apply: " + e.getMessage) }
  }
}
