// Source: the Scala compiler's own test suite, test/files/run/try.scala (scala/scala). Adapted: `extends AnyRef
// with App` became a main method; try4's `instance: AnyRef` is a String here (no AnyRef in the subset yet) and
// try6 (a local class and an anonymous AnyRef) is left out; `this.n = ...` in try3 is `n = ...` (`this` of an
// object is outside the subset).
object TryTest {
  val x = 1;

  def try1 = {
    Console.print("1 + 1 = ");
    Console.println(1 + (
      try {
        x;
      } catch {
        case _: Error => 1;
      }
    ));
  }

  def try2 = {
    Console.print("1 + 1 = ");
    Console.println(
      (try { x } catch {
        case _: Error => 1;
      })
      +
      (try { x } catch {
        case _: Error => 1;
      })
    );
  }

  var n = 0;

  def try3 = {
    Console.print("1 + 1 = ");
    val x = try { 1 } catch {
      case e: Error => 1;
    }
    n = try { 1 } catch {
      case e: Error => 1;
    }
    Console.println(x + n);
  }

  var instance: String = null;

  def try4 = {
    if (instance == null) {
      instance = try {
        "" //new String();
      } catch {
        case _: Throwable =>
          val cs = "aaa";
          if (cs.length() > 0) {
            "" //new String();
          } else {
            throw new Error("fatal error");
            null
          }
      }
    }
  }

  def try5 = try {
    Console.print("1 + 1 = ");
    try {
      if (true)
        sys.error("exit");
      1+1;
      ()
    } catch {
      case _: Throwable =>
        Console.println("2");
        sys.error("for good");
    }
    Console.println("a");
  } catch {
    case _: Throwable => ();
  }

  class A {
    private val result = {
      val y = try { x } catch {
          case _: Error => 1;
        };
      x + y
    }
    Console.print("1 + 1 = ");
    Console.println(result);
  }

  def main(args: Array[String]): Unit = {
    try1;
    try2;
    try3;
    try4;
    try5;
    Console.println;
    new A();
    ()
  }
}
