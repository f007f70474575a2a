object Main {
  trait Logger { def log(msg: String): String = "[" + msg + "]" }
  trait Service { self: Logger =>
    def run(x: Int): String = log("run " + x)
  }
  class Bad extends Service // expect: error illegal-inheritance "self-type Bad does not conform to Service's selftype Service with Logger"
  trait Sub extends Service // expect: error illegal-inheritance "self-type Sub does not conform to Service's selftype Service with Logger"
  trait Sub2 extends Service { this: Logger => }
  class Good extends Service with Logger
  trait Config { def name: String = "cfg" }
  trait Both { this: Logger with Config => def go(): String = log(name) }
  class Half extends Both with Logger // expect: error illegal-inheritance "self-type Half does not conform to Both's selftype Both with Logger with Config"
  class Whole extends Both with Logger with Config
  trait A { def name: String = "A" }
  trait B extends A
  trait C extends A
  class D extends B with C { override def name: String = super[A].name } // expect: error not-a-member "A does not name a parent class of class D"
  class E extends B with C { override def name: String = super[B].name + super[C].name }
  class P { protected[this] var secret = 41; def same(o: P) = o.secret } // expect: error not-a-member "secret"
  class Q extends P { def mine = secret }
  object O { self => } // expect: error unsupported
  def main(args: Array[String]): Unit = {}
}
