"""End to end: the real server process under the VS Code and Neovim profiles."""
from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import client_capabilities

from lsp_helpers import start, diagnostics_for, open_doc, position_of, run_main, uri_for

ACCEPTANCE = Path(__file__).resolve().parents[2].parent / "shared" / "acceptance"
MISUSE = sorted((ACCEPTANCE / "misuse").glob("*.scala"))
PROGRAMS = sorted(ACCEPTANCE.glob("*.scala"))
EXPECT = re.compile(r"//\s*expect:\s*(error|warning|info|hint)\s+([\w-]+)")
SEVERITY_NAMES = {types.DiagnosticSeverity.Error: "error", types.DiagnosticSeverity.Warning: "warning",
                  types.DiagnosticSeverity.Information: "info", types.DiagnosticSeverity.Hint: "hint"}


def _uses_memory(path: Path) -> bool:
    return "scala.scalajs.wasm" in path.read_text(encoding="utf-8")


async def test_initialize_advertises_features(client):
    caps = client.capabilities  # noqa: F841 (the client side)
    result = client.protocol  # the server capabilities come back on initialize
    assert result is not None
    uri, diags = await open_doc(client, "object Hello {\n  def main(args: Array[String]): Unit = println(1)\n}\n")
    assert diags == ()


async def test_misuse_markers(client):
    """Every misuse file under one server per profile (a server start costs more than the checks)."""
    for path in MISUSE:
        await _check_markers(client, path)


async def _check_markers(client, path: Path):
    text = path.read_text(encoding="utf-8")
    uri, diags = await open_doc(client, text, path.name)
    expected = set()
    for line_no, line in enumerate(text.splitlines()):
        for severity, code in EXPECT.findall(line):
            expected.add((line_no, severity, code))
    got = {(d.range.start.line, SEVERITY_NAMES[d.severity], d.code) for d in diags}
    assert expected <= got
    marked_lines = {line for line, _, _ in expected}
    stray = [d for d in diags if d.severity in (types.DiagnosticSeverity.Error, types.DiagnosticSeverity.Warning)
             and d.range.start.line not in marked_lines]
    assert stray == [], path.name
    for d in diags:
        assert d.source == "scalawasi"
        assert d.code_description.href.endswith(f"diagnostics.md#{d.code}")


async def test_diagnostics_have_code_source_and_link(client):
    uri, diags = await open_doc(client, "object A {\n  def main(args: Array[String]): Unit = {\n    val x: Int = nope\n  }\n}\n")
    assert len(diags) >= 1
    d = diags[0]
    assert d.code == "unresolved-name" and d.source == "scalawasi"
    assert d.range.start == types.Position(2, 17) and d.range.end == types.Position(2, 21)
    assert d.code_description.href.endswith("docs/diagnostics.md#unresolved-name")


async def test_utf16_positions_on_non_ascii_lines(client):
    text = ('object U {\n  def main(args: Array[String]): Unit = {\n'
            '    val s = "é✓😀"; val t: Int = missing\n  }\n}\n')
    uri, diags = await open_doc(client, text)
    d = next(d for d in diags if d.code == "unresolved-name")
    assert d.range.start == position_of(text, "missing")
    assert d.range.end == position_of(text, "missing", len("missing"))
    # The emoji is two UTF-16 units: the column is past it by 2, not 1.
    assert d.range.start.character == text.splitlines()[2].index("missing") + 1
    hover = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), position_of(text, "s = ")))
    assert hover is not None and "String" in hover.contents.value
    assert hover.range.start == position_of(text, "s = ")


async def test_debounced_changes_publish_the_latest_version(client):
    text = "object C {\n  def main(args: Array[String]): Unit = println(1)\n}\n"
    uri, diags = await open_doc(client, text)
    assert diags == ()
    for version, body in enumerate(["println(x)", "println(y)", "println(zz)"], start=2):
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [types.TextDocumentContentChangeWholeDocument(text=text.replace("println(1)", body))]))

    async def settled():
        while not any("zz" in d.message for d in client.diagnostics.get(uri, ())):
            await asyncio.sleep(0.01)
    await asyncio.wait_for(settled(), 20)
    assert [d.code for d in client.diagnostics[uri]] == ["unresolved-name"]


async def test_hover_shows_the_scala_type(client):
    text = "object H {\n  def main(args: Array[String]): Unit = {\n    val n = 40 + 2L\n    println(n)\n  }\n}\n"
    uri, _ = await open_doc(client, text)
    hover = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), position_of(text, "n)")))
    assert hover is not None and "Long" in hover.contents.value


