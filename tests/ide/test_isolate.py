"""Broken methods set aside so the rest of a file still builds (the intrinsic hover's lowered code while another
part of the file has an error): programs written for these tests."""
from __future__ import annotations

import re

from scalawasi.compiler.api import BuildOptions, analyze, build
from scalawasi.compiler.ide.isolate import without_broken_methods
from scalawasi.server import hover

PROGRAM = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Main {
  def broken(): Int = {
    val q: Int = "no"
    q
  }
  def proc() {
    println(missing)
  }
  def main(args: Array[String]): Unit = withMemoryAllocator { a =>
    val s = a.allocate(8)
    s.setInt(0, 42)
    println(s.getInt(0) + "é")
  }
}
"""
PATH = "/tmp/scalawasi-ide-isolate.scala"


def test_broken_bodies_are_stubbed_in_place_and_the_rest_builds():
    analysis = analyze(PROGRAM, PATH)
    assert analysis.has_errors
    isolated = without_broken_methods(analysis, PROGRAM.index("setInt"))
    assert len(isolated.encode()) == len(PROGRAM.encode())
    assert isolated.count("\n") == PROGRAM.count("\n")
    assert re.search(r"def broken\(\): Int = \{\s*\?\?\?\s*\}", isolated)
    assert re.search(r"def proc\(\) \{\s*\?\?\?\s*\}", isolated)
    assert isolated[isolated.index("def main"):] == PROGRAM[PROGRAM.index("def main"):]
    result = build(isolated, PATH, BuildOptions())
    assert result.ok, [d.message for d in result.diagnostics]
    found = hover.find_hover(analysis, len(PROGRAM[:PROGRAM.index("setInt") + 1].encode()), intrinsics_only=True)
    text = hover.intrinsic_markdown(found, hover.LoweredIndex(result), False, None)
    assert re.search(r"i32\.store\b", text)


def test_nothing_when_the_hovered_method_itself_is_broken():
    analysis = analyze(PROGRAM, PATH)
    assert without_broken_methods(analysis, PROGRAM.index('"no"')) is None


def test_nothing_when_an_error_lies_outside_every_method():
    text = PROGRAM.replace("object Main {", "object Main {\n  val bad: Int = \"x\"")
    assert without_broken_methods(analyze(text, PATH), text.index("setInt")) is None


def test_nothing_to_do_without_errors():
    text = PROGRAM.replace('"no"', "1").replace("missing", "2")
    assert without_broken_methods(analyze(text, PATH), text.index("setInt")) is None
