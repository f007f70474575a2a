"""Bursts of edits, as a person typing sends them: latest-wins scheduling, ordered results, one refresh per burst.

Functional only (no timings: those are in bench/lsp_latency.py). Each test types a method key by key into a file
that uses the memory intrinsics, sending every keystroke as its own incremental didChange without waiting.
"""
from __future__ import annotations

import asyncio

from lsprotocol import types
from pytest_lsp import client_capabilities

from lsp_helpers import open_doc, position_of, start, uri_for

PROGRAM = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Typing {
  def first(s: MemorySegment): Int = s.getInt(2)

  def broken(): Int = "not a number"

  // HERE

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(16)
      println(first(s))
    }
  }
}
"""

METHOD = """def typed(s: MemorySegment, n: Int): Long = {
    var acc = 0L
    var i = 0
    while (i < n) {
      acc += s.getLong(i * 8)
      i += 1
    }
    val wrong: Int = acc
    acc
  }
"""


def record_publications(client) -> list:
    """Keep every publishDiagnostics (uri, version, diagnostics) in arrival order, beside client.diagnostics."""
    log: list = []
    original = client.protocol.fm.features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]

    def recording(params: types.PublishDiagnosticsParams):
        log.append((params.uri, params.version, tuple(params.diagnostics)))
        return original(params)

    client.protocol.fm.features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = recording
    return log


def keystrokes(text: str, offset: int, typed: str, first_version: int):
    """One incremental didChange per character of `typed`, inserted at `offset` of `text`, as an editor sends them."""
    line = text.count("\n", 0, offset)
    character = offset - (text.rfind("\n", 0, offset) + 1)
    version = first_version
    for ch in typed:
        position = types.Position(line, character)
        yield version, types.TextDocumentContentChangePartial(range=types.Range(position, position), text=ch)
        version += 1
        if ch == "\n":
            line, character = line + 1, 0
        else:
            character += 1


async def type_burst(client, uri: str, text: str, anchor: str, typed: str) -> tuple[str, int]:
    """Type `typed` in place of `anchor`'s start, one didChange per key, without waiting; the final text and version."""
    offset = text.index(anchor)
    version = 1
    for version, change in keystrokes(text, offset, typed, 2):
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version), [change]))
    await asyncio.sleep(0)
    return text[:offset] + typed + text[offset:], version


async def settled(client, uri: str, version: int, log: list, timeout: float = 30.0) -> tuple:
    async def wait():
        while not any(u == uri and v == version for u, v, _ in log):
            await asyncio.sleep(0.01)
    await asyncio.wait_for(wait(), timeout)
    return client.diagnostics[uri]


def comparable(diags) -> list:
    return sorted((d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character,
                   d.code, d.severity, d.message) for d in diags)


async def stats(client) -> dict:
    return await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="scalawasi.test.schedulerStats", arguments=[]))


async def test_a_burst_of_typing_ends_with_a_fresh_opens_diagnostics_in_version_order(bare):
    await start(bare, "neovim@v0.7.0")
    log = record_publications(bare)
    uri, opened = await open_doc(bare, PROGRAM, "typing.scala")
    assert {d.code for d in opened} == {"type-mismatch", "misaligned-access"}
    before = await stats(bare)
    final_text, final_version = await type_burst(bare, uri, PROGRAM, "// HERE", METHOD)
    assert final_version - 1 == len(METHOD) >= 100
    final = await settled(bare, uri, final_version, log)
    after = await stats(bare)

    _, fresh = await open_doc(bare, final_text, "typing_fresh.scala")
    assert comparable(final) == comparable(fresh)
    assert {d.code for d in final} == {"type-mismatch", "misaligned-access"}
    assert sum(1 for d in final if d.code == "type-mismatch") == 2  # `broken` and `val wrong: Int = acc`

    versions = [v for u, v, _ in log if u == uri]
    assert versions == sorted(versions) and len(set(versions)) == len(versions), versions

    analyses = after["started"] - before["started"]
    assert analyses < 30, after  # latest wins: far fewer analyses than keystrokes
    assert after["received"] - before["received"] == len(METHOD)


def pull_client_capabilities() -> types.ClientCapabilities:
    """VS Code's capabilities as VS Code sends them today (pytest-lsp's profile predates pull diagnostics)."""
    caps = client_capabilities("visual-studio-code")
    caps.text_document.diagnostic = types.DiagnosticClientCapabilities(dynamic_registration=False)
    caps.workspace.diagnostics = types.DiagnosticWorkspaceClientCapabilities(refresh_support=True)
    return caps


