"""Generator of realistic Scala-subset programs of a given size, for the compile-speed benchmark and its smoke test.

`generate(lines)` returns a program of about `lines` lines (never fewer) built from varied units: classes with
fields and methods, objects with many methods, while/for loops, match with alternatives and guards, string
building and interpolation, arrays, Int/Long/Double/Char arithmetic, and println of every type. Each unit gets its
own names and constants, and `main` calls into every unit, so nothing is dead code.
"""
from __future__ import annotations


def _class_unit(k: int) -> tuple[str, list[str]]:
    c = 3 + k % 11
    text = f"""\
class Account{k}(val id: Int, var balance: Long, val owner: String) {{
  private var ops = 0
  var history: Array[Long] = new Array[Long](16)

  def deposit(amount: Long): Unit = {{
    balance += amount
    history(ops % history.length) = amount
    ops += 1
  }}

  def withdraw(amount: Long): Boolean = {{
    if (amount > balance) false
    else {{
      balance -= amount
      history(ops % history.length) = -amount
      ops += 1
      true
    }}
  }}

  def operations: Int = ops

  def average(): Double = {{
    var sum = 0L
    val n = math.min(ops, history.length)
    for (i <- 0 until n) sum += history(i)
    if (n == 0) 0.0 else sum.toDouble / n
  }}

  def describe(): String = s"Account{k}#$id($owner): $balance after $ops ops"

  def merge(other: Account{k}): Account{k} = new Account{k}(id * {c} + other.id, balance + other.balance, owner + "&" + other.owner)
}}

"""
    calls = [
        f"    val acc{k} = new Account{k}({k}, {100 + k}L, \"owner{k}\")",
        f"    acc{k}.deposit({20 + c}L)",
        f"    println(acc{k}.withdraw({k % 7 * 50}L))",
        f"    println(acc{k}.merge(new Account{k}(2, 5L, \"x\")).describe())",
        f"    println(acc{k}.average())",
        f"    println(acc{k}.operations)",
    ]
    return text, calls


def _math_unit(k: int) -> tuple[str, list[str]]:
    m = 7 + k % 13
    text = f"""\
object Numbers{k} {{
  val limit = {50 + k % 40}
  var calls = 0

  def gcd(a: Int, b: Int): Int = if (b == 0) a else gcd(b, a % b)

  def isPrime(n: Int): Boolean = {{
    calls += 1
    if (n < 2) return false
    var d = 2
    while (d * d <= n) {{
      if (n % d == 0) return false
      d += 1
    }}
    true
  }}

  def countPrimes(): Int = {{
    var count = 0
    for (i <- 0 to limit) if (isPrime(i)) count += 1
    count
  }}

  def collatz(start: Long): Int = {{
    var n = start
    var steps = 0
    while (n != 1L) {{
      n = if (n % 2L == 0L) n / 2L else 3L * n + 1L
      steps += 1
    }}
    steps
  }}

  def mix(x: Int, y: Int): Int = ((x << 3) ^ (y >>> 1)) + (x & {m}) * (y | 1) - (x % {m})

  def hypot(a: Double, b: Double): Double = math.sqrt(a * a + b * b)

  def scale(f: Float, times: Int): Float = {{
    var r = f
    var i = 0
    while (i < times) {{
      r = r * 1.5f
      i += 1
    }}
    r
  }}

  def shifted(c: Char): Char = (c + {k % 5 + 1}).toChar

  def report(): String = "primes=" + countPrimes() + " gcd=" + gcd({m * 6}, {m * 4}) + " calls=" + calls
}}

"""
    calls = [
        f"    println(Numbers{k}.report())",
        f"    println(Numbers{k}.collatz({27 + k}L))",
        f"    println(Numbers{k}.mix({k}, {m}))",
        f"    println(Numbers{k}.hypot(3.0, {k % 9 + 4}.0))",
        f"    println(Numbers{k}.scale(1.25f, {k % 4}))",
        f"    println(Numbers{k}.shifted('a'))",
    ]
    return text, calls


