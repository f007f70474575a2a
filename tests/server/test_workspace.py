"""The server over a workspace of several files: one program per workspace folder, diagnostics across files and
for files that are not open, definitions in other files, files created on disk, and runs of the whole program."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from lsp_helpers import SERVER_COMMAND, SERVER_ENV, position_of, run_main, start

UTIL = """package lib

object Util {
  def twice(n: Int): Int = n * 2
}
"""

MAIN = """package app

import lib.Util

object Main {
  def main(args: Array[String]): Unit = println(Util.twice(21))
}
"""

BROKEN = """package lib

object Broken {
  val n: Int = "not a number"
}
"""


def write_workspace(root: Path, files: dict[str, str]) -> dict[str, str]:
    uris = {}
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        uris[name] = path.as_uri()
    (root / "scalawasi.toml").write_text('sources = ["src"]\n', encoding="utf-8")
    return uris


@pytest.fixture
def workspace(tmp_path):
    root = tmp_path / "ws"
    uris = write_workspace(root, {"src/lib/Util.scala": UTIL, "src/app/Main.scala": MAIN,
                                  "src/lib/Broken.scala": BROKEN})
    return root, uris


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER_COMMAND, server_env=SERVER_ENV))
async def editor(lsp_client: LanguageClient):
    yield lsp_client
    await lsp_client.shutdown_session()


async def until(predicate, timeout: float = 30.0):
    async def wait():
        while not predicate():
            await asyncio.sleep(0.02)

    await asyncio.wait_for(wait(), timeout)


def codes(client, uri: str) -> list[str]:
    return [str(d.code) for d in client.diagnostics.get(uri, ())]


def open_file(client, uri: str, text: str, version: int = 1) -> None:
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="scala", version=version, text=text)))


def change_file(client, uri: str, text: str, version: int) -> None:
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        [types.TextDocumentContentChangeWholeDocument(text=text)]))


async def test_diagnostics_across_files_appear_and_clear(editor, workspace):
    root, uris = workspace
    await start(editor, "neovim@v0.7.0", root=root)  # a client that takes pushed diagnostics
    main, util, broken = uris["src/app/Main.scala"], uris["src/lib/Util.scala"], uris["src/lib/Broken.scala"]
    # A file nobody opened still gets its diagnostics; a clean file gets none.
    await until(lambda: codes(editor, broken) == ["type-mismatch"])
    open_file(editor, main, MAIN)
    await until(lambda: main in editor.diagnostics)
    assert codes(editor, main) == []
    open_file(editor, util, UTIL)
    change_file(editor, util, UTIL.replace("twice", "double"), 2)  # breaks Main, which uses Util.twice
    await until(lambda: codes(editor, main) == ["not-a-member"])
    [d] = editor.diagnostics[main]
    assert d.range.start == position_of(MAIN, "twice(21)")
    change_file(editor, util, UTIL, 3)  # fixed: Main's error goes away
    await until(lambda: codes(editor, main) == [])
    # The broken file is fixed on disk (not open): its diagnostics clear once the watcher reports the change.
    (root / "src/lib/Broken.scala").write_text(BROKEN.replace('"not a number"', "42"), encoding="utf-8")
    editor.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=broken, type=types.FileChangeType.Changed)]))
    await until(lambda: codes(editor, broken) == [])


async def test_definition_jumps_to_another_file(editor, workspace):
    root, uris = workspace
    await start(editor, "neovim@v0.7.0", root=root)
    main = uris["src/app/Main.scala"]
    open_file(editor, main, MAIN)
    await until(lambda: main in editor.diagnostics)
    found = await editor.text_document_definition_async(types.DefinitionParams(
        types.TextDocumentIdentifier(main), position_of(MAIN, "twice(21)", 1)))
    location = found[0] if isinstance(found, list) else found
    assert location.uri == uris["src/lib/Util.scala"]
    assert location.range.start == position_of(UTIL, "twice")
    found = await editor.text_document_definition_async(types.DefinitionParams(
        types.TextDocumentIdentifier(main), position_of(MAIN, "Util.twice", 1)))
    location = found[0] if isinstance(found, list) else found
    assert location.uri == uris["src/lib/Util.scala"] and location.range.start == position_of(UTIL, "Util")


async def test_a_file_created_on_disk_is_picked_up(editor, workspace):
    root, uris = workspace
    caps = client_capabilities("visual-studio-code")  # as VS Code: pulls diagnostics, watches files on request
    caps.text_document.diagnostic = types.DiagnosticClientCapabilities(dynamic_registration=False)
    await start(editor, "visual-studio-code", capabilities=caps, root=root)
    await until(lambda: editor.registrations)
    [registration] = [r for r in editor.registrations if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES]
    globs = [w["globPattern"] if isinstance(w, dict) else w.glob_pattern
             for w in (registration.register_options["watchers"] if isinstance(registration.register_options, dict)
                       else registration.register_options.watchers)]
    assert "**/*.scala" in globs and "**/scalawasi.toml" in globs
    main = uris["src/app/Main.scala"]
    text = MAIN.replace("println(Util.twice(21))", "println(Util.twice(lib.Extra.three))")
    open_file(editor, main, text)

    async def pulled() -> list[str]:
        report = await editor.text_document_diagnostic_async(types.DocumentDiagnosticParams(
            types.TextDocumentIdentifier(main)))
        return [str(d.code) for d in report.items]

    assert await pulled() == ["not-a-member"]
    extra = root / "src/lib/Extra.scala"
    extra.write_text("package lib\n\nobject Extra {\n  val three: Int = 3\n}\n", encoding="utf-8")
    editor.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=extra.as_uri(), type=types.FileChangeType.Created)]))
    for _ in range(200):
        if await pulled() == []:
            break
        await asyncio.sleep(0.05)
    assert await pulled() == []
    # A pulling client gets the files that are not open through workspace diagnostics.
    report = await editor.workspace_diagnostic_async(types.WorkspaceDiagnosticParams(previous_result_ids=[]))
    by_uri = {item.uri: [str(d.code) for d in item.items] for item in report.items}
    assert by_uri.get(uris["src/lib/Broken.scala"]) == ["type-mismatch"]
    assert main not in by_uri


async def test_the_run_lens_runs_a_program_spread_over_files(editor, workspace):
    root, uris = workspace
    await start(editor, "neovim@v0.7.0", root=root)
    (root / "src/lib/Broken.scala").unlink()
    main = uris["src/app/Main.scala"]
    editor.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=uris["src/lib/Broken.scala"], type=types.FileChangeType.Deleted)]))
    open_file(editor, main, MAIN)
    await until(lambda: main in editor.diagnostics)
    lenses = await editor.text_document_code_lens_async(types.CodeLensParams(types.TextDocumentIdentifier(main)))
    [run] = [lens for lens in lenses if lens.command.command == "scalawasi.runMain"]
    result = await run_main(editor, *run.command.arguments)
    assert result["stdout"] == "42\n" and result["exitCode"] == 0
    await until(lambda: codes(editor, uris["src/lib/Broken.scala"]) == [])


async def test_several_workspace_folders_are_several_projects(editor, tmp_path):
    from lsp_helpers import INIT_OPTIONS, accept_registrations

    first = write_workspace(tmp_path / "one", {"src/Main.scala": MAIN, "src/Util.scala": UTIL})
    second = write_workspace(tmp_path / "two", {"src/Main.scala": MAIN.replace("21", "4"), "src/Util.scala": UTIL})
    accept_registrations(editor)
    await editor.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("neovim@v0.7.0"), initialization_options=INIT_OPTIONS,
        workspace_folders=[types.WorkspaceFolder((tmp_path / name).as_uri(), name) for name in ("one", "two")]))
    for uris, text in ((first, MAIN), (second, MAIN.replace("21", "4"))):  # the same names in both: no
        open_file(editor, uris["src/Main.scala"], text)  # duplicate-definition, each folder its own program
        await until(lambda: uris["src/Main.scala"] in editor.diagnostics)
        assert codes(editor, uris["src/Main.scala"]) == []
    result = await run_main(editor, second["src/Main.scala"])
    assert result["stdout"] == "8\n"


async def test_typing_into_a_project_file_types_only_the_edited_method(editor, workspace):
    """A project's file is analysed with the program's others: keys typed into one method of it type that method
    only (compiler/semantics/retype.py over the program's files), and the diagnostics end as a fresh analysis's."""
    root, uris = workspace
    await start(editor, "neovim@v0.7.0", root=root)
    util = uris["src/lib/Util.scala"]
    text = UTIL.replace("  def twice(n: Int): Int = n * 2",
                        "  def other(n: Int): Int = n + 1\n  def twice(n: Int): Int = {\n    n * 2\n  }")
    open_file(editor, util, text)
    await until(lambda: util in editor.diagnostics)
    before = await editor.workspace_execute_command_async(
        types.ExecuteCommandParams(command="scalawasi.test.schedulerStats", arguments=[]))
    anchor = text.index("n * 2")
    typed = 'val s: String = n\n    '
    for i in range(1, len(typed) + 1):
        change_file(editor, util, text[:anchor] + typed[:i] + text[anchor:], i + 1)
        await until(lambda: editor.diagnostics.get(util) is not None)
        await asyncio.sleep(0.03)
    final = text[:anchor] + typed + text[anchor:]
    await until(lambda: [d.message for d in editor.diagnostics.get(util, ())] ==
                ["type mismatch: found Int, required String"])
    after = await editor.workspace_execute_command_async(
        types.ExecuteCommandParams(command="scalawasi.test.schedulerStats", arguments=[]))
    assert after["retyped"] > before["retyped"]
    [d] = editor.diagnostics[util]
    assert d.range.start == position_of(final, "n\n    n * 2")
