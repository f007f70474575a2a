"""Completion, signature help, symbol hovers and inlay hints through the real server, under the VS Code and Neovim
client profiles (programs written for these tests)."""
from __future__ import annotations

import asyncio

from lsprotocol import types

from lsp_helpers import open_doc, position_of

HALF_TYPED = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Hash {
  /** The 32-bit FNV-1a prime. */
  val FnvPrime = 16777619

  /** FNV-1a over the first `n` bytes of a segment.
    * @param seg the bytes
    * @param n how many
    */
  def fnv(seg: MemorySegment, n: Int): Int = {
    var h = -2128831035
    var i = 0
    while (i < n) {
      h = h ^ (seg.getByte(i) & 0xff)
      h = h * FnvPrime
      i += 1
    }
    h
  }

  def main(args: Array[String]): Unit = withMemoryAllocator { a =>
    val seg = a.allocate(16)
    seg.
  }
}
"""


async def _request(coro, timeout: float = 30.0):
    return await asyncio.wait_for(coro, timeout)


def _snippets(client) -> bool:
    caps = client.capabilities.text_document
    item = caps.completion.completion_item if caps and caps.completion else None
    return bool(item and item.snippet_support)


async def test_completion_of_segment_members_in_half_typed_text(client):
    uri, _ = await open_doc(client, HALF_TYPED)
    result = await _request(client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(HALF_TYPED, "seg.\n", 4))))
    items = {i.label: i for i in result.items}
    assert {"getInt", "setInt", "getByte", "size", "start"} <= set(items)
    set_int = items["setInt"]
    assert set_int.detail == "def setInt(offset: Int, value: Int): Unit"
    assert set_int.kind == types.CompletionItemKind.Method
    assert "little-endian" in set_int.documentation.value
    edit = set_int.text_edit
    assert edit.range.start == edit.range.end == position_of(HALF_TYPED, "seg.\n", 4)
    if _snippets(client):
        assert edit.new_text == "setInt(${1:offset}, ${2:value})"
        assert set_int.insert_text_format == types.InsertTextFormat.Snippet
    else:  # Neovim 0.7 takes no snippets: the name alone
        assert edit.new_text == "setInt"


async def test_completion_of_names_in_scope_with_documentation(client):
    text = HALF_TYPED.replace("    seg.\n", "    Fn\n")
    uri, _ = await open_doc(client, text)
    result = await _request(client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(text, "    Fn\n", 6))))
    items = {i.label: i for i in result.items}
    assert set(items) == {"FnvPrime", "fnv"}  # matched without regard to case, as editors filter
    assert items["FnvPrime"].detail == "val FnvPrime: Int"
    assert items["FnvPrime"].documentation.value == "The 32-bit FNV-1a prime."


async def test_signature_help_of_wasi_with_active_parameter(client):
    text = HALF_TYPED.replace("    seg.\n", "    val e = wasi.fdWrite(1, seg.start, \n")
    uri, _ = await open_doc(client, text)
    result = await _request(client.text_document_signature_help_async(types.SignatureHelpParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        position=position_of(text, "seg.start, ", len("seg.start, ")))))
    assert [s.label for s in result.signatures] == [
        "def fdWrite(fd: Int, iovs: Int, iovsLen: Int, retptrNwritten: Int): Int"]
    assert result.active_parameter == 2
    label = result.signatures[0].parameters[2].label
    text_of = label if isinstance(label, str) else result.signatures[0].label[label[0]:label[1]]
    assert text_of == "iovsLen: Int"


async def test_hover_on_an_assigned_name_shows_the_name_not_the_statement(client):
    text = HALF_TYPED.replace("    seg.\n", "    println(fnv(seg, 16))\n")
    uri, _ = await open_doc(client, text)

    async def hover(needle: str, delta: int = 0) -> types.Hover:
        return await _request(client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(text, needle, delta))))

    target = await hover("h = h * FnvPrime")
    assert "var h: Int" in target.contents.value and "Unit" not in target.contents.value
    assert target.range.start == position_of(text, "h = h * FnvPrime")
    prime = await hover("h = h * FnvPrime", len("h = h * "))
    assert "val FnvPrime: Int" in prime.contents.value and "The 32-bit FNV-1a prime." in prime.contents.value
    call = await hover("fnv(seg, 16)")
    assert "def fnv(seg: MemorySegment, n: Int): Int" in call.contents.value
    assert "`seg` — the bytes" in call.contents.value and "*object Hash*" in call.contents.value


async def test_inlay_hints_for_types_and_bounds_checks(client):
    text = HALF_TYPED.replace("    seg.\n", "    seg.setInt(0, 1)\n    val v = seg.getInt(args.length)\n")
    uri, _ = await open_doc(client, text)
    lines = text.count("\n")
    hints = await _request(client.text_document_inlay_hint_async(types.InlayHintParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(types.Position(0, 0), types.Position(lines, 0)))))
    by_label = [(h.label, h.position) for h in hints]
    assert (": MemorySegment", position_of(text, " = a.allocate")) in by_label
    assert (": Int", position_of(text, " = seg.getInt")) in by_label
    assert ("✓ no check", position_of(text, "seg.setInt(0, 1)", len("seg.setInt(0, 1)"))) in by_label
    assert ("checked", position_of(text, "seg.getInt(args.length)", len("seg.getInt(args.length)"))) in by_label
    types_only = [h for h in hints if h.kind == types.InlayHintKind.Type]
    assert all(h.text_edits and h.text_edits[0].new_text == h.label for h in types_only)


async def test_intrinsic_hover_shows_lowered_code_while_another_method_is_broken(client):
    text = HALF_TYPED.replace("    seg.\n", "    seg.setInt(0, 7)\n").replace(
        "  def main(", "  def broken(): Int = {\n    val q: Int = \"no\"\n    q\n  }\n\n  def main(")
    uri, diagnostics = await open_doc(client, text)
    assert any(d.code == "type-mismatch" for d in diagnostics)
    found = await _request(client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(text, "setInt(0, 7)"))), 60)
    assert "i32.store" in found.contents.value, found.contents.value
    inside = await _request(client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(text, "val q: Int", 4))), 60)
    assert "val q: Int" in inside.contents.value  # the broken method's own names still hover