async def test_pull_clients_get_one_refresh_per_settled_burst(bare):
    result = await start(bare, "visual-studio-code", capabilities=pull_client_capabilities())
    assert result.capabilities.diagnostic_provider is not None
    uri = uri_for("typing_pull.scala")
    bare.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="scala", version=1, text=PROGRAM)))
    report = await bare.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri)))
    assert {d.code for d in report.items} == {"type-mismatch", "misaligned-access"}
    refreshes = bare.diagnostic_refresh_count
    final_text, _ = await type_burst(bare, uri, PROGRAM, "// HERE", METHOD)

    async def wait_for_refresh():
        while bare.diagnostic_refresh_count == refreshes:
            await asyncio.sleep(0.01)
    await asyncio.wait_for(wait_for_refresh(), 30)
    await asyncio.sleep(1.0)  # time enough for any further (wrong) refresh to arrive
    assert bare.diagnostic_refresh_count == refreshes + 1
    assert uri not in bare.diagnostics  # pulled, never pushed
    report = await bare.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri)))
    _, fresh = await open_doc_pulled(bare, final_text)
    assert comparable(report.items) == comparable(fresh)


async def open_doc_pulled(client, text: str):
    uri = uri_for("typing_pull_fresh.scala")
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="scala", version=1, text=text)))
    report = await client.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri)))
    return uri, report.items


async def test_push_only_clients_are_not_offered_pull_diagnostics(bare):
    result = await start(bare, "neovim@v0.7.0")
    assert result.capabilities.diagnostic_provider is None
    uri, diags = await open_doc(bare, PROGRAM, "typing_push.scala")
    assert {d.code for d in diags} == {"type-mismatch", "misaligned-access"}


async def test_an_unclosed_brace_while_typing_gives_one_local_error_and_keeps_the_rest(bare):
    """Neovim without auto-pairs: the method's `{` is typed, its `}` not yet."""
    await start(bare, "neovim@v0.7.0")
    log = record_publications(bare)
    uri, _ = await open_doc(bare, PROGRAM, "typing_unclosed.scala")
    unclosed = METHOD[: METHOD.rindex("  }")]
    final_text, final_version = await type_burst(bare, uri, PROGRAM, "// HERE", unclosed)
    final = await settled(bare, uri, final_version, log)
    syntax = [d for d in final if d.code == "syntax-error"]
    assert len(syntax) == 1 and syntax[0].message == "expected `}`"
    lines = final_text.split("\n")
    assert lines[syntax[0].range.start.line] == "    acc"  # the end of the method being typed
    assert syntax[0].range.start.character == len("    acc")
    assert {d.code for d in final} == {"syntax-error", "type-mismatch", "misaligned-access"}
    mismatch_lines = sorted(lines[d.range.start.line].strip() for d in final if d.code == "type-mismatch")
    assert mismatch_lines == ['def broken(): Int = "not a number"', "val wrong: Int = acc"]


async def test_hovers_while_typing_answer_for_the_current_lines(bare):
    """A hover below the lines being typed is answered (from the last analysis when it is not the newest) with a range
    on the current text's lines."""
    await start(bare, "neovim@v0.7.0")
    uri, _ = await open_doc(bare, PROGRAM, "typing_hover.scala")
    final_text, _ = await type_burst(bare, uri, PROGRAM, "// HERE", METHOD)
    target = final_text.index("first(s))")
    line = final_text.count("\n", 0, target)
    column = target - (final_text.rfind("\n", 0, target) + 1)
    hover = await asyncio.wait_for(bare.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(line, column + 1))), 30)
    assert hover is not None and "Int" in hover.contents.value  # the type of `first(s)`
    assert hover.range.start.line == line and hover.range.start.character == column


PLAIN = """object Plain {
  def area(w: Int, h: Int): Int = w * h

  def broken(): Int = "not a number"

  def report(n: Int): String = {
    val text = "n=" + n
    text
  }

  def main(args: Array[String]): Unit = println(report(area(2, 3)))
}
"""

STATEMENTS = """val more = text.length + area(1, 2)
    val wrong: Boolean = more
    """


