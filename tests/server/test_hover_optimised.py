"""Hover on a segment access explains what the optimising lowering did with it: the range analysis's proof when
the bounds check is gone, and the reuse when even the load is gone."""
from __future__ import annotations

from scalawasi.compiler.api import BuildOptions, analyze, build
from scalawasi.server import hover

PROGRAM = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Reuse {
  def twice(k: Int): Int = withMemoryAllocator { a =>
    val s = a.allocate(64)
    val i = k & 7
    val first = s.getInt(i * 4)
    first + s.getInt(i * 4)
  }

  def main(args: Array[String]): Unit = println(twice(3))
}
"""


def _hover(occurrence: int) -> str:
    analysis = analyze(PROGRAM, "reuse.scala")
    result = build(PROGRAM, "reuse.scala", BuildOptions())
    assert result.ok
    at = -1
    for _ in range(occurrence):
        at = PROGRAM.index("getInt", at + 1)
    found = hover.find_hover(analysis, at + 1, intrinsics_only=True)
    assert isinstance(found, hover.IntrinsicCall), found
    return hover.intrinsic_markdown(found, hover.LoweredIndex(result), False, None)


def test_first_load_names_the_proof():
    text = _hover(1)
    assert "i32.load" in text
    assert "Bounds check elided: the offset lies in 0..28 and the segment has at least 64 bytes" in text


def test_second_load_is_the_first_ones_value():
    text = _hover(2)
    assert "i32.load" not in text and "its value is reused" in text
