// Source: the Scala compiler's own test suite, test/files/run/try-2.scala (scala/scala), "Test different variants
// of the try-catch block". Adapted: the object is named TryVariants; otherwise as written (`case _ =>` catches
// every Throwable, scalac warns about it).
object TryVariants {


  def tryAllUnit: Unit =
    try {
      throw new Error();
    }
    catch {
      case _ => Console.println("exception happened\n");
    }

  def tryUnitAll: Unit =
    try {
      Console.println("Nothin");
    } catch {
      case _ => sys.error("Bad, bad, lama!");
    }

  def tryAllAll: Unit =
    try {
      throw new Error();
    } catch {
      case _ => sys.error("Bad, bad, lama!");
    }

  def tryUnitUnit: Unit =
    try {
      Console.println("Nothin");
    } catch {
      case _ => Console.println("Nothin");
    }

  def tryIntUnit: Unit =
    try {
      10;
    } catch {
      case _ => Console.println("Huh?");
    }


  def execute(f: => Unit) = try {
    f;
  } catch {
    case _ => ();
  }


  def main(args:Array[String]): Unit = {
    execute(tryAllUnit);
    execute(tryUnitAll);
    execute(tryAllAll);
    execute(tryUnitUnit);
    execute(tryIntUnit);
 }
}
