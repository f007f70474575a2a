"""Folding ranges, selection ranges, workspace symbols, document links and the refactoring code actions through
the server, under the VS Code and Neovim profiles."""
from __future__ import annotations

from lsprotocol import types

from lsp_helpers import open_doc, position_of
from test_workspace import editor, open_file, workspace  # noqa: F401 (fixtures)

PROGRAM = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

/* Allocating outside a scope is
   unresolved-name; see also segment-escape. */
object Shapes {
  def area(side: Int) = side * side
  def main(args: Array[String]): Unit = {
    val a = area(3)
    println(a)
  }
}
"""

ALLOCATING = """object Raw {
  def main(args: Array[String]): Unit = {
    val seg = allocate(8)
    seg.setInt(0, 7)
    println(seg.getInt(0))
  }
}
"""


def _doc(uri):
    return types.TextDocumentIdentifier(uri)


async def test_folding_ranges(client):
    uri, _ = await open_doc(client, PROGRAM)
    found = await client.text_document_folding_range_async(types.FoldingRangeParams(_doc(uri)))
    ranges = {(r.start_line, r.end_line, r.kind) for r in found}
    assert (0, 1, types.FoldingRangeKind.Imports) in ranges
    assert (3, 4, types.FoldingRangeKind.Comment) in ranges
    assert (5, 10, types.FoldingRangeKind.Region) in ranges  # object Shapes, its closing brace stays visible
    assert (7, 9, types.FoldingRangeKind.Region) in ranges  # def main


async def test_selection_ranges_grow_outwards(client):
    uri, _ = await open_doc(client, PROGRAM)
    [found] = await client.text_document_selection_range_async(types.SelectionRangeParams(
        text_document=_doc(uri), positions=[position_of(PROGRAM, "area(3)", 1)]))
    ranges = []
    while found is not None:
        ranges.append(found.range)
        found = found.parent
    lines = PROGRAM.split("\n")
    texts = [lines[r.start.line][r.start.character:r.end.character] if r.start.line == r.end.line else None
             for r in ranges]
    assert texts[:3] == ["area", "area(3)", "val a = area(3)"]
    assert len(ranges) >= 5


async def test_document_links_to_the_diagnostic_docs(client):
    uri, _ = await open_doc(client, PROGRAM)
    found = await client.text_document_document_link_async(types.DocumentLinkParams(_doc(uri)))
    targets = sorted(link.target.rsplit("/", 1)[-1] for link in found)
    assert targets == ["diagnostics.md#segment-escape", "diagnostics.md#unresolved-name"]
    link = next(link for link in found if link.target.endswith("#segment-escape"))
    assert link.range.start == position_of(PROGRAM, "segment-escape")


async def test_refactoring_code_actions(client):
    uri, diagnostics = await open_doc(client, ALLOCATING)
    [unresolved] = diagnostics
    found = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=_doc(uri), range=unresolved.range,
        context=types.CodeActionContext(diagnostics=[unresolved])))
    [wrap] = [a for a in found if a.title == "Wrap in withMemoryAllocator"]
    assert wrap.kind == types.CodeActionKind.RefactorExtract
    edits = wrap.edit.document_changes[0].edits
    assert any("withMemoryAllocator { allocator =>" in e.new_text for e in edits)
    uri, _ = await open_doc(client, PROGRAM)
    at = position_of(PROGRAM, "area(side")
    found = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=_doc(uri), range=types.Range(at, at), context=types.CodeActionContext(diagnostics=[])))
    [typed] = [a for a in found if a.title.startswith("Add explicit type")]
    [edit] = typed.edit.document_changes[0].edits
    assert edit.new_text == ": Int" and edit.range.start == position_of(PROGRAM, " = side * side")


async def test_workspace_symbols_across_a_project(editor, workspace):
    from lsp_helpers import start

    root, uris = workspace
    await start(editor, "neovim@v0.7.0", root=root)
    found = await editor.workspace_symbol_async(types.WorkspaceSymbolParams(query="twi"))
    assert [(s.name, s.container_name, s.location.uri) for s in found] == [
        ("twice", "Util", uris["src/lib/Util.scala"])]
    found = await editor.workspace_symbol_async(types.WorkspaceSymbolParams(query=""))
    assert {s.name for s in found} >= {"Util", "Main", "main", "Broken", "n", "twice"}