async def test_typing_into_a_method_of_a_file_without_intrinsics_answers_as_a_fresh_open(bare):
    """Without the memory intrinsics, analyses after the first type only the edited method (semantics/retype.py):
    the final diagnostics equal a fresh open's, and queries that read the untyped methods' trees (a hover in
    another method, the references of a method used in several) answer as they would on a fresh analysis."""
    await start(bare, "neovim@v0.7.0")
    log = record_publications(bare)
    uri, opened = await open_doc(bare, PLAIN, "typing_plain.scala")
    assert [d.code for d in opened] == ["type-mismatch"]
    before = await stats(bare)
    final_text, final_version = await type_burst(bare, uri, PLAIN, "text\n  }", STATEMENTS)
    final = await settled(bare, uri, final_version, log)
    after = await stats(bare)
    assert after["retyped"] > before["retyped"]  # the burst's analyses typed only the edited method
    _, fresh = await open_doc(bare, final_text, "typing_plain_fresh.scala")
    assert comparable(final) == comparable(fresh)
    assert sorted(d.message for d in final) == ["type mismatch: found Int, required Boolean",
                                                 "type mismatch: found String, required Int"]

    hover = await asyncio.wait_for(bare.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), position_of(final_text, "w * h", 1))), 30)
    assert hover is not None and "Int" in hover.contents.value
    found = await asyncio.wait_for(bare.text_document_references_async(types.ReferenceParams(
        text_document=types.TextDocumentIdentifier(uri), position=position_of(final_text, "def area", 4),
        context=types.ReferenceContext(include_declaration=False))), 30)
    lines = sorted(loc.range.start.line for loc in found)
    assert lines == sorted({final_text.count("\n", 0, i) for i in (final_text.index("area(1, 2)"),
                                                                    final_text.index("area(2, 3)"))})


async def test_semantic_tokens_while_typing_equal_a_fresh_opens(bare):
    """VS Code asks for a file's semantic tokens after each key: the methods the analysis left untyped keep their
    tokens from before (compiler/ide/token_reuse.py), and the answer is a fresh open's."""
    await start(bare, "visual-studio-code")
    uri, _ = await open_doc(bare, PLAIN, "typing_tokens.scala")

    async def tokens(of: str) -> list[int]:
        result = await asyncio.wait_for(bare.text_document_semantic_tokens_full_async(
            types.SemanticTokensParams(text_document=types.TextDocumentIdentifier(of))), 30)
        return result.data

    await tokens(uri)
    text, version = PLAIN, 1
    anchor = PLAIN.index("text\n  }")
    for i in range(1, len(STATEMENTS) + 1, 7):
        version += 1
        text = PLAIN[:anchor] + STATEMENTS[:i] + PLAIN[anchor:]
        bare.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [types.TextDocumentContentChangeWholeDocument(text=text)]))
        found = await tokens(uri)
        fresh_uri, _ = await open_doc(bare, text, f"typing_tokens_fresh_{version}.scala")
        assert found == await tokens(fresh_uri), text


async def test_highlights_while_typing_equal_a_fresh_opens(bare):
    """Editors ask for the highlights at the cursor after every key: of a local of the method typed into (only that
    method typed for it) and of a member used in several methods (every body typed), as on a fresh open."""
    await start(bare, "visual-studio-code")
    uri, _ = await open_doc(bare, PLAIN, "typing_highlights.scala")
    text = PLAIN.replace("    text\n  }", "    val shown = text + text\n    shown\n  }")
    bare.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        [types.TextDocumentContentChangeWholeDocument(text=text)]))
    fresh_uri, _ = await open_doc(bare, text, "typing_highlights_fresh.scala")

    async def highlights(of: str, needle: str, delta: int = 1) -> list:
        found = await asyncio.wait_for(bare.text_document_document_highlight_async(types.DocumentHighlightParams(
            types.TextDocumentIdentifier(of), position_of(text, needle, delta))), 30)
        return sorted((h.range.start.line, h.range.start.character, h.kind) for h in found or ())

    for needle in ("text + text", "shown\n", "area(2, 3)"):
        assert await highlights(uri, needle) == await highlights(fresh_uri, needle), needle
    assert len(await highlights(uri, "text + text")) == 3 and len(await highlights(uri, "area(2, 3)")) == 2


def test_document_symbols_after_a_key_read_moved_bodies_without_copying_them():
    """VS Code asks for the outline after each key: the locals of the methods an edit moved are read from their
    unmoved bodies and moved here (the bodies stay uncopied), and the symbols are a fresh analysis's."""
    from scalawasi.compiler.api import analyze
    from scalawasi.compiler.syntax import ast
    from scalawasi.server.navigation import document_symbols

    analyze(PLAIN, "typing_symbols.scala")
    text = PLAIN.replace("  def area(w: Int, h: Int): Int = w * h", "  def area(w: Int, h: Int): Int = {\n    w * h\n  }")
    edited = analyze(text, "typing_symbols.scala")
    fresh = analyze(text, "typing_symbols_fresh.scala")
    assert document_symbols(edited.unit, edited.source) == document_symbols(fresh.unit, fresh.source)
    report = next(d for d in edited.unit.defs[0].body if isinstance(d, ast.DefDef) and d.name == "report")
    assert "_moved_body" in vars(report)  # (`text` is its local: read, not copied)


