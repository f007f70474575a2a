"""Hover on an intrinsic call inside a lambda or a local def shows the instructions the build emitted for it, as
elsewhere: a lambda's body and a local def are functions of their own, whose instructions carry their spans."""
from __future__ import annotations

import re

from scalawasi.compiler.api import BuildOptions, analyze, build
from scalawasi.server import hover

PROGRAM = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object InFunctions {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(64)
      (0 until 4).foreach(i => s.setInt(i * 4, i))
      val read = (k: Int) => s.getLong(k)
      def total(n: Int): Int = if (n == 0) 0 else s.getInt((n - 1) * 4) + total(n - 1)
      println(read(0) + total(4))
    }
  }
}
"""


def _hover_block(name: str) -> str:
    analysis = analyze(PROGRAM, "in_functions.scala")
    result = build(PROGRAM, "in_functions.scala", BuildOptions())
    assert result.ok
    found = hover.find_hover(analysis, PROGRAM.index(name) + 1, intrinsics_only=True)
    assert isinstance(found, hover.IntrinsicCall), found
    text = hover.intrinsic_markdown(found, hover.LoweredIndex(result), False, None)
    return re.search(r"```wasm\n(.*?)\n```", text, re.S).group(1)


def test_hover_inside_an_inlined_lambda():
    assert re.search(r"i32\.store\b", _hover_block("setInt"))


def test_hover_inside_a_closure():
    assert re.search(r"i64\.load\b", _hover_block("getLong"))


def test_hover_inside_a_local_def():
    assert re.search(r"i32\.load\b", _hover_block("getInt"))