SET_INT = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Store {
  def main(args: Array[String]): Unit = {
    val x = 7
    withMemoryAllocator { a =>
      val seg = a.allocate(16)
      seg.setInt(4, x)
      println(seg.getInt(4))
    }
  }
}
"""


async def test_hover_on_set_int_shows_the_emitted_instructions(vscode, tmp_path):
    uri, diags = await open_doc(vscode, SET_INT)
    assert not [d for d in diags if d.severity == types.DiagnosticSeverity.Error]
    hover = await vscode.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), position_of(SET_INT, "setInt", 2)))
    text = hover.contents.value
    block = re.search(r"```wasm\n(.*?)\n```", text, re.S).group(1)
    assert re.search(r"i32\.store\b.*offset=4", block)
    assert "Bounds check elided" in text and "segmentOutOfBounds" not in block  # offset 4 of 16 bytes: proven
    assert "the offset is 4 and the segment has at least 16 bytes" in text  # the range analysis's own reason
    source = tmp_path / "store.scala"
    source.write_text(SET_INT, encoding="utf-8")
    wat = subprocess.run([sys.executable, "-m", "scalawasi.compiler.cli", "wat", str(source)],
                         capture_output=True, text=True, check=True).stdout
    wat_lines = [line.strip() for line in wat.splitlines()]
    for line in block.splitlines():
        assert line.strip() in wat_lines


async def _run_through_code_lens(client, path: Path) -> list[str]:
    """Run one acceptance program via its code lens; the differences from its expected files."""
    text = path.read_text(encoding="utf-8")
    uri, _ = await open_doc(client, text, path.name)
    lenses = await client.text_document_code_lens_async(types.CodeLensParams(types.TextDocumentIdentifier(uri)))
    run_lens = next(lens for lens in lenses if lens.command.command == "scalawasi.runMain")
    assert run_lens.command.title == "▶ Run main (WASI)"
    args_file = path.with_suffix(".args")
    program_args = args_file.read_text().split() if args_file.exists() else []
    result = await run_main(client, *run_lens.command.arguments, program_args)
    problems = []
    if result["stdout"] != path.with_suffix(".out").read_text(encoding="utf-8"):
        problems.append(f"{path.name}: stdout {result['stdout']!r}")
    err = path.with_suffix(".err")
    if err.exists() and result["stderr"] != err.read_text(encoding="utf-8"):
        problems.append(f"{path.name}: stderr {result['stderr']!r}")
    exit_file = path.with_suffix(".exit")
    if result["exitCode"] != (int(exit_file.read_text()) if exit_file.exists() else 0):
        problems.append(f"{path.name}: exit {result['exitCode']} {result.get('error')}")
    if result["timedOut"] or result["truncated"] or result["trap"] is not None:
        problems.append(f"{path.name}: {result}")
    return problems


async def test_run_acceptance_programs_through_the_code_lens(vscode):
    """One server for all of them: the programs without memory intrinsics."""
    problems = []
    for path in PROGRAMS:
        if not _uses_memory(path):
            problems += await _run_through_code_lens(vscode, path)
    assert problems == []


async def test_run_memory_acceptance_programs_through_the_code_lens(vscode):
    problems = []
    for path in PROGRAMS:
        if _uses_memory(path):
            problems += await _run_through_code_lens(vscode, path)
    assert problems == []


LOOP = "object Loop {\n  def main(args: Array[String]): Unit = {\n    var i = 0\n    while (true) { i += 1 }\n  }\n}\n"


async def test_infinite_loop_times_out_while_hovers_are_answered(bare):
    await start(bare, "visual-studio-code", {"scalawasi": {"run": {"timeLimitSeconds": 4}}})
    uri, _ = await open_doc(bare, LOOP)
    started = time.perf_counter()
    run = asyncio.ensure_future(run_main(bare, uri))
    await asyncio.sleep(0.5)
    hover = await asyncio.wait_for(bare.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), position_of(LOOP, "i += 1"))), 3)
    assert not run.done(), "the hover was answered while the program ran"
    assert hover is not None and "Int" in hover.contents.value
    result = await run
    assert result["timedOut"] is True and result["exitCode"] is None
    assert "time limit exceeded" in result["stderr"]
    assert time.perf_counter() - started < 20


async def test_cancelling_the_progress_kills_the_program(vscode):
    uri, _ = await open_doc(vscode, LOOP)
    run = asyncio.ensure_future(run_main(vscode, uri))

    async def progress_token():
        while True:
            for token, reports in vscode.progress_reports.items():
                if reports and isinstance(reports[0], types.WorkDoneProgressBegin):
                    return token
            await asyncio.sleep(0.01)
    token = await asyncio.wait_for(progress_token(), 10)
    await asyncio.sleep(0.3)
    cancelled_at = time.perf_counter()
    vscode.window_work_done_progress_cancel(types.WorkDoneProgressCancelParams(token=token))
    result = await asyncio.wait_for(run, 10)
    assert time.perf_counter() - cancelled_at < 3
    assert result.get("cancelled") is True and result["exitCode"] is None and result["timedOut"] is False
    assert isinstance(vscode.progress_reports[token][-1], types.WorkDoneProgressEnd)


TRAP = """object Trap {
  def down(n: Int): Int = {
    down(n + 1) + 1
  }
  def main(args: Array[String]): Unit = {
    println(down(0))
  }
}
"""


async def test_trap_maps_to_the_source_line(client):
    uri, diags = await open_doc(client, TRAP)
    assert diags == ()
    result = await run_main(client, uri, "Trap")
    assert result["exitCode"] == 1
    assert "StackOverflowError" in result["stderr"]
    assert result["trap"]["uri"] == uri
    assert result["trap"]["range"]["start"]["line"] == 2

    async def trap_published():
        while not any(d.code == "runtime-trap" for d in client.diagnostics.get(uri, ())):
            await asyncio.sleep(0.01)
    await asyncio.wait_for(trap_published(), 10)
    trap_diag = next(d for d in client.diagnostics[uri] if d.code == "runtime-trap")
    assert trap_diag.range.start.line == 2
    assert any("StackOverflowError" in m.message for m in client.log_messages)


SEGMENT_FAILURE = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Oob {
  def main(args: Array[String]): Unit = withMemoryAllocator { a =>
    val s = a.allocate(8)
    val where = args.length + 8
    println(s.getInt(where))
  }
}
"""


