"""Documents as LSP defines them: line breaks only at \\n, \\r\\n, \\r; unopened files read only when regular and small."""
from __future__ import annotations

import os
import threading

import pytest
from lsprotocol import types
from pygls.workspace import Workspace

from scalawasi.compiler.source import SourceText
from scalawasi.server.documents import UnreadableDocument, lsp_lines, read_unopened, use_lsp_documents
from scalawasi.server.positions import offset_of, range_of

URI = "file:///tmp/doc.scala"


def _edited(text: str, line: int, character: int, insert: str, end: tuple[int, int] | None = None) -> str:
    workspace = Workspace(None, sync_kind=types.TextDocumentSyncKind.Incremental)
    use_lsp_documents(workspace)
    workspace.put_text_document(types.TextDocumentItem(uri=URI, language_id="scala", version=1, text=text))
    end_line, end_char = end if end is not None else (line, character)
    workspace.update_text_document(types.VersionedTextDocumentIdentifier(uri=URI, version=2),
                                   types.TextDocumentContentChangePartial(
        range=types.Range(types.Position(line, character), types.Position(end_line, end_char)), text=insert))
    return workspace.get_text_document(URI).source


@pytest.mark.parametrize("separator", ["\f", "\v", "\x85", "\u2028", "\u2029", "\x1c", "\x1d", "\x1e"])
def test_an_incremental_edit_after_a_character_python_splits_lines_at(separator):
    text = f"// a{separator}b\nval x = 1\n"
    assert _edited(text, 1, 4, "y") == f"// a{separator}b\nval yx = 1\n", "the edit landed on the wrong line"
    assert len(lsp_lines(text)) == 2


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\n"])
def test_incremental_edits_in_documents_of_each_line_break(newline):
    text = newline.join(["object A {", "  val x = 1", "}", ""])
    expected = newline.join(["object A {", "  val xy = 1", "}", ""])
    assert _edited(text, 1, 7, "y") == expected


def test_edits_past_the_end_are_clamped():
    assert _edited("ab\ncd", 1, 99, "!") == "ab\ncd!"  # past the end of the line: at its end
    assert _edited("ab\ncd", 7, 0, "!") == "ab\ncd!"  # past the last line: at the end of the text
    assert _edited("ab\r\ncd", 0, 5, "!") == "ab!\r\ncd"  # never inside the line break
    assert _edited("a😀b\n", 0, 3, "!") == "a😀!b\n"  # UTF-16 columns


def test_cr_only_documents_are_analysed_line_by_line():
    """A lone CR ends a line (and a `//` comment) as in Scala: the rest of the file is not one comment."""
    from scalawasi.compiler.api import analyze

    text = "// a comment\robject A {\r  def main(args: Array[String]): Unit = {\r    val x: Int = nope\r  }\r}\r"
    analysis = analyze(text, "A.scala")
    [diag] = analysis.diagnostics
    where = analysis.source.position(diag.span.start)
    assert diag.code == "unresolved-name" and (where.line, where.column) == (4, 18)


def test_cr_only_documents_have_their_lines():
    """Diagnostics of a CR-only document used to land on line 0."""
    text = "object A {\r  val x: Int = nope\r}\r"
    source = SourceText(text)
    start = source.data.index(b"nope")
    rng = range_of(source, type("S", (), {"start": start, "end": start + 4})())
    assert (rng.start.line, rng.start.character, rng.end.character) == (1, 15, 19)
    assert offset_of(source, types.Position(1, 15)) == start
    assert source.position(start).line == 2  # the CLI's 1-based line, too


def test_a_form_feed_does_not_start_a_line_for_positions():
    text = "// a\fb\nval x = nope\n"
    source = SourceText(text)
    start = source.data.index(b"nope")
    assert source.utf16_position(start) == (1, 8)


@pytest.mark.parametrize("path", ["/dev/stdin", "/proc/self/fd/0", "/dev/zero", "/dev/null", "/tmp"])
def test_unopened_documents_that_are_not_regular_files_are_refused(path):
    with pytest.raises(UnreadableDocument, match="not a regular file|cannot open"):
        read_unopened("file://" + path)


def test_an_unopened_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.scala"
    os.mkfifo(fifo)
    result = []
    reader = threading.Thread(target=lambda: result.append(_refusal(fifo.as_uri())), daemon=True)
    reader.start()
    reader.join(5)
    assert result == ["not a regular file"], "reading an unopened FIFO blocked"


def _refusal(uri: str) -> str:
    try:
        read_unopened(uri)
    except UnreadableDocument as e:
        return str(e).rsplit(": ", 1)[1]
    return "read"


def test_unopened_files_are_read_up_to_the_size_cap(tmp_path):
    small, big, latin = tmp_path / "a.scala", tmp_path / "b.scala", tmp_path / "c.scala"
    small.write_text("object A\n")
    big.write_bytes(b"x" * 2000)
    latin.write_bytes(b"caf\xe9")
    assert read_unopened(small.as_uri(), limit=1000) == "object A\n"
    with pytest.raises(UnreadableDocument, match="more than the 1000"):
        read_unopened(big.as_uri(), limit=1000)
    with pytest.raises(UnreadableDocument, match="not UTF-8"):
        read_unopened(latin.as_uri())
    with pytest.raises(UnreadableDocument, match="not a file: URI"):
        read_unopened("untitled:Untitled-1")
