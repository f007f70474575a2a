"""Semantic tokens through the server (full and delta) under the VS Code and Neovim profiles: the legend, what a
few names are coloured as, tokens cut at line ends, UTF-16 columns, and a delta that rebuilds the full answer."""
from __future__ import annotations

from lsprotocol import types

from scalawasi.server.semantic_tokens import LEGEND

from lsp_helpers import open_doc, position_of, start

PROGRAM = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Main {
  /* ünïcödé
     comment */ var count = 0
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val seg = a.allocate(8)
      seg.setInt(0, count)
    }
    println(s"é $count")
  }
}
"""


def decode(data: list[int], legend: types.SemanticTokensLegend) -> list[tuple[int, int, int, str, set[str]]]:
    line = col = 0
    out = []
    for i in range(0, len(data), 5):
        d_line, d_col, length, kind, bits = data[i:i + 5]
        line += d_line
        col = col + d_col if d_line == 0 else d_col
        mods = {m for j, m in enumerate(legend.token_modifiers) if bits & (1 << j)}
        out.append((line, col, length, legend.token_types[kind], mods))
    return out


async def test_the_legend_and_delta_support_are_advertised(bare):
    result = await start(bare, "visual-studio-code")
    provider = result.capabilities.semantic_tokens_provider
    assert list(provider.legend.token_types) == list(LEGEND.token_types) and provider.full.delta is True
    assert list(provider.legend.token_modifiers) == list(LEGEND.token_modifiers)
    assert {"mutable", "intrinsic"} <= set(LEGEND.token_modifiers)


async def test_full_tokens_colour_names_by_meaning(client):
    uri, _ = await open_doc(client, PROGRAM)
    result = await client.text_document_semantic_tokens_full_async(
        types.SemanticTokensParams(text_document=types.TextDocumentIdentifier(uri)))
    legend = LEGEND
    found = {(line, col): (length, kind, mods) for line, col, length, kind, mods in decode(result.data, legend)}

    def at(needle: str, delta: int = 0):
        p = position_of(PROGRAM, needle, delta)
        return found.get((p.line, p.character))

    assert at("count = 0") == (5, "property", {"declaration", "mutable"})
    assert at("Main") == (4, "namespace", {"declaration", "static"})
    assert at("withMemoryAllocator")[1:] == ("function", {"intrinsic", "defaultLibrary"})
    assert at("setInt")[1:] == ("method", {"intrinsic", "defaultLibrary"})
    assert at("seg =")[1:] == ("variable", {"declaration", "readonly"})
    assert at("def main") == (3, "keyword", set())
    # The comment spans two lines: one token per line, the first measured in UTF-16 units.
    assert at("/*") == (len("/* ünïcödé"), "comment", set())
    assert at("     comment */") == (len("     comment */"), "comment", set())
    assert at("$count", 1) == (5, "property", {"mutable"})  # in an interpolated string, after a non-ASCII piece


async def test_delta_rebuilds_the_full_answer(client):
    uri, _ = await open_doc(client, PROGRAM)
    first = await client.text_document_semantic_tokens_full_async(
        types.SemanticTokensParams(text_document=types.TextDocumentIdentifier(uri)))
    edited = PROGRAM.replace("seg.setInt(0, count)", "seg.setInt(0, count)\n      val extra = 1")
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        [types.TextDocumentContentChangeWholeDocument(text=edited)]))
    delta = await client.text_document_semantic_tokens_full_delta_async(types.SemanticTokensDeltaParams(
        text_document=types.TextDocumentIdentifier(uri), previous_result_id=first.result_id))
    full = await client.text_document_semantic_tokens_full_async(
        types.SemanticTokensParams(text_document=types.TextDocumentIdentifier(uri)))
    data = list(first.data)
    for edit in sorted(delta.edits, key=lambda e: e.start, reverse=True):
        data[edit.start:edit.start + edit.delete_count] = edit.data or []
    assert data == list(full.data) and len(delta.edits) == 1 and len(delta.edits[0].data) < len(full.data)
    stale = await client.text_document_semantic_tokens_full_delta_async(types.SemanticTokensDeltaParams(
        text_document=types.TextDocumentIdentifier(uri), previous_result_id="no such result"))
    assert list(stale.data) == list(full.data)  # an unknown previous result: the full answer


def test_the_extension_declares_every_modifier_vscode_does_not_know():
    """VS Code drops a token modifier that neither it nor an extension declares: the extension declares ours."""
    import json
    from pathlib import Path

    standard = {m.value for m in types.SemanticTokenModifiers}
    manifest = json.loads((Path(__file__).resolve().parents[2] / "vscode-ext" / "package.json").read_text())
    declared = {m["id"] for m in manifest["contributes"]["semanticTokenModifiers"]}
    assert set(LEGEND.token_modifiers) - standard == declared == {"mutable", "intrinsic"}
    assert set(LEGEND.token_types) <= {t.value for t in types.SemanticTokenTypes}
