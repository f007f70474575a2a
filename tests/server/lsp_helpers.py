"""Helpers for the end-to-end tests: open a document and wait for its diagnostics without racing them."""
from __future__ import annotations

import asyncio
import itertools
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types

_counter = itertools.count()

# The real server process as the tests start it; the test hooks let tests observe the scheduler.
SERVER_COMMAND = [sys.executable, "-m", "scalawasi.server"]
SERVER_ENV = {**os.environ, "SCALAWASI_LSP_TEST_HOOKS": "1"}


INIT_OPTIONS = {"scalawasi": {"run": {"timeLimitSeconds": 20}}}


async def start(client, profile: str, options: dict | None = None,
                capabilities: types.ClientCapabilities | None = None, root: Path | None = None) -> types.InitializeResult:
    """Initialize a session as the named client profile would (pytest-lsp's capability profiles)."""
    from pytest_lsp import client_capabilities

    accept_registrations(client)
    return await client.initialize_session(types.InitializeParams(
        capabilities=capabilities or client_capabilities(profile),
        initialization_options=options if options is not None else INIT_OPTIONS,
        root_uri=(root or Path.cwd()).as_uri(),
    ))


def accept_registrations(client) -> None:
    """Answer client/registerCapability as an editor does (the file watchers), keeping what was registered."""
    if hasattr(client, "registrations"):
        return
    client.registrations = []

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def _register(params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)


def uri_for(name: str) -> str:
    return (Path("/tmp/scalawasi-lsp-tests") / name).as_uri()


async def open_doc(client, text: str, name: str | None = None, timeout: float = 20.0):
    """didOpen a fresh URI and return (uri, its published diagnostics)."""
    uri = uri_for(name or f"doc{next(_counter)}.scala")
    client.diagnostics.pop(uri, None)
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="scala", version=1, text=text)))
    return uri, await diagnostics_for(client, uri, timeout)


async def diagnostics_for(client, uri: str, timeout: float = 20.0, version: int | None = None):
    async def wait():
        while uri not in client.diagnostics:
            await asyncio.sleep(0.01)
        return client.diagnostics[uri]

    return await asyncio.wait_for(wait(), timeout)


def position_of(text: str, needle: str, delta: int = 0) -> types.Position:
    """The LSP (UTF-16) position of the first occurrence of needle, plus delta characters."""
    index = text.index(needle) + delta
    line = text.count("\n", 0, index)
    line_start = text.rfind("\n", 0, index) + 1
    return types.Position(line, len(text[line_start:index].encode("utf-16-le")) // 2)


async def run_main(client, uri: str, *rest, timeout: float = 60.0):
    return await asyncio.wait_for(client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="scalawasi.runMain", arguments=[uri, *rest])), timeout)


EDITORS_DOC = Path(__file__).resolve().parents[2] / "docs" / "editors.md"


def documented_snippet(heading: str, language: str) -> str:
    """The one ```language block of the docs/editors.md section whose heading starts with `heading`."""
    import re

    text = EDITORS_DOC.read_text(encoding="utf-8")
    section = text[text.index(f"## {heading}"):]
    end = section.find("\n## ", 1)
    blocks = re.findall(rf"```{language}\n(.*?)```", section if end < 0 else section[:end], re.S)
    assert len(blocks) == 1, f"the {heading} section shows one configuration"
    return blocks[0]


@dataclass
class EditorSetup:
    """A headless editor's files: a workspace (a .git folder and the sources), the user's configuration, a driver
    script, where the driver writes its JSON; env() is the environment with `scalawasi` on PATH."""

    files: dict[str, Path]
    config: Path
    driver: Path
    out: Path
    home: Path

    def env(self, **extra: str) -> dict[str, str]:
        import sys

        scalawasi = Path(sys.executable).parent / "scalawasi"
        assert scalawasi.exists(), "the documented command `scalawasi lsp` comes with the package"
        return {"HOME": str(self.home), "PATH": f"{scalawasi.parent}:/usr/bin:/bin", **extra}


def editor_setup(tmp_path: Path, sources: dict[str, str], config: tuple[str, str],
                 driver: tuple[str, str]) -> EditorSetup:
    workspace = tmp_path / "project"
    (workspace / ".git").mkdir(parents=True)
    files = {}
    for name, text in sources.items():
        files[name] = workspace / name
        files[name].parent.mkdir(parents=True, exist_ok=True)
        files[name].write_text(text, encoding="utf-8")
    (tmp_path / config[0]).write_text(config[1], encoding="utf-8")
    (tmp_path / driver[0]).write_text(driver[1], encoding="utf-8")
    return EditorSetup(files, tmp_path / config[0], tmp_path / driver[0], tmp_path / "out.json", tmp_path)
