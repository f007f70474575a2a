"""Methods converted once per text are reused on later parses: spans must follow the text wherever it moved."""
from __future__ import annotations

from scalawasi.compiler.api import analyze
from scalawasi.compiler.diagnostics import DiagnosticSink
from scalawasi.compiler.source import SourceText
from scalawasi.compiler.syntax import ast
from scalawasi.compiler.syntax.parser import parse

PROGRAM = """object Cache {
  def twice(x: Int): Int = {
    val y = x * 2
    y
  }
  def broken(): Int = "not an Int"
  def main(args: Array[String]): Unit = println(twice(3))
}
"""


def _defs(text: str) -> dict[str, ast.DefDef]:
    source = SourceText(text)
    unit = parse(source, DiagnosticSink())
    return {d.name: d for d in unit.defs[0].body if isinstance(d, ast.DefDef)}, source


def _check_spans(node: ast.Node, text: bytes) -> None:
    """Every span of a converted tree covers text that its node could have come from."""
    if isinstance(node, ast.Ident):
        assert text[node.span.start:node.span.end].decode() == node.name
    for value in vars(node).values():
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, ast.Node):
                assert node.span.start <= child.span.start and child.span.end <= node.span.end
                _check_spans(child, text)


def test_an_unchanged_method_is_reused_and_a_moved_one_is_shifted():
    first, _ = _defs(PROGRAM)
    again, _ = _defs(PROGRAM)
    assert again["twice"] is first["twice"]  # same text at the same place: the same tree
    moved_text = "// a new first line\n" + PROGRAM
    moved, source = _defs(moved_text)
    assert moved["twice"] is not first["twice"]
    assert moved["twice"].span.start == first["twice"].span.start + len("// a new first line\n")
    _check_spans(moved["twice"], source.data)
    assert source.slice(moved["twice"].name_span) == "twice"


def test_identical_methods_in_one_file_are_distinct_trees():
    text = PROGRAM.replace("  def main", "  def twice2(x: Int): Int = {\n    val y = x * 2\n    y\n  }\n  def main")
    defs, source = _defs(text)
    body_a, body_b = defs["twice"].body, defs["twice2"].body
    assert body_a is not body_b and body_a.span != body_b.span
    _check_spans(defs["twice2"], source.data)


def test_diagnostics_follow_the_text_after_an_edit_above():
    before = analyze(PROGRAM)
    after = analyze("\n\n" + PROGRAM)
    [b] = [d for d in before.diagnostics if d.code == "type-mismatch"]
    [a] = [d for d in after.diagnostics if d.code == "type-mismatch"]
    assert a.span.start == b.span.start + 2
    assert after.source.slice(a.span) == '"not an Int"'


def test_incremental_reparsing_gives_the_tree_of_a_fresh_parse():
    """Typing a method key by key: the tree re-parsed from the previous one equals a fresh parse of the same text."""
    from scalawasi.compiler.syntax.parser import _parser
    from scalawasi.compiler.syntax.reuse import ParsedTrees

    typed = "  def more(n: Int): Int = {\n    val s = \"x\" + n\n    if (n > 0) n * 2 else { -n }\n  }\n"
    anchor = PROGRAM.index("  def broken")
    fresh_parser = _parser()
    for i in range(0, len(typed) + 1, 3):
        text = (PROGRAM[:anchor] + typed[:i] + PROGRAM[anchor:]).encode()
        incremental = ParsedTrees.parse(_parser(), "incremental.scala", text)
        assert str(incremental.root_node) == str(fresh_parser.parse(text).root_node), text.decode()
