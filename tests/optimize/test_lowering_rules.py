"""The optimising lowering rules, each on a small program: golden WAT where it fires, and where it must not (an
index that can go negative, a segment reassigned in the loop, a store or call between two loads, ...), and the
same run-time behaviour as the plain lowering (output, exception message, failing line)."""
from __future__ import annotations

import re

import pytest

from scalawasi.compiler.api import BuildOptions, build

HEADER = "import scala.scalajs.wasm._\nimport scala.scalajs.wasm.memory._\n\n"


def function(body: str, name: str, *, optimize: bool = True, unchecked: bool = False, extra: str = "") -> list[str]:
    """The instructions of `Main.name` (one per line, indentation dropped) in the module built from the methods."""
    text = HEADER + "object Main {\n" + body + "\n  def main(args: Array[String]): Unit = {\n" + extra + "\n  }\n}\n"
    result = build(text, "rules.scala", BuildOptions(optimize=optimize, unchecked=unchecked))
    assert result.ok, [d.message for d in result.diagnostics]
    lines = result.wat.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(f"(func $Main.{name} "))
    indent = len(lines[start]) - len(lines[start].lstrip())
    out = []
    for line in lines[start + 1:]:
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        stripped = line.strip()
        if not stripped.startswith(("(param", "(result", "(local")):
            out.append(stripped.rstrip(")"))
    return out


def count(instrs: list[str], pattern: str) -> int:
    return sum(1 for i in instrs if re.fullmatch(pattern, i))


# ---------------------------------------------------------------------------------------------- check shape

SUM = """  def sum(n: Int): Int = withMemoryAllocator { a =>
    val s = a.allocate(n * 4)
    var t = 0
    for (i <- 0 until n) t += s.getInt(i * 4)
    t
  }"""


def test_val_segment_checks_one_unsigned_compare_against_a_precomputed_bound():
    body = function(SUM, "sum", extra="println(sum(3))")
    loop = body[body.index("loop"):]
    check = loop.index("i32.ge_u")
    assert loop[check - 2:check + 2] == ["local.get $offset", "local.get $s.bound4", "i32.ge_u", "if"]
    assert "struct.get $MemorySegment $size" not in loop[:check]  # no field read on the way to the check
    assert loop[loop.index("end", check) + 1:][:4] == ["local.get $s.start", "local.get $offset", "i32.add",
                                                       "i32.load"]
    assert count(body, r"struct\.get \$MemorySegment \$start") == 1  # read once, at the val


def test_var_segment_keeps_the_plain_check():
    body = function(SUM.replace("val s", "var s"), "sum", extra="println(sum(3))")
    assert "i32.ge_u" not in body and "i32.or" in body and "local.get $s.bound4" not in body


# ---------------------------------------------------------------------------------------------- elision

FILL_INTS = """  def fill(): Int = withMemoryAllocator { a =>
    val n = 100
    val s = a.allocate(n * 4)
    var j = START
    while (j < n) {
      s.setInt(j * 4, j)
      j += 1
    }
    s.getInt(8)
  }"""


def test_proven_accesses_have_no_check():
    body = function(FILL_INTS.replace("START", "0"), "fill", extra="println(fill())")
    assert "call $Runtime.segmentOutOfBounds" not in body


def test_index_that_can_go_negative_keeps_its_check():
    body = function(FILL_INTS.replace("START", "-1"), "fill", extra="println(fill())")
    assert count(body, r"call \$Runtime\.segmentOutOfBounds") == 1  # the loop's store; s.getInt(8) is proven


def test_reassigned_segment_keeps_its_check():
    program = FILL_INTS.replace("START", "0").replace("val s", "var s").replace("      j += 1",
                                                                                 "      j += 1\n      s = a.allocate(8)")
    body = function(program, "fill", extra="println(fill())")
    assert count(body, r"call \$Runtime\.segmentOutOfBounds") == 2


# ---------------------------------------------------------------------------------------------- offsets