def test_folding_ranges_after_a_key_read_moved_bodies_without_copying_them():
    from types import SimpleNamespace

    from scalawasi.compiler.api import analyze
    from scalawasi.compiler.syntax import ast
    from scalawasi.server.structure import folding_ranges

    analyze(PLAIN, "typing_folds.scala")
    text = PLAIN.replace("  def area(w: Int, h: Int): Int = w * h", "  def area(w: Int, h: Int): Int = {\n    w * h\n  }")
    edited = analyze(text, "typing_folds.scala")
    fresh = analyze(text, "typing_folds_fresh.scala")
    assert folding_ranges(SimpleNamespace(analysis=edited, source=edited.source)) == \
        folding_ranges(SimpleNamespace(analysis=fresh, source=fresh.source))
    report = next(d for d in edited.unit.defs[0].body if isinstance(d, ast.DefDef) and d.name == "report")
    assert "_moved_body" in vars(report)


async def test_definitions_while_typing_type_only_the_method_at_the_cursor(bare):
    """Go to definition (VS Code asks as the mouse moves with Ctrl held) reads the reference at the position, which
    is its method's: the answer is a fresh open's."""
    await start(bare, "visual-studio-code")
    uri, _ = await open_doc(bare, PLAIN, "typing_definitions.scala")
    text = PLAIN.replace("    text\n  }", "    val shown = text + area(1, 2)\n    shown\n  }")
    bare.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        [types.TextDocumentContentChangeWholeDocument(text=text)]))
    fresh_uri, _ = await open_doc(bare, text, "typing_definitions_fresh.scala")

    async def definition(of: str, needle: str) -> list:
        found = await asyncio.wait_for(bare.text_document_definition_async(types.DefinitionParams(
            types.TextDocumentIdentifier(of), position_of(text, needle, 1))), 30)
        found = found if isinstance(found, list) else [found] if found else []
        return [(loc.range.start.line, loc.range.start.character) for loc in found]

    for needle in ("area(2, 3)", "area(1, 2)", "shown\n", "report(area"):
        assert await definition(uri, needle) == await definition(fresh_uri, needle) != [], needle

MEMORY_PLAIN = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Buffers {
  def fill(s: MemorySegment, seed: Int): Unit = {
    s.setInt(0, seed)
  }

  def first(s: MemorySegment): Int = s.getInt(0)

  def main(args: Array[String]): Unit = withMemoryAllocator { a =>
    val s = a.allocate(16)
    s.setInt(4, 1)
    fill(s, 7)
    println(first(s))
    s.setInt(2, 3)
  }
}
"""

MEMORY_STATEMENTS = """val more = s.getInt(8) + seed
    val wrong: Boolean = more
    """


async def test_typing_into_a_memory_method_skips_the_methods_the_checks_see_and_answers_as_a_fresh_open(bare):
    """With the memory intrinsics, typing into `fill` leaves `first` and `main` untyped, their checks' facts
    (summaries, the misaligned access in `main`) taken from the previous analysis: the final diagnostics equal a
    fresh open's, and the bounds proofs of `main`'s accesses, found once its body is typed on demand, too."""
    await start(bare, "neovim@v0.7.0")
    log = record_publications(bare)
    uri, opened = await open_doc(bare, MEMORY_PLAIN, "typing_memory.scala")
    assert [d.code for d in opened] == ["misaligned-access"]
    before = await stats(bare)
    final_text, final_version = await type_burst(bare, uri, MEMORY_PLAIN, "s.setInt(0, seed)", MEMORY_STATEMENTS)
    final = await settled(bare, uri, final_version, log)
    after = await stats(bare)
    assert after["retyped"] > before["retyped"]
    _, fresh = await open_doc(bare, final_text, "typing_memory_fresh.scala")
    assert comparable(final) == comparable(fresh)
    assert sorted(d.code for d in final) == ["misaligned-access", "type-mismatch"]

    lines = final_text.count("\n")
    hints = await asyncio.wait_for(bare.text_document_inlay_hint_async(types.InlayHintParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(types.Position(0, 0), types.Position(lines, 0)))), 30)
    proven = [h.position for h in hints if h.label == "✓ no check"]
    assert position_of(final_text, "s.setInt(4, 1)", len("s.setInt(4, 1)")) in proven
