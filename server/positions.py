"""The one place where compiler byte offsets become LSP positions (UTF-16 code units) and back."""
from __future__ import annotations

import bisect

from lsprotocol import types

from scalawasi.compiler.source import SourceText, Span, common_length


def range_of(source: SourceText, span: Span) -> types.Range:
    """The LSP range of a byte span of the source."""
    start_line, start_col = source.utf16_position(span.start)
    end_line, end_col = source.utf16_position(max(span.start, span.end))
    return types.Range(types.Position(start_line, start_col), types.Position(end_line, end_col))


def offset_of(source: SourceText, position: types.Position) -> int:
    """The byte offset of an LSP position (clamped to its line)."""
    return source.offset_of_utf16(position.line, position.character)


def span_of(source: SourceText, rng: types.Range) -> Span:
    return Span(offset_of(source, rng.start), offset_of(source, rng.end))


def unchanged_line(old: str, new: str, line: int) -> int | None:
    """The line of `old` that holds the same text as line `line` of `new` when the edits that turned old into new
    lie elsewhere (above or below it); None when the line is among the edited ones. Lets a request about a part of
    the file the person is not typing in be answered from the last analysis instead of waiting for the next one."""
    prefix = common_length(old, new)
    if line < new.count("\n", 0, prefix):
        return line
    suffix = common_length(old, new, from_end=True)  # may overlap the prefix: both alignments hold line by line
    unchanged_below = new.count("\n", len(new) - suffix)
    new_lines, old_lines = new.count("\n"), old.count("\n")
    if line > new_lines - unchanged_below:
        return line - (new_lines - old_lines)
    return None


class TextIndex:
    """Line/UTF-16 positions of character offsets in a Python str (the WAT text has no byte spans)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ascii = text.isascii()
        starts = [0]
        i = text.find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = text.find("\n", i + 1)
        self.line_starts = starts

    def position(self, char_offset: int) -> types.Position:
        line = bisect.bisect_right(self.line_starts, char_offset) - 1
        start = self.line_starts[line]
        if self.ascii:
            return types.Position(line, char_offset - start)
        return types.Position(line, len(self.text[start:char_offset].encode("utf-16-le")) // 2)

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(self.position(start), self.position(end))