def _text_unit(k: int) -> tuple[str, list[str]]:
    text = f"""\
object Words{k} {{
  val words = Array("alpha", "beta", "gamma", "delta", "eps{k}")

  def classify(n: Int): String = n match {{
    case 0 => "zero"
    case 1 | 2 | 3 => "small"
    case k if k < 0 => "negative"
    case k if k % 2 == 0 => "even"
    case _ => "odd"
  }}

  def letter(c: Char): Int = c match {{
    case 'a' | 'e' | 'i' | 'o' | 'u' => 1
    case ' ' => 0
    case _ => 2
  }}

  def command(s: String): Int = s match {{
    case "add" => 1
    case "sub" | "subtract" => 2
    case _ => -1
  }}

  def reverse(s: String): String = {{
    var r = ""
    var i = s.length - 1
    while (i >= 0) {{
      r = r + s.charAt(i)
      i -= 1
    }}
    r
  }}

  def vowels(s: String): Int = {{
    var n = 0
    for (i <- 0 until s.length) if (letter(s.charAt(i)) == 1) n += 1
    n
  }}

  def joined(): String = {{
    var acc = ""
    for (w <- words) {{
      if (acc.length > 0) acc = acc + ","
      acc = acc + w.substring(0, 3)
    }}
    acc
  }}

  def table(n: Int): String = {{
    var s = ""
    for (i <- 1 to n) s = s + classify(i * {k % 3 + 1}) + ";"
    s
  }}
}}

"""
    calls = [
        f"    println(Words{k}.joined())",
        f"    println(Words{k}.reverse(\"scala{k}\"))",
        f"    println(Words{k}.vowels(Words{k}.joined()) + Words{k}.command(\"sub\"))",
        f"    println(Words{k}.table({k % 6 + 2}))",
        f"    println(Words{k}.classify({-k}))",
    ]
    return text, calls


def _array_unit(k: int) -> tuple[str, list[str]]:
    n = 8 + k % 9
    text = f"""\
class Grid{k}(val rows: Int, val cols: Int) {{
  val cells = new Array[Int](rows * cols)

  def get(r: Int, c: Int): Int = cells(r * cols + c)

  def set(r: Int, c: Int, v: Int): Unit = {{
    cells(r * cols + c) = v
  }}

  def fill(seed: Int): Unit = {{
    var r = 0
    while (r < rows) {{
      var c = 0
      while (c < cols) {{
        set(r, c, (seed * (r + 1) + c * {k % 7 + 3}) % 97)
        c += 1
      }}
      r += 1
    }}
  }}

  def rowSum(r: Int): Long = {{
    var s = 0L
    for (c <- 0 until cols) s += get(r, c)
    s
  }}
}}

object Sorting{k} {{
  def sort(a: Array[Int]): Unit = {{
    var i = 1
    while (i < a.length) {{
      val v = a(i)
      var j = i - 1
      while (j >= 0 && a(j) > v) {{
        a(j + 1) = a(j)
        j -= 1
      }}
      a(j + 1) = v
      i += 1
    }}
  }}

  def show(a: Array[Int]): String = {{
    var line = ""
    for (x <- a) line = line + x + " "
    line
  }}

  def maxOf(a: Array[Double]): Double = {{
    var m = a(0)
    for (x <- a) m = math.max(m, x)
    m
  }}

  def run(): Unit = {{
    val xs = Array({', '.join(str((k * 37 + i * 11) % 101) for i in range(6))})
    sort(xs)
    println(show(xs))
    val g = new Grid{k}({n % 4 + 2}, {n})
    g.fill({k + 1})
    println(g.rowSum(1))
    println(maxOf(Array(1.5, {k}.25, -3.0)))
    val flags = new Array[Boolean](3)
    flags(1) = xs(0) < xs(1)
    println(flags(1))
    val cs = Array('s', 'c', 'a')
    println(cs(2))
  }}
}}

"""
    calls = [f"    Sorting{k}.run()"]
    return text, calls


