"""Helpers for the end-to-end tests: open a document and wait for its diagnostics without racing them."""
from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

from lsprotocol import types

_counter = itertools.count()


INIT_OPTIONS = {"scalawasi": {"run": {"timeLimitSeconds": 20}}}


async def start(client, profile: str, options: dict | None = None,
                capabilities: types.ClientCapabilities | None = None) -> types.InitializeResult:
    """Initialize a session as the named client profile would (pytest-lsp's capability profiles)."""
    from pytest_lsp import client_capabilities

    return await client.initialize_session(types.InitializeParams(
        capabilities=capabilities or client_capabilities(profile),
        initialization_options=options if options is not None else INIT_OPTIONS,
        root_uri=Path.cwd().as_uri(),
    ))


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