BODIES = """  def kinetic(): Double = withMemoryAllocator { a =>
    val s = a.allocate(5 * 56)
    var e = 0.0
    for (i <- 0 until 5) {
      val b = i * 56
      e += s.getDouble(b + 24) * s.getDouble(b + 48)
    }
    e
  }"""


def test_constant_offset_folded_into_the_instruction():
    body = function(BODIES, "kinetic", extra="println(kinetic())")
    assert "f64.load offset=24" in body and "f64.load offset=48" in body
    assert "i32.const 24" not in body


def test_no_fold_while_the_offset_is_checked():
    body = function(BODIES.replace("def kinetic()", "def kinetic(k: Int)").replace("5 * 56", "k * 56"), "kinetic",
                    extra="println(kinetic(5))")
    assert "i32.const 24" in body and "f64.load offset=24" not in body


# ---------------------------------------------------------------------------------------------- conditions, loads

SORT = """  def sort(n: Int): Long = withMemoryAllocator { a =>
    val s = a.allocate(n * 4)
    for (i <- 0 until n) s.setInt(i * 4, (i * 7919) % 101)
    for (i <- 1 until n) {
      val key = s.getInt(i * 4)
      var j = i - 1
      while (j >= 0 && s.getInt(j * 4) > key) {
        s.setInt((j + 1) * 4, s.getInt(j * 4))
        j -= 1
      }
      s.setInt((j + 1) * 4, key)
    }
    var check = 0L
    for (i <- 0 until n) check = check * 31 + s.getInt(i * 4)
    check
  }"""


def test_and_in_a_loop_condition_branches_and_the_body_reuses_the_load():
    body = function(SORT, "sort", extra="println(sort(50))")
    assert "if (result i32" not in body  # no Boolean value materialised for &&
    assert count(body, r"i32\.load") == 3  # key, the condition's load (reused in the body), the checksum
    plain = function(SORT, "sort", extra="println(sort(50))", optimize=False)
    assert count(plain, r"i32\.load") == 4 and "if (result i32" in plain


@pytest.mark.parametrize("between", ["s.setInt(0, 5)", "println(1)", "i += 1"])
def test_no_reuse_across_a_store_a_call_or_a_change_of_the_offset(between):
    program = f"""  def twice(k: Int): Int = withMemoryAllocator {{ a =>
    val s = a.allocate(64)
    var i = k & 7
    val x = s.getInt(i * 4)
    {between}
    x + s.getInt(i * 4)
  }}"""
    assert count(function(program, "twice", extra="println(twice(1))"), r"i32\.load") == 2
    reused = program.replace(between, "val unrelated = 3")
    assert count(function(reused, "twice", extra="println(twice(1))"), r"i32\.load") == 1


# ---------------------------------------------------------------------------------------------- recursion

FIB = "  def fib(n: Int): Int = if (n < 2) n else fib(n - 1) + fib(n - 2)"


def test_self_recursion_becomes_a_loop_with_an_accumulator():
    body = function(FIB, "fib", extra="println(fib(20))")
    assert count(body, r"call \$Main\.fib") == 1 and "loop" in body
    assert count(function(FIB, "fib", extra="println(fib(20))", optimize=False), r"call \$Main\.fib") == 2


@pytest.mark.parametrize("variant", [
    "  def fib(n: Int): Int = if (n < 2) n else fib(n - 1) * fib(n - 2)",  # not an addition
    "  def fib(n: Double): Double = if (n < 2) n else fib(n - 1) + fib(n - 2)",  # Double addition is not associative
    "  def fib(n: Int): Int = if (n < 2) n else fib(n - 1) + fib(g(n))\n  def g(n: Int): Int = n - 2",  # a call
])
def test_recursion_kept_where_the_loop_would_differ(variant):
    assert count(function(variant, "fib", extra="println(fib(20))"), r"call \$Main\.fib") == 2


# ---------------------------------------------------------------------------------------------- fill

FILL = """  def marks(n: Int): Int = withMemoryAllocator { a =>
    val s = a.allocate(1000)
    for (i <- 0 until n) s.setByte(i, 1)
    s.getByte(n - 1)
  }"""


