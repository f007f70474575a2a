// A self type of several traits (`this: Logger with Config =>`): the members of each, unqualified, through `this` or
// through an alias, and `this` where one of them is expected.
trait Logger { def log(s: String): Unit = println("log: " + s) }
trait Config { def name: String = "cfg"; val level = 2 }
trait Service { this: Logger with Config =>
  def run(): Unit = { log("running " + name); println(level * 10) }
  def me: Logger = this
}
class App extends Service with Logger with Config
object Main {
  def main(args: Array[String]): Unit = {
    val a = new App
    a.run()
    a.me.log("again")
    Extra.go()
  }
}
trait Audited { self: Logger with Config =>
  def audit(): String = { self.log("audit " + self.name); this.name + self.level }
}
class Both extends Logger with Config with Audited
object Extra {
  def go(): Unit = println(new Both().audit())
}