def _print_unit(k: int) -> tuple[str, list[str]]:
    text = f"""\
object Printer{k} {{
  def all(): Unit = {{
    val b: Byte = {k % 100 - 50}
    val s: Short = {1000 + k}
    val c: Char = 'k'
    val i: Int = {-k * 3}
    val l: Long = 1L << {k % 40 + 3}
    val f: Float = 2.75f
    val d: Double = -0.125 * {k + 1}
    val t: Boolean = i < {k}
    val str: String = "text{k}"
    println(b)
    println(s)
    println(c)
    println(i)
    println(l)
    println(f)
    println(d)
    println(t)
    println(str)
    print(b + s)
    print(' ')
    println(l + i)
    println(s"b=$b i=${{i + 1}} d=$d")
    println(d.toInt + i.toLong + c.toInt)
  }}
}}

"""
    return text, [f"    Printer{k}.all()"]


def _memory_unit(k: int) -> tuple[str, list[str]]:
    """Linear-memory intrinsics: an allocator scope, segment reads and writes of every width, a WASI write, and one
    misaligned access (a warning), so the memory checks have work and something to say."""
    n = 8 + k % 5
    text = f"""\
object Buffers{k} {{
  var checksum = 0L

  def fill(s: MemorySegment, seed: Int): Unit = {{
    var i = 0
    while (i + 4 <= s.size) {{
      s.setInt(i, seed * {n} + i)
      i += 4
    }}
  }}

  def sum(s: MemorySegment): Long = {{
    var acc = 0L
    var i = 0
    while (i + 8 <= s.size) {{
      acc += s.getLong(i)
      i += 8
    }}
    acc
  }}

  def bytes(s: MemorySegment): Int = {{
    var acc = 0
    for (i <- 0 until s.size) acc += s.getByte(i)
    acc
  }}

  def write(text: String): Int = withMemoryAllocator {{ a =>
    val data = a.allocate(text.length)
    var i = 0
    while (i < text.length) {{ data.setByte(i, text.charAt(i).toByte); i += 1 }}
    val iov = a.allocate(8)
    iov.setInt(0, data.start)
    iov.setInt(4, data.size)
    val written = a.allocate(4)
    val errno = wasi.fdWrite(wasi.STDOUT, iov.start, 1, written.start)
    if (errno != 0) -errno else written.getInt(0)
  }}

  def run(): Long = withMemoryAllocator {{ a =>
    val s = a.allocate({n * 16})
    fill(s, {k})
    val t = a.allocate(16)
    t.setShort(0, {k % 100}.toShort)
    t.setDouble(8, {k}.5)
    t.setInt(2, 7)
    checksum = sum(s) + bytes(t) + t.getShort(0)
    checksum
  }}
}}

"""
    return text, [f"    println(Buffers{k}.run())", f"    Buffers{k}.write(\"unit {k}\\n\")"]


_UNITS = [_class_unit, _math_unit, _text_unit, _array_unit, _print_unit]
_MEMORY_UNITS = [_class_unit, _memory_unit, _math_unit, _text_unit, _memory_unit, _array_unit, _print_unit]
_MEMORY_IMPORTS = "import scala.scalajs.wasm._\nimport scala.scalajs.wasm.memory._\n\n"


def generate(lines: int, intrinsics: bool = False) -> str:
    """A program of at least `lines` lines (and at most one unit more), ending in `object Main`'s main.
    intrinsics=True mixes in units that use the linear-memory intrinsics (and imports them)."""
    parts: list[str] = [f"// Generated by bench/gen_program.py: about {lines} lines of the Scala subset.\n\n"]
    units = _MEMORY_UNITS if intrinsics else _UNITS
    if intrinsics:
        parts.append(_MEMORY_IMPORTS)
    calls: list[str] = []
    total = 2
    k = 0
    main_overhead = 4
    while True:
        text, unit_calls = units[k % len(units)](k)
        parts.append(text)
        calls.extend(unit_calls)
        total += text.count("\n") + len(unit_calls)
        k += 1
        if total + main_overhead >= lines:
            break
    parts.append("object Main {\n  def main(args: Array[String]): Unit = {\n")
    parts.append("\n".join(calls) + "\n")
    parts.append("  }\n}\n")
    return "".join(parts)


if __name__ == "__main__":
    import sys

    print(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 1000), end="")
