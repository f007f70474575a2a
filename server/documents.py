"""Document text as LSP defines it: lines split only at \\n, \\r\\n and \\r, edits clamped into the document, and
unopened documents read only when they are regular files of bounded size.

pygls splits lines with Python's `str.splitlines`, which also breaks at form feed, vertical tab, NEL, U+2028 and
U+2029 (and the \\x1c-\\x1e separators): an incremental edit after such a character landed on the wrong line. And a
request naming an unopened `file:///dev/stdin` made the server read its own protocol stream.
"""
from __future__ import annotations

import os
import re
import stat

from lsprotocol import types
from pygls import uris
from pygls.workspace import TextDocument, Workspace

# The largest unopened file a request may make the server read (an open document can be larger: the editor sent it).
MAX_UNOPENED_BYTES = 16 * 1024 * 1024
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


class UnreadableDocument(Exception):
    """An unopened document that cannot or must not be read (not a regular file, too large, not UTF-8)."""


def lsp_lines(text: str) -> list[str]:
    """The lines of text, each with its line break, split only where LSP splits them."""
    if text.isascii() and "\r" not in text and not any(c in text for c in "\f\v\x1c\x1d\x1e"):
        return text.splitlines(True)  # fast path: the same answer
    return _LINE.findall(text)


def offset_at(text: str, lines: list[str], position: types.Position) -> int:
    """The str offset of an LSP position (UTF-16 columns), clamped: past the last line is the end of the text, past
    the end of a line is the end of that line (before its line break)."""
    if position.line >= len(lines):
        return len(text)
    start = sum(len(line) for line in lines[: position.line])
    line = lines[position.line].rstrip("\r\n")
    if line.isascii():
        return start + min(position.character, len(line))
    units = line.encode("utf-16-le")[: position.character * 2].decode("utf-16-le", errors="ignore")
    return start + len(units)


class LspTextDocument(TextDocument):
    """A pygls document whose lines and incremental edits follow LSP's line breaks."""

    @property
    def lines(self) -> list[str]:
        return lsp_lines(self.source)

    def _apply_incremental_change(self, change: types.TextDocumentContentChangePartial) -> None:
        text = self.source
        lines = lsp_lines(text)
        start = offset_at(text, lines, change.range.start)
        end = max(start, offset_at(text, lines, change.range.end))
        self._source = text[:start] + change.text + text[end:]


def use_lsp_documents(workspace: Workspace) -> None:
    """Makes the workspace create LspTextDocuments (pygls fixes the class in Workspace._create_text_document)."""

    def create(doc_uri: str, source: str | None = None, version: int | None = None,
               language_id: str | None = None) -> TextDocument:
        return LspTextDocument(doc_uri, source=source, version=version, language_id=language_id,
                               sync_kind=workspace._sync_kind, position_codec=workspace.position_codec)

    workspace._create_text_document = create


def read_unopened(uri: str, limit: int = MAX_UNOPENED_BYTES) -> str:
    """The text of a document the editor has not opened: only a regular file, at most limit bytes, UTF-8.

    Opened without following the read into a device or pipe: O_NONBLOCK keeps opening a FIFO from blocking, and the
    type is checked on the open descriptor, so /dev/stdin, /proc/self/fd/0 or /dev/zero are refused, not read."""
    path = uris.to_fs_path(uri)
    if not path or not uri.startswith("file:"):
        raise UnreadableDocument(f"{uri}: not an open document and not a file: URI")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | getattr(os, "O_NOCTTY", 0))
    except OSError as e:
        raise UnreadableDocument(f"{uri}: cannot open: {e.strerror}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableDocument(f"{uri}: not a regular file")
        if info.st_size > limit:
            raise UnreadableDocument(f"{uri}: {info.st_size} bytes, more than the {limit} read from unopened files")
        data = os.read(fd, limit + 1)
        while len(data) <= limit:  # a file can grow meanwhile; read in full up to the cap
            more = os.read(fd, limit + 1 - len(data))
            if not more:
                break
            data += more
    finally:
        os.close(fd)
    if len(data) > limit:
        raise UnreadableDocument(f"{uri}: more than the {limit} bytes read from unopened files")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise UnreadableDocument(f"{uri}: not UTF-8 text (byte {e.start})") from None
