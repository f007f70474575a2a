object Main {
  case class P(x: Int, y: Int)
  case class Q(b: Boolean, p: P)
  def main(args: Array[String]): Unit = {
    val b = args.length == 0
    val p = P(1, 2)
    (b, p) match { case (true, _) => 1 } // expect: warning non-exhaustive-match "It would fail on the following input: (false, _)"
    b match { case true => 1 } // expect: warning non-exhaustive-match "It would fail on the following input: false"
    (b, b) match { case (true, true) => 1; case (false, _) => 2 } // expect: warning non-exhaustive-match "input: (true, false)"
    (b, Q(b, p)) match { case (_, Q(true, _)) => 1 } // Q is not sealed: not listed
    (b, Q(b, p)) match { case (_, Q(true, _)) | (_, Q(false, P(_, _))) => 1 }
    (b, b) match { case (true, x) => 1; case (false, _) => 2 }
    b match { case true if p.x > 0 => 1 } // a match with a guard is not checked: scalac 2.11 backs off
    p match { case P(1, _) => 1 }
    (b, 1) match { case (_, 1) => 1 } // expect: warning non-exhaustive-match "input: (_, _)"
  }
}
