"""Loose folders (no configuration, no `src/main/scala`): a file that uses an object of a library file beside it is
one program with it, as a new user expects of `b.scala` calling `Buffers` of `a.scala`; files that each have their
own `main` (examples, exercises, the documented Neovim set-up's folder) stay separate programs."""
from __future__ import annotations

from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from lsp_helpers import SERVER_COMMAND, SERVER_ENV, run_main, start
from scalawasi.server.workspace import WorkspaceIndex, _names_in, loose_groups

BUFFERS = """object Buffers {
  def size: Int = 64 // used by Main
}
"""

USES_BUFFERS = """object Main {
  def main(args: Array[String]): Unit = println(Buffers.size)
}
"""

HELLO = """object Main {
  def main(args: Array[String]): Unit = println("hello")
}
"""

OTHER = """object Main {
  def main(args: Array[String]): Unit = println("other: Buffers") // the name only in a string and a comment
}
"""


def groups(**texts: str) -> list[set[str]]:
    return sorted((g for g in loose_groups({name: _names_in(text) for name, text in texts.items()})), key=min)


def test_a_file_using_a_library_file_beside_it_is_one_program_with_it():
    assert groups(a=BUFFERS, b=USES_BUFFERS) == [{"a", "b"}]


def test_programs_with_their_own_main_stay_apart():
    assert groups(hello=HELLO, other=OTHER, uses=USES_BUFFERS) == [{"hello"}, {"other"}, {"uses"}]
    # A name that only appears in a string or comment is no use of it.
    assert groups(a=BUFFERS, other=OTHER) == [{"a"}, {"other"}]


def test_a_library_shared_by_two_programs_joins_them():
    second = USES_BUFFERS.replace("object Main", "object Tool")
    assert groups(a=BUFFERS, b=USES_BUFFERS, c=second) == [{"a", "b", "c"}]


def test_the_index_keeps_one_program_object_per_group_and_follows_unsaved_text(tmp_path):
    for name, text in {"a.scala": BUFFERS, "b.scala": USES_BUFFERS, "hello.scala": HELLO}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    index = WorkspaceIndex()
    index.load([str(tmp_path)])
    a, b, hello = (str(tmp_path / n) for n in ("a.scala", "b.scala", "hello.scala"))
    program = index.project_of(b)
    assert program is not None and program.files == {a, b} and index.project_of(a) is program
    assert index.project_of(hello) is None
    assert list(index.texts(program, {}, b)) == [b, a]
    index.open_texts = lambda: {b: HELLO}
    assert index.project_of(b) is None  # the editor's text no longer uses Buffers
    index.open_texts = dict
    assert index.project_of(b) is program


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER_COMMAND, server_env=SERVER_ENV))
async def editor(lsp_client: LanguageClient):
    yield lsp_client
    await lsp_client.shutdown_session()


async def test_the_server_analyses_and_runs_a_loose_folder_as_its_programs(editor, tmp_path):
    import asyncio

    files = {"a.scala": BUFFERS, "b.scala": USES_BUFFERS, "hello.scala": HELLO, "other.scala": OTHER}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    uris = {name: (tmp_path / name).as_uri() for name in files}
    await start(editor, "neovim@v0.7.0", root=tmp_path)
    for name in ("b.scala", "hello.scala", "other.scala"):
        editor.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uris[name], language_id="scala", version=1, text=files[name])))

    async def settled():
        while not all(uris[n] in editor.diagnostics for n in ("b.scala", "hello.scala", "other.scala")):
            await asyncio.sleep(0.02)

    await asyncio.wait_for(settled(), 60)
    for name in ("b.scala", "hello.scala", "other.scala"):  # no not-found, no duplicate Main
        assert [str(d.code) for d in editor.diagnostics[uris[name]]] == [], name
    assert (await run_main(editor, uris["b.scala"]))["stdout"] == "64\n"
    assert (await run_main(editor, uris["hello.scala"]))["stdout"] == "hello\n"