async def test_a_runtime_failure_is_published_at_its_line(vscode):
    uri, diags = await open_doc(vscode, SEGMENT_FAILURE)
    assert not [d for d in diags if d.severity == types.DiagnosticSeverity.Error]
    result = await run_main(vscode, uri, "Oob")
    assert result["exitCode"] == 1
    line = "MemorySegment access out of bounds: offset 8, width 4, size 8"
    assert result["stderr"].endswith(line + "\n")
    assert result["trap"]["range"]["start"]["line"] == 7  # `s.getInt(where)`, not the runtime's own code

    async def failure_published():
        while not any(d.code == "runtime-trap" for d in vscode.diagnostics.get(uri, ())):
            await asyncio.sleep(0.01)
    await asyncio.wait_for(failure_published(), 10)
    published = next(d for d in vscode.diagnostics[uri] if d.code == "runtime-trap")
    assert published.range.start.line == 7 and line in published.message


TWO_MAINS = """object First {
  def main(args: Array[String]): Unit = println("first")
}
object Second {
  def main(args: Array[String]): Unit = println("second " + args.length)
}
"""


async def test_each_lens_runs_its_own_objects_main(vscode):
    uri, _ = await open_doc(vscode, TWO_MAINS)
    assert (await run_main(vscode, uri, "First"))["stdout"] == "first\n"
    assert (await run_main(vscode, uri, "Second"))["stdout"] == "second 0\n"


async def test_output_is_capped(bare):
    await start(bare, "neovim@v0.7.0", {"scalawasi": {"run": {"outputLimitBytes": 10000}}})
    text = 'object Spam {\n  def main(args: Array[String]): Unit = {\n    while (true) println("spam")\n  }\n}\n'
    uri, _ = await open_doc(bare, text)
    result = await run_main(bare, uri)
    assert result["truncated"] is True
    assert len(result["stdout"].encode()) <= 10000
    assert "output truncated" in result["stderr"]


async def test_a_failing_handler_does_not_end_the_server(client):
    with pytest.raises(Exception, match="requested by the test suite"):
        await client.workspace_execute_command_async(types.ExecuteCommandParams(command="scalawasi.test.fail"))
    with pytest.raises(Exception):
        await client.protocol.send_request_async("scalawasi/loweredWasm", {"nothing": 1})
    text = "object Ok {\n  def main(args: Array[String]): Unit = println(1)\n}\n"
    uri, diags = await open_doc(client, text)
    hover = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), position_of(text, "println")))
    assert diags == () and hover is not None