def test_constant_store_loop_is_one_check_and_a_fill():
    body = function(FILL, "marks", extra="println(marks(10))")
    assert "memory.fill" in body and "loop" not in body
    # past the end (the start, 0, is known not to be below 0), and the getByte after the loop
    assert count(body, r"call \$Runtime\.segmentOutOfBounds") == 2


@pytest.mark.parametrize("store", ["s.setByte(i, i.toByte)", "s.setByte(i + 1, 1)", "s.setInt(i, 1)"])
def test_other_store_loops_stay_loops(store):
    body = function(FILL.replace("s.setByte(i, 1)", store), "marks", extra="println(marks(10))")
    assert "memory.fill" not in body and "loop" in body


# ---------------------------------------------------------------------------------------------- behaviour

FAILURES = {
    "fill past the end": (FILL, "println(marks(10))\n    println(marks(1001))"),
    "fill from below zero": (FILL.replace("0 until n", "-3 until n"), "println(marks(10))"),
    "checked access past the end": (SUM.replace("i <- 0 until n", "i <- 0 to n"), "println(sum(3))"),
    "recursion": (FIB + "\n  def boom(n: Int): Int = if (n == 0) 1 / n else boom(n - 1) + boom(n - 2)",
                  "println(fib(25))\n    println(boom(6))"),
    "sort": (SORT, "println(sort(200))"),
}


@pytest.mark.parametrize("name", FAILURES)
def test_same_output_failure_and_line_as_the_plain_lowering(name):
    from scalawasi.compiler.runtime import run_module

    methods, main = FAILURES[name]
    text = HEADER + "object Main {\n" + methods + "\n  def main(args: Array[String]): Unit = {\n    " + main + \
        "\n  }\n}\n"
    outcomes = []
    for optimize in (True, False):
        result = build(text, "rules.scala", BuildOptions(optimize=optimize))
        assert result.ok
        run = run_module(result.wasm, span_of_offset=result.span_at_offset, time_limit=30)
        line = result.source.position(run.trap.span.start).line if run.trap and run.trap.span else None
        outcomes.append((run.stdout, run.stderr, run.exit_code, line))
    assert outcomes[0] == outcomes[1]


# ---------------------------------------------------------------------------------------------- strings

CONCAT = """  def line(i: Int, c: Char, s: String): String = "key" + i + "=" + (i * 7) + ";" + c + s + 2.5 + (i > 0)"""


def test_concatenation_is_built_in_one_allocation():
    body = function(CONCAT, "line", extra="println(line(-12, 'x', null))")
    assert count(body, r"array\.new_default .*") == 1  # the result, nothing else
    assert "call $rt.concat" not in body and "call $NumberFormat.intToString" not in body
    assert count(body, r"call \$NumberFormat\.writeInt") == 2
    plain = function(CONCAT, "line", extra="println(line(-12, 'x', null))", optimize=False)
    assert "call $rt.concat" in plain and count(plain, r"call \$NumberFormat\.intToString") == 2


def test_concatenation_prints_what_the_jvm_prints():
    from scalawasi.compiler.runtime import run_module

    text = HEADER + "object Main {\n" + CONCAT + """
  def main(args: Array[String]): Unit = {
    val ints = Array(0, 7, -7, 10, 99, -100, 123456789, 2147483647, -2147483648)
    for (i <- ints) println(line(i, 'q', if (i > 0) "s" else null))
    val b: Byte = -128
    val sh: Short = 32767
    println("" + b + sh + 'c' + "" + 1L + 0.1f)
  }
}
"""
    result = build(text, "concat.scala")
    run = run_module(result.wasm, time_limit=30)
    assert run.stdout.decode().splitlines() == [
        "key0=0;qnull2.5false", "key7=49;qs2.5true", "key-7=-49;qnull2.5false", "key10=70;qs2.5true",
        "key99=693;qs2.5true", "key-100=-700;qnull2.5false", "key123456789=864197523;qs2.5true",
        "key2147483647=2147483641;qs2.5true", "key-2147483648=-2147483648;qnull2.5false", "-12832767c10.1"]
