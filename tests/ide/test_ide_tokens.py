"""Semantic tokens of the compiler's editor queries: what each piece of a file is coloured as."""
from __future__ import annotations

from scalawasi.compiler.api import analyze
from scalawasi.compiler.ide.symbols import SymbolIndex
from scalawasi.compiler.ide.tokens import semantic_tokens

PROGRAM = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

/* a block comment
   over two lines */
class Counter(var count: Int) {
  def bump(by: Int): Unit = { count += by } // a line comment
}

object Main {
  def main(args: Array[String]): Unit = {
    val c = new Counter(0)
    var n = 0x1F
    c.bump(2)
    withMemoryAllocator { a =>
      val seg: MemorySegment = a.allocate(8)
      seg.setInt(0, n)
      val errno = wasi.fdWrite(1, seg.start, 0, 0)
    }
    println(s"count ${c.count} and $n, 'c' ${"x"}")
  }
}
"""


def tokens_by_text(text: str) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    analysis = analyze(text, "tokens.scala")
    data = analysis.source.data
    found: dict[str, list] = {}
    for t in semantic_tokens(data, SymbolIndex.of_analysis(analysis), analysis.unit, analysis.model.node_types):
        found.setdefault(data[t.start:t.end].decode(), []).append((t.kind, t.modifiers))
    return found


def test_names_are_classified_by_what_they_are():
    found = tokens_by_text(PROGRAM)
    assert found["Counter"] == [("class", ("declaration",)), ("class", ())]
    assert found["Main"] == [("namespace", ("declaration", "static"))]
    assert found["bump"] == [("method", ("declaration",)), ("method", ())]
    assert found["by"] == [("parameter", ("declaration", "readonly")), ("parameter", ("readonly",))]
    assert found["count"][0] == ("property", ("declaration", "mutable"))  # a `var` constructor parameter
    assert found["n"][0] == ("variable", ("declaration", "mutable"))
    assert found["c"][0] == ("variable", ("declaration", "readonly"))
    assert found["Int"][0] == ("type", ("defaultLibrary",))
    assert found["val"][0] == ("keyword", ())
    assert "println" not in found  # a library name the analysis does not resolve: left to the grammar


def test_intrinsics_carry_their_own_modifier():
    found = tokens_by_text(PROGRAM)
    for name, kind in [("withMemoryAllocator", "function"), ("allocate", "method"), ("setInt", "method"),
                       ("fdWrite", "function"), ("wasi", "namespace"), ("MemorySegment", "type")]:
        assert found[name][0][0] == kind and "intrinsic" in found[name][0][1], name


def test_literals_comments_and_interpolation():
    found = tokens_by_text(PROGRAM)
    assert found["/* a block comment\n   over two lines */"] == [("comment", ())]
    assert found["// a line comment"] == [("comment", ())]
    assert found["0x1F"] == [("number", ())]
    assert found['s"count '] == [("string", ())]  # the pieces between the spliced code
    assert found["\"x\""] == [("string", ())]  # a string inside a splice
    assert ("property", ("mutable",)) in found["count"]  # `${c.count}` is code
    assert found[", 'c' "] == [("string", ())]


def test_tokens_are_sorted_and_disjoint_even_in_broken_code():
    for text in [PROGRAM, PROGRAM[:300], PROGRAM.replace("}", "", 2), 's"unterminated ${ x', "/* open"]:
        analysis = analyze(text, "broken.scala")
        model = analysis.model
        tokens = semantic_tokens(analysis.source.data, SymbolIndex.of_analysis(analysis), analysis.unit,
                                 getattr(model, "node_types", None))
        ends = 0
        for t in tokens:
            assert ends <= t.start < t.end <= len(analysis.source.data)
            ends = t.end
