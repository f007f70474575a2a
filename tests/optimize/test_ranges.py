"""The range analysis (intrinsics/ranges.py): which segment accesses it proves in bounds, and which it must not
(an index that can go negative, a segment reassigned in the loop, arithmetic that can wrap, a bound one too far)."""
from __future__ import annotations

import pytest

from scalawasi.compiler.api import analyze
from scalawasi.compiler.intrinsics.ranges import describe_proof
from scalawasi.compiler.semantics import tir

HEADER = "import scala.scalajs.wasm._\nimport scala.scalajs.wasm.memory._\n\n"


def accesses(body: str) -> list[tir.SegmentAccess]:
    """The segment accesses of `body` (the inside of a withMemoryAllocator block in main), in source order."""
    text = HEADER + "object Main {\n  def main(args: Array[String]): Unit = withMemoryAllocator { a =>\n" + body + \
        "\n  }\n}\n"
    analysis = analyze(text, "ranges.scala")
    assert not analysis.has_errors, [d.message for d in analysis.diagnostics]
    found = [n for n in tir.walk(analysis.program.main.body) if isinstance(n, tir.SegmentAccess)]
    return sorted(found, key=lambda n: n.span.start)


PROVEN = {
    "constant offset": ("val s = a.allocate(16)\n s.setInt(12, 1)", [(12, 12)]),
    "loop index times width, size from vals": (
        "val n = 100\n val s = a.allocate(n * 4)\n for (i <- 0 until n) s.setInt(i * 4, i)", [(0, 396)]),
    "inclusive loop": ("val s = a.allocate(40)\n for (i <- 0 to 9) s.setInt(i * 4, i)", [(0, 36)]),
    "while loop counter": (
        "val s = a.allocate(400)\n var i = 0\n while (i < 100) {\n s.setInt(i * 4, i)\n i += 1\n }", [(0, 396)]),
    "mask": ("val s = a.allocate(1024)\n var x = 12345\n for (i <- 0 until 9) {\n x = x * 31 + i\n"
             " s.setInt((x & 0xFF) * 4, i)\n }", [(0, 1020)]),
    "shift then mask": ("val s = a.allocate(256)\n var x = -7\n s.setByte((x >>> 3) & 255, 1)", [(0, 255)]),
    "math.min": ("val s = a.allocate(100)\n for (k <- 0 until 1000) s.setByte(math.min(k, 99), 1)", [(0, 99)]),
    "remainder": ("val s = a.allocate(70)\n for (k <- 0 until 1000) s.setByte(k % 70, 1)", [(0, 69)]),
    "bounded by a condition": ("val s = a.allocate(64)\n var j = 3\n while (j >= 0 && s.getInt(j * 4) > 0) {\n"
                               " s.setInt((j + 1) * 4, s.getInt(j * 4))\n j -= 1\n }\n s.setInt((j + 1) * 4, 7)",
                               [(0, 12), (4, 16), (0, 12), (0, 16)]),
    "strided loop": ("val n = 1000\n val s = a.allocate(n)\n for (i <- 2 until n) {\n var j = i + i\n"
                     " while (j < n) {\n s.setByte(j, 0)\n j += i\n }\n }", [(4, 999)]),
    "branch on the index": ("val s = a.allocate(8)\n for (i <- -5 until 20) if (i >= 0 && i < 8) s.setByte(i, 1)",
                            [(0, 7)]),
}


@pytest.mark.parametrize("name", PROVEN)
def test_proven_in_bounds(name):
    body, ranges = PROVEN[name]
    found = accesses(body)
    assert [a.offset_range for a in found] == ranges
    assert all(a.proven_in_bounds for a in found), [(a.method, a.offset_range, a.size_range) for a in found]


NOT_PROVEN = {
    "index can go negative": "val s = a.allocate(400)\n var j = 99\n while (j >= -1) {\n s.setInt(j * 4, 0)\n"
                             " j -= 1\n }",
    "one past the end": "val s = a.allocate(400)\n for (i <- 0 to 100) s.setInt(i * 4, i)",
    "segment reassigned in the loop": "var s = a.allocate(400)\n for (i <- 0 until 100) {\n s.setInt(i * 4, i)\n"
                                      " s = a.allocate(4)\n }",
    "size unknown": "val s = a.allocate(args.length)\n s.setByte(0, 1)",
    "product can wrap": "val s = a.allocate(64)\n val big = 1 << 30\n for (i <- 0 until 3) s.setByte(i * big, 1)",
    "sum can wrap": "val s = a.allocate(64)\n var x = 2147483640\n for (i <- 0 until 3) {\n x = x + 10\n"
                    " if (x < 64) s.setByte(x, 1)\n }",
    "mask too wide": "val s = a.allocate(1020)\n val x = args.length * 7\n s.setInt((x & 0xFF) * 4, 1)",
    "index from a parameter-like value": "val s = a.allocate(16)\n s.setByte(args.length, 1)",
    "var changed by a closure": "val s = a.allocate(16)\n var i = 0\n val bump = () => { i = 100 }\n bump()\n"
                                " s.setByte(i, 1)",
    "var changed by a local def": "val s = a.allocate(16)\n var i = 0\n def bump(): Unit = { i = 100 }\n bump()\n"
                                  " s.setByte(i, 1)",
}


@pytest.mark.parametrize("name", NOT_PROVEN)
def test_not_proven(name):
    found = accesses(NOT_PROVEN[name])
    assert found and not any(a.proven_in_bounds for a in found), [(a.offset_range, a.size_range) for a in found]


def test_unreachable_access_has_no_facts():
    found = accesses("val s = a.allocate(16)\n for (i <- 5 until 3) s.setByte(i * 100, 1)")
    assert found[0].offset_range is None and not found[0].proven_in_bounds


def test_the_proof_in_words():
    (access,) = accesses("val s = a.allocate(1024)\n for (i <- 0 until 256) s.setInt(i * 4, i)")
    assert describe_proof(access) == "the offset lies in 0..1020 and the segment has at least 1024 bytes, so " \
        "every 4-byte access fits"


def test_erroneous_programs_are_analysed_without_failing():
    text = HEADER + """object Main {
  def main(args: Array[String]): Unit = withMemoryAllocator { a =>
    val s = a.allocate(missing)
    for (i <- 0 until alsoMissing) s.setInt(i * nope, 1)
  }
}
"""
    analysis = analyze(text, "broken.scala")
    assert {d.code for d in analysis.diagnostics} == {"unresolved-name"}


def test_every_alternative_of_an_overloaded_method_is_analysed():
    text = HEADER + """object Main {
  def put(s: MemorySegment): Unit = s.setInt(0, 1)
  def put(n: Int): Unit = withMemoryAllocator { a =>
    val s = a.allocate(16)
    for (i <- 0 until 4) s.setInt(i * 4, n)
    s.setInt(16, n)
  }
  def main(args: Array[String]): Unit = put(3)
}
"""
    analysis = analyze(text, "overloads.scala")
    assert [d.code for d in analysis.diagnostics] == ["segment-out-of-bounds"]  # s.setInt(16, n), second put
