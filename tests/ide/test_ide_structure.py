"""Folds, selection spans, workspace definitions and diagnostic codes in comments (compiler/ide/structure.py)."""
from __future__ import annotations

from scalawasi.compiler.api import analyze
from scalawasi.compiler.ide.structure import code_mentions, definitions, folds, matches, selection_spans
from scalawasi.compiler.ide.symbols import SymbolIndex
from scalawasi.compiler.ide.tokens import semantic_tokens

PROGRAM = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

/* Two lines
   of comment (see segment-escape). */
object Main {
  class Cell(var value: Int)
  def main(args: Array[String]): Unit = {
    val cell = new Cell(1)
    cell.value += 2 // expect: nothing, not-a-code-here
  }
}
"""


def test_folds_cover_definitions_blocks_comments_and_imports():
    analysis = analyze(PROGRAM, "s.scala")
    data = analysis.source.data
    found = {(f.kind, data[f.span.start:f.span.end].decode().split("\n")[0]) for f in
             folds(analysis.unit, semantic_tokens(data))}
    assert ("imports", "import scala.scalajs.wasm._") in found
    assert ("comment", "/* Two lines") in found
    assert ("region", "object Main {") in found
    assert ("region", "def main(args: Array[String]): Unit = {") in found


def test_selection_grows_from_the_name_outwards():
    analysis = analyze(PROGRAM, "s.scala")
    data = analysis.source.data
    at = PROGRAM.index("value += 2") + 1
    index = SymbolIndex.of_analysis(analysis)
    spans = [data[s.start:s.end].decode() for s in selection_spans(analysis.unit, at, index)]
    assert spans[0] == "value" and spans[1] == "cell.value" and spans[2] == "cell.value += 2"
    assert spans[-1] == PROGRAM.rstrip("\n") or spans[-1].startswith("import")
    for inner, outer in zip(spans, spans[1:]):
        assert inner in outer and inner != outer


def test_definitions_for_workspace_symbols():
    analysis = analyze(PROGRAM, "s.scala")
    found = [(d.name, d.kind, d.container) for d in definitions(analysis.unit)]
    assert found == [("Main", "object", None), ("Cell", "class", "Main"), ("main", "method", "Main")]
    assert matches("mn", "main") and matches("CE", "Cell") and not matches("x", "main")


def test_codes_in_comments():
    data = PROGRAM.encode()
    assert [code for _, code in code_mentions(data, semantic_tokens(data))] == ["segment-escape"]
