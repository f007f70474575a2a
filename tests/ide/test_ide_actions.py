"""The refactorings of compiler/ide/actions.py: each result is analysed again, and must be clean."""
from __future__ import annotations

from scalawasi.compiler.api import analyze
from scalawasi.compiler.ide.actions import actions_at
from scalawasi.compiler.ide.symbols import SymbolIndex
from scalawasi.compiler.source import Span

PROGRAM = """object Main {
  def twice(x: Int) = x * 2
  val pair = (1, "a")
  def table = Array.tabulate(3)(i => i * i)
  def shout() { println("!") }
  def main(args: Array[String]): Unit = {
    println("start")
    var total = twice(3)
    val seg = allocate(16)
    seg.setInt(0, total)
    println(seg.getInt(0))
  }
}
"""


def actions(text: str, needle: str, delta: int = 0):
    analysis = analyze(text, "actions.scala")
    at = text.encode().index(needle.encode()) + delta
    return analysis, actions_at(analysis.source.data, analysis.unit, SymbolIndex.of_analysis(analysis), Span(at, at))


def applied(text: str, action) -> str:
    data = text.encode()
    for span, new in sorted(action.edits, key=lambda e: e[0].start, reverse=True):
        data = data[:span.start] + new.encode() + data[span.end:]
    return data.decode()


def test_add_explicit_type_writes_the_inferred_type():
    for needle, expected in [("twice", "def twice(x: Int): Int = x * 2"),
                             ("pair", 'val pair: (Int, String) = (1, "a")'), ("total", "var total: Int = twice(3)")]:
        _, found = actions(PROGRAM, needle)
        [action] = [a for a in found if a.title.startswith("Add explicit type")]
        assert expected in applied(PROGRAM, action)


def test_no_type_action_where_none_fits():
    for needle in ["shout", "def main", "x * 2", "args"]:  # procedure syntax, a written type, in a body, a parameter
        _, found = actions(PROGRAM, needle)
        assert not [a for a in found if a.title.startswith("Add explicit type")], needle


def test_wrap_in_allocator_makes_the_program_clean():
    analysis, found = actions(PROGRAM, "allocate")
    assert [d.code for d in analysis.diagnostics] == ["unresolved-name"]
    [action] = [a for a in found if a.title == "Wrap in withMemoryAllocator"]
    result = applied(PROGRAM, action)
    assert result.startswith("import scala.scalajs.wasm._\nimport scala.scalajs.wasm.memory._\nobject Main {")
    assert "    withMemoryAllocator { allocator =>\n      val seg = allocator.allocate(16)\n" in result
    assert "      println(seg.getInt(0))\n    }\n  }\n}" in result
    assert analyze(result, "wrapped.scala").diagnostics == []


def test_no_wrap_without_a_bare_allocate():
    _, found = actions(PROGRAM, "println(\"start")
    assert not [a for a in found if a.title == "Wrap in withMemoryAllocator"]
