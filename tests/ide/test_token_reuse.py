"""Semantic tokens of an analysis that typed only the edited method (compiler/ide/token_reuse.py): the untyped
methods' tokens are the file's last ones, moved; the whole equals the tokens of a fresh analysis, and the untyped
bodies stay untyped (and uncopied)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from scalawasi.compiler.api import analyze
from scalawasi.compiler.ide.symbols import SymbolIndex
from scalawasi.compiler.ide.token_reuse import TokenRecords, semantic_tokens_of
from scalawasi.compiler.ide.tokens import semantic_tokens
from scalawasi.compiler.semantics.retype import Records
from scalawasi.compiler.syntax.reuse import ConvertedDefs, ParsedTrees

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from test_incremental import edit, programs  # noqa: E402

EDITED = "token-reuse-edited.scala"
FRESH = "token-reuse-fresh.scala"
EXAMPLES = int(os.environ.get("SCALAWASI_FUZZ_EXAMPLES", "25"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("SCALAWASI_FUZZ_RANDOM"),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

PROGRAM = """object Shapes {
  val scale: Int = 3
  var calls: Long = 0L
  lazy val unit: Int = scale * 2
  def area(w: Int, h: Int): Int = { calls += 1; w * h * scale + unit }
  def label(n: Int): String = {
    val text = "n=" + n
    text
  }
  def twice(x: Int) = x * 2
  def describe(p: Point): String = s"${p.x},${p.y} ${area(p.x, p.y)} ${twice(calls.toInt)}"
  def main(args: Array[String]): Unit = println(describe(Point(1, 2)) + label(3))
}
case class Point(x: Int, y: Int)
class Box(size: Int, var weight: Int) {
  def grow(by: Int): Box = new Box(size + by, weight)
  def heavy(): Boolean = weight > size
}
"""


def fresh_tokens(text: str):
    """The tokens of an analysis with nothing kept from before, every body typed."""
    for table in (ParsedTrees, ConvertedDefs):
        with table._lock:
            table._by_path.pop(FRESH, None)
            table._by_path.pop(FRESH + "\0patched", None)
    Records.forget(FRESH)
    analysis = analyze(text, FRESH)
    return semantic_tokens(analysis.source.data, SymbolIndex.of_analysis(analysis), analysis.unit,
                           analysis.model.node_types)


def untyped(analysis) -> int:
    return len(getattr(analysis, "_skipped", ()))


def test_tokens_after_each_key_typed_into_a_method_keep_the_other_methods_untyped():
    """Key by key into `label`: each analysis leaves the other declared methods untyped, and its tokens (the
    untyped ones' kept from the key before) equal a fresh analysis's; the untyped bodies are still untyped after."""
    Records.forget(EDITED)
    TokenRecords.forget(EDITED)
    semantic_tokens_of(analyze(PROGRAM, EDITED))
    anchor = PROGRAM.index("    text\n")
    typed = "    val more = text.length + area(1, 2) + unit\n    calls += more\n"
    kept = 0
    for i in range(1, len(typed) + 1):
        current = PROGRAM[:anchor] + typed[:i] + PROGRAM[anchor:]
        analysis = analyze(current, EDITED)
        before = untyped(analysis)
        assert semantic_tokens_of(analysis) == fresh_tokens(current), current[anchor:anchor + i]
        if before:
            kept += 1
            assert untyped(analysis) == before  # the tokens typed nothing
    assert kept > len(typed) // 2


def test_a_moved_method_keeps_its_body_uncopied_through_the_tokens():
    from scalawasi.compiler.syntax import ast

    Records.forget(EDITED)
    TokenRecords.forget(EDITED)
    semantic_tokens_of(analyze(PROGRAM, EDITED))
    current = PROGRAM.replace("    text\n", "    text + 1\n")
    analysis = analyze(current, EDITED)
    assert semantic_tokens_of(analysis) == fresh_tokens(current)
    box = next(d for d in analysis.unit.defs if isinstance(d, ast.ClassDef) and d.name == "Box")
    assert all("_moved_body" in vars(d) for d in box.body if isinstance(d, ast.DefDef))


def test_an_edit_of_the_outline_makes_the_tokens_in_full():
    """A `val` made a `var` changes what its uses are (mutable): the outline changed, every body is typed."""
    Records.forget(EDITED)
    TokenRecords.forget(EDITED)
    semantic_tokens_of(analyze(PROGRAM, EDITED))
    current = PROGRAM.replace("val scale: Int = 3", "var scale: Int = 3")
    analysis = analyze(current, EDITED)
    assert semantic_tokens_of(analysis) == fresh_tokens(current)
    assert untyped(analysis) == 0


@SETTINGS
@given(st.data())
def test_tokens_after_edits_equal_a_fresh_analysis(data):
    text = data.draw(st.sampled_from(programs()), label="program")
    Records.forget(EDITED)
    TokenRecords.forget(EDITED)
    assert semantic_tokens_of(analyze(text, EDITED)) == fresh_tokens(text)
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        text = edit(text, data)
        assert semantic_tokens_of(analyze(text, EDITED)) == fresh_tokens(text), text


def test_tokens_of_a_project_file_while_typing_equal_a_fresh_analysis():
    """A project's file, analysed with the program's others: the untyped methods of every file keep their uses of
    this file's entities (which decide their kinds) and this file's their tokens."""
    from scalawasi.compiler.api import analyze_files
    from scalawasi.server.workspace import document_analysis

    library = ("package shapes\n\nclass Box(size: Int) {\n  lazy val twice: Int = size * 2\n"
               "  def grow(by: Int): Box = new Box(size + by)\n}\n")
    app = ("import shapes.Box\n\nobject App {\n  var count = 0\n  def label(n: Int): String = {\n"
           "    val text = \"n=\" + n\n    text\n  }\n"
           "  def main(args: Array[String]): Unit = { count += 1; println(label(new Box(2).twice)) }\n}\n")

    def tokens(text: str, prefix: str, fresh: bool = False):
        paths = (f"{prefix}-app.scala", f"{prefix}-box.scala")
        if fresh:
            for table in (ParsedTrees, ConvertedDefs):
                with table._lock:
                    for path in paths:
                        table._by_path.pop(path, None)
                        table._by_path.pop(path + "\0patched", None)
            Records.forget("\0".join(paths))
        analysis = document_analysis(analyze_files(dict(zip(paths, (text, library)))), paths[0])
        if fresh:
            return semantic_tokens(analysis.source.data, SymbolIndex.of_analysis(analysis), analysis.unit,
                                   analysis.model.node_types), 0
        before = untyped(analysis)
        return semantic_tokens_of(analysis), before - untyped(analysis) if before else -1

    tokens(app, "token-reuse-program")
    anchor = app.index("    text\n")
    typed = "    val more = text.length + count\n"
    kept = 0
    for i in range(1, len(typed) + 1, 2):
        current = app[:anchor] + typed[:i] + app[anchor:]
        found, typed_by_tokens = tokens(current, "token-reuse-program")
        assert found == tokens(current, "token-reuse-fresh", fresh=True)[0], current[anchor:anchor + i]
        kept += typed_by_tokens == 0
    assert kept > len(typed) // 4
