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


class LineMap:
    """Which lines of `new` hold the same text as a line of `old`, when the edits that turned old into new lie on
    other lines: those above the edits keep their number, those below move by the lines the edits added. Lets a
    request about a part of the file the person is not typing in be answered from the last analysis, and an
    analysis of a slightly older text be shown on the current lines."""

    def __init__(self, old: str, new: str) -> None:
        prefix = common_length(old, new)
        suffix = common_length(old, new, from_end=True)  # may overlap the prefix: both alignments hold line by line
        self.shift = new.count("\n") - old.count("\n")
        self.same_above_new = new.count("\n", 0, prefix)  # lines 0 .. this-1 are unchanged (in both texts)
        self.first_below_new = new.count("\n") - new.count("\n", len(new) - suffix) + 1  # from here on, shifted
        self.first_below_old = self.first_below_new - self.shift

    def old_line(self, new_line: int) -> int | None:
        """The line of old with the text of this line of new; None for an edited line."""
        if new_line < self.same_above_new:
            return new_line
        if new_line >= self.first_below_new:
            return new_line - self.shift
        return None

    def new_line(self, old_line: int) -> int | None:
        """The line of new with the text of this line of old; None for an edited line."""
        if old_line < self.same_above_new:
            return old_line
        if old_line >= self.first_below_old:
            return old_line + self.shift
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
