"""The symbol under the cursor (hovers) and the inlay hints, on programs written for these tests."""
from __future__ import annotations

import pytest

from scalawasi.compiler.api import analyze
from scalawasi.compiler.ide.inlays import bounds_hints, type_hints
from scalawasi.compiler.ide.symbols_at import symbol_info

PROGRAM = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

/** Helpers for hashing. */
object Util {
  /** The FNV prime.
    * @see the FNV-1a description
    */
  val FnvPrime = 16777619
  /** Doubles a number.
    * @param x the number
    * @return twice x
    */
  @deprecated("no", "1")
  def twice(x: Int) = x * 2
  def proc() { println(1) }
}
class P(val x: Int, y: Int) {
  var z = 1
  def sum(q: Int): Int = { val r = q + x; r + y }
}
object Main {
  def main(args: Array[String]): Unit = {
    var h = 17
    val p = new P(1, 2)
    var total = 0L
    for (v <- Array(1, 2)) total += v
    h = h * Util.FnvPrime
    println(Util.twice(h) + p.sum(3) + p.z)
    withMemoryAllocator { a =>
      val seg = a.allocate(16)
      var i = 0
      while (i < 4) { seg.setInt(i * 4, i); i += 1 }
      println(seg.getInt(args.length))
    }
  }
}
"""
ANALYSIS = analyze(PROGRAM, "/tmp/scalawasi-ide-hover.scala")


def info_at(needle: str, delta: int = 0):
    offset = len(PROGRAM[:PROGRAM.index(needle) + delta].encode())
    return symbol_info(ANALYSIS, offset)


@pytest.mark.parametrize("needle, delta, signature, owner, name", [
    ("h = h * Util", 0, "var h: Int", "", "h"),
    ("h = h * Util", 4, "var h: Int", "", "h"),
    ("FnvPrime\n    println", 0, "val FnvPrime: Int", "object Util", "FnvPrime"),
    ("total += v", 0, "var total: Long", "", "total"),
    ("total += v", 9, "val v: Int", "", "v"),
    ("twice(h)", 1, "def twice(x: Int): Int", "object Util", "twice"),
    ("p.sum(3)", 3, "def sum(q: Int): Int", "class P", "sum"),
    ("p.z)", 2, "var z: Int", "class P", "z"),
    ("new P(1", 5, "class P(x: Int, y: Int)", "", "P"),
    ("args: Array", 1, "args: Array[String]", "", "args"),
    ("def sum", 5, "def sum(q: Int): Int", "class P", "sum"),
    ("val seg", 5, "val seg: MemorySegment", "", "seg"),
])
def test_the_name_under_the_cursor(needle, delta, signature, owner, name):
    info = info_at(needle, delta)
    assert info is not None
    assert info.signature == signature and info.owner == owner
    assert PROGRAM.encode()[info.span.start:info.span.end].decode() == name


def test_scaladoc_as_markdown_above_annotations():
    info = info_at("twice(h)", 1)
    assert info.doc == "Doubles a number.\n\n- `x` — the number\n- **Returns** twice x"
    assert info_at("FnvPrime\n    println").doc == "The FNV prime.\n\n- **See** the FNV-1a description"
    assert info_at("Util.FnvPrime").doc == "Helpers for hashing."


def test_nothing_on_keywords_and_literals():
    assert info_at("while (i < 4)", 1) is None
    assert info_at("16777619") is None


def test_hover_in_a_broken_program_degrades_without_failure():
    text = PROGRAM.replace("var z = 1", "var z = = 1").replace("def sum(q: Int): Int = {", "def sum(q: Int): Int = { q.")
    analysis = analyze(text, "/tmp/scalawasi-ide-broken.scala")
    for offset in range(0, len(text.encode()), 7):
        symbol_info(analysis, offset)
        type_hints(analysis)


def line_and_text(hint) -> tuple[int, str]:
    data = PROGRAM.encode()
    return data[:hint.offset].count(b"\n") + 1, data[max(0, hint.offset - 12):hint.offset].decode()


def test_type_hints_where_no_type_is_written():
    found = {(line_and_text(h)[1], h.label) for h in type_hints(ANALYSIS)}
    assert ("al FnvPrime", ": Int") in {(text[-11:], label) for text, label in found}
    assert ("ice(x: Int)", ": Int") in {(text[-11:], label) for text, label in found}
    assert ("var total", ": Long") in {(text[-9:], label) for text, label in found}
    assert ("val seg", ": MemorySegment") in {(text[-7:], label) for text, label in found}
    assert not any("proc()" in text for text, _ in found)  # procedure syntax: nothing inferred
    assert not any("sum(q: Int)" in text for text, _ in found)  # written
    assert all(h.insert == h.label for h in type_hints(ANALYSIS))


def test_type_hints_of_a_range_only():
    start = len(PROGRAM[:PROGRAM.index("object Main")].encode())
    assert {h.label for h in type_hints(ANALYSIS, start)} == {": Int", ": P", ": Long", ": MemorySegment"}
    assert all(h.offset >= start for h in type_hints(ANALYSIS, start))


def test_bounds_hints_proven_and_checked():
    found = [(line_and_text(h)[1], h.label) for h in bounds_hints(ANALYSIS, unchecked=False)]
    assert found == [("nt(i * 4, i)", "✓ no check"), ("args.length)", "checked")]
    proven = bounds_hints(ANALYSIS, unchecked=False)[0]
    assert "offset lies in 0..12" in proven.tooltip
    assert {h.label for h in bounds_hints(ANALYSIS, unchecked=True)} == {"unchecked"}
