"""References, document highlights and rename through the server, under the VS Code and Neovim profiles, and
rename across the files of a project."""
from __future__ import annotations

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcException

from lsp_helpers import open_doc, position_of, start
from test_workspace import editor, open_file, until, workspace, write_workspace  # noqa: F401 (fixtures)

SHAPES = """class Point(val x: Int, var y: Int) {
  def norm: Int = x * x + y * y
  def move(dx: Int): Unit = { y += dx }
}

object Point {
  def apply(x: Int): Point = new Point(x, 0)
}

object Main {
  def main(args: Array[String]): Unit = {
    var total = 0
    val p = Point(3)
    val q = new Point(1, 2)
    p.move(2)
    total += p.norm + q.y
    println(s"total $total")
  }
}
"""


def _doc(uri):
    return types.TextDocumentIdentifier(uri)


def _starts(text, locations):
    return sorted((r.range.start.line, r.range.start.character) for r in locations)


def _at(needle, delta=0):
    p = position_of(SHAPES, needle, delta)
    return (p.line, p.character)


async def test_references_of_a_local_var_and_a_field(client):
    uri, _ = await open_doc(client, SHAPES)
    found = await client.text_document_references_async(types.ReferenceParams(
        text_document=_doc(uri), position=position_of(SHAPES, "total += "),
        context=types.ReferenceContext(include_declaration=True)))
    assert _starts(SHAPES, found) == [_at("total = 0"), _at("total += "), _at("$total", 1)]
    found = await client.text_document_references_async(types.ReferenceParams(
        text_document=_doc(uri), position=position_of(SHAPES, "y: Int"),
        context=types.ReferenceContext(include_declaration=False)))
    assert _starts(SHAPES, found) == sorted([_at("y * y"), _at("y * y", 4), _at("y += dx"), _at("q.y", 2)])


async def test_document_highlight_marks_writes(client):
    uri, _ = await open_doc(client, SHAPES)
    found = await client.text_document_document_highlight_async(types.DocumentHighlightParams(
        _doc(uri), position_of(SHAPES, "total = 0")))
    kinds = {(h.range.start.line, h.range.start.character): h.kind for h in found}
    assert kinds == {_at("total = 0"): types.DocumentHighlightKind.Write,
                     _at("total += "): types.DocumentHighlightKind.Write,
                     _at("$total", 1): types.DocumentHighlightKind.Read}
    assert await client.text_document_document_highlight_async(types.DocumentHighlightParams(
        _doc(uri), position_of(SHAPES, "println"))) is None  # a built-in: nothing of this program


async def test_renaming_a_class_renames_constructor_calls_and_companion(client):
    uri, _ = await open_doc(client, SHAPES)
    prepared = await client.text_document_prepare_rename_async(types.PrepareRenameParams(
        _doc(uri), position_of(SHAPES, "Point(3)", 2)))
    placeholder = prepared.placeholder if hasattr(prepared, "placeholder") else None
    assert placeholder in (None, "Point")
    edit = await client.text_document_rename_async(types.RenameParams(
        _doc(uri), position_of(SHAPES, "new Point(1", 4), "Vec"))
    edits = edit.changes[uri]
    assert all(e.new_text == "Vec" for e in edits)
    renamed = _apply(SHAPES, edits)
    assert "Point" not in renamed
    assert "class Vec(" in renamed and "object Vec {" in renamed and "new Vec(1, 2)" in renamed \
        and "Vec(3)" in renamed and "def apply(x: Int): Vec = new Vec(x, 0)" in renamed
    _, diagnostics = await open_doc(client, renamed)
    assert diagnostics == ()


@pytest.mark.parametrize("name, why", [("val", "reserved"), ("2x", "not a Scala identifier"),
                                        ("p", "already defined"), ("+", "operator")])
async def test_rename_refuses_bad_and_clashing_names(client, name, why):
    uri, _ = await open_doc(client, SHAPES)
    with pytest.raises(JsonRpcException) as refused:
        await client.text_document_rename_async(types.RenameParams(_doc(uri), position_of(SHAPES, "q = new"), name))
    assert why in refused.value.message


async def test_rename_refuses_a_name_that_would_capture_or_be_captured(client):
    uri, _ = await open_doc(client, SHAPES)
    with pytest.raises(JsonRpcException) as refused:  # inside move, y and dx would be one name
        await client.text_document_rename_async(types.RenameParams(_doc(uri), position_of(SHAPES, "y: Int"), "dx"))
    assert "`dx` already names parameter `dx`" in refused.value.message


def _apply(text: str, edits) -> str:
    lines = text.split("\n")
    for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        assert e.range.start.line == e.range.end.line
        line = lines[e.range.start.line]
        lines[e.range.start.line] = line[:e.range.start.character] + e.new_text + line[e.range.end.character:]
    return "\n".join(lines)


async def test_rename_across_the_files_of_a_project(editor, workspace):
    from test_workspace import MAIN, UTIL

    root, uris = workspace
    await start(editor, "visual-studio-code", root=root)
    main, util = uris["src/app/Main.scala"], uris["src/lib/Util.scala"]
    open_file(editor, main, MAIN)
    found = await editor.text_document_references_async(types.ReferenceParams(
        text_document=_doc(main), position=position_of(MAIN, "twice"),
        context=types.ReferenceContext(include_declaration=True)))
    assert {(loc.uri, loc.range.start.line) for loc in found} == {(main, 5), (util, 3)}
    edit = await editor.text_document_rename_async(types.RenameParams(_doc(main), position_of(MAIN, "Util."), "Tools"))
    assert _apply(MAIN, edit.changes[main]) == MAIN.replace("Util", "Tools")  # the import too
    assert _apply(UTIL, edit.changes[util]) == UTIL.replace("Util", "Tools")


CASES = """case class Pt(x: Int, y: Int)

object Main {
  def main(args: Array[String]): Unit = {
    val p = Pt(1, 2)
    p match {
      case Pt(a, b) => println(a + b)
    }
    println(new Pt(3, 4))
  }
}
"""


async def test_renaming_a_case_class_renames_its_generated_companion_calls_and_patterns(client):
    uri, _ = await open_doc(client, CASES)
    edit = await client.text_document_rename_async(types.RenameParams(
        _doc(uri), position_of(CASES, "Pt(1"), "Pair"))
    renamed = _apply(CASES, edit.changes[uri])
    assert renamed == CASES.replace("Pt", "Pair")


NAMED = """class Box(val width: Int, val height: Int = 1)

object Main {
  def area(width: Int, height: Int): Int = width * height
  def main(args: Array[String]): Unit = {
    println(area(height = 2, width = 3))
    println(new Box(width = 4).width)
  }
}
"""


async def test_renaming_a_parameter_renames_named_arguments(client):
    uri, _ = await open_doc(client, NAMED)
    edit = await client.text_document_rename_async(types.RenameParams(
        _doc(uri), position_of(NAMED, "width: Int, height: Int)"), "w"))
    assert _apply(NAMED, edit.changes[uri]) == NAMED.replace("area(width: Int", "area(w: Int").replace(
        "= width * height", "= w * height").replace("width = 3", "w = 3")
    edit = await client.text_document_rename_async(types.RenameParams(
        _doc(uri), position_of(NAMED, "width = 4"), "wide"))  # a class parameter that is a field
    renamed = _apply(NAMED, edit.changes[uri])
    assert "class Box(val wide: Int" in renamed and "new Box(wide = 4).wide" in renamed and "width = 3" in renamed