CLASSES = """object Shapes {
  val unit = 1
  def area(s: Square): Int = s.side * s.side * unit
  def main(args: Array[String]): Unit = {
    val sq = new Square(3)
    println(area(sq))
  }
}

class Square(val side: Int)
"""


async def test_document_symbols_and_definitions(client):
    uri, _ = await open_doc(client, CLASSES)
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(types.TextDocumentIdentifier(uri)))
    names = {s.name: s for s in symbols}
    assert set(names) == {"Shapes", "Square"}
    assert [c.name for c in names["Shapes"].children] == ["unit", "area", "main"]
    main = names["Shapes"].children[2]
    assert [c.name for c in main.children] == ["sq"]
    assert [c.name for c in names["Square"].children] == ["side"]

    async def definition_of(needle: str, delta: int = 0):
        return await client.text_document_definition_async(types.DefinitionParams(
            types.TextDocumentIdentifier(uri), position_of(CLASSES, needle, delta)))
    loc = await definition_of("area(sq)")
    assert loc.range.start == position_of(CLASSES, "area(s:")
    loc = await definition_of("sq)", 0)
    assert loc.range.start == position_of(CLASSES, "sq =")
    loc = await definition_of("unit\n")
    assert loc.range.start == position_of(CLASSES, "unit =")


async def test_code_lenses_and_lowered_wasm(client):
    uri, _ = await open_doc(client, CLASSES)
    lenses = await client.text_document_code_lens_async(types.CodeLensParams(types.TextDocumentIdentifier(uri)))
    titles = sorted((lens.command.title, tuple(lens.command.arguments)) for lens in lenses)
    assert titles == [("Show lowered Wasm", (uri,)), ("▶ Run main (WASI)", (uri, "Shapes"))]
    lowered = await client.protocol.send_request_async("scalawasi/loweredWasm", {"textDocument": {"uri": uri}})
    wat = lowered.wat
    assert wat.startswith("(module")
    assert lowered.mappings
    lines = wat.splitlines()
    for mapping in lowered.mappings[:50]:
        for r in mapping.wat:
            line = lines[r.start.line]
            assert line[r.start.character:r.end.character].strip()
    same = await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="scalawasi.showLoweredWasm", arguments=[uri]))
    assert same["wat"] == wat
    broken_uri, _ = await open_doc(client, "object B { def main(args: Array[String]): Unit = nope }\n")
    broken = await client.protocol.send_request_async("scalawasi/loweredWasm", {"textDocument": {"uri": broken_uri}})
    assert broken.wat == "" and broken.mappings == [] and "unresolved-name" in broken.error


async def test_check_severity_settings(bare):
    await start(bare, "neovim@v0.7.0", {"scalawasi": {"checks": {"unresolved-name": "hint", "type-mismatch": "off"}}})
    text = ('object S {\n  def main(args: Array[String]): Unit = {\n    val a: Int = "s"\n'
            '    println(nope)\n  }\n}\n')
    uri, diags = await open_doc(bare, text)
    assert [(d.code, d.severity) for d in diags] == [("unresolved-name", types.DiagnosticSeverity.Hint)]


async def test_pull_diagnostics_replace_push_when_the_client_supports_them(bare):
    caps = client_capabilities("visual-studio-code")
    caps.text_document.diagnostic = types.DiagnosticClientCapabilities(dynamic_registration=False)
    await start(bare, "visual-studio-code", capabilities=caps)
    text = "object P {\n  def main(args: Array[String]): Unit = println(nope)\n}\n"
    uri = uri_for("pulled.scala")
    bare.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="scala", version=1, text=text)))
    report = await bare.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        types.TextDocumentIdentifier(uri)))
    assert [d.code for d in report.items] == ["unresolved-name"]
    await asyncio.sleep(0.5)
    assert uri not in bare.diagnostics  # never both


async def test_code_actions_answer_without_fixes(client):
    text = "object Q {\n  def main(args: Array[String]): Unit = println(nope)\n}\n"
    uri, diags = await open_doc(client, text)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(uri), diags[0].range, types.CodeActionContext(diagnostics=list(diags))))
    assert actions == [] or all(a.kind == types.CodeActionKind.QuickFix for a in actions)
