"""Source text with byte-offset spans, and the conversions from byte offsets to lines and columns."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range [start, end) of UTF-8 byte offsets into one source text."""

    start: int
    end: int

    def __reduce__(self):
        # Pickled as a call: the default for a slotted dataclass runs its __getstate__ in Python for every span,
        # which made caching a syntax tree (build_cache.py) cost twice as much.
        return Span, (self.start, self.end)

    def covers(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def contains_offset(self, offset: int) -> bool:
        return self.start <= offset < self.end or (self.start == self.end == offset)

    def to(self, other: "Span") -> "Span":
        """The smallest span covering both."""
        return Span(min(self.start, other.start), max(self.end, other.end))


NO_SPAN = Span(0, 0)
_LINE_BREAK = re.compile(rb"\r\n?|\n")

# A byte that is not UTF-8 survives decoding as a lone surrogate U+DC80..U+DCFF (Python's "surrogateescape"), so
# a file's text always exists and the analysis can say where the bad bytes were.
_ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")


def decode_utf8(data: bytes) -> str:
    """A file's bytes as text: invalid UTF-8 bytes become lone surrogates, reported by `invalid_bytes`."""
    return data.decode("utf-8", "surrogateescape")


def invalid_bytes(text: str, limit: int) -> tuple[list[tuple["Span", bytes]], int]:
    """The runs of undecodable bytes in a text from `decode_utf8`: (span in SourceText's bytes, original bytes)
    for the first `limit` runs, and how many runs there are in all."""
    found: list[tuple[Span, bytes]] = []
    count = 0
    offset = 0  # byte offset of `done` in the text's UTF-8 (surrogatepass) form
    done = 0
    for m in _ESCAPED_BYTES.finditer(text):
        count += 1
        if len(found) < limit:
            offset += len(text[done:m.start()].encode("utf-8", "surrogatepass"))
            width = 3 * (m.end() - m.start())  # each lone surrogate is 3 bytes with surrogatepass
            original = bytes(ord(c) - 0xDC00 for c in m.group())
            found.append((Span(offset, offset + width), original))
            offset += width
            done = m.end()
    return found, count


_LONE_SURROGATES = re.compile("[\ud800-\udfff]")


def decode_for_display(data: bytes) -> str:
    """Bytes of a SourceText as characters for columns and display. An undecodable byte of the file (a lone
    surrogate, 3 bytes with surrogatepass) becomes one U+FFFD, which is 3 bytes in UTF-8 too, so columns count it
    as one character and converting back keeps byte offsets; a slice cut inside a character falls back to
    Python's replacement."""
    if b"\xed" not in data:  # surrogates encode as ED A0..BF xx: the common case needs no second pass
        return data.decode("utf-8", errors="replace")
    try:
        text = data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")
    return _LONE_SURROGATES.sub("\ufffd", text)


def common_length(a, b, from_end: bool = False) -> int:
    """The length of the longest common prefix (or suffix) of two strs or two bytes, by bisection over slice
    comparisons (fast even for large texts: an edit usually changes a few bytes in the middle)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        same = a[len(a) - mid:] == b[len(b) - mid:] if from_end else a[:mid] == b[:mid]
        if same:
            low = mid
        else:
            high = mid - 1
    return low


@dataclass(frozen=True)
class Position:
    """A 1-based line and a 1-based column counted in characters (code points)."""

    line: int
    column: int


class SourceText:
    """One file's text, kept as both str and UTF-8 bytes, since tree-sitter works in bytes and people in characters."""

    def __init__(self, text: str, path: str = "<input>") -> None:
        self.text = text
        self.path = path
        self.data = text.encode("utf-8", errors="surrogatepass")

    @cached_property
    def line_starts(self) -> list[int]:
        """Byte offset at which each line begins. Lines end at \\n, \\r\\n or a lone \\r, as LSP counts them (not at
        form feeds, NEL or U+2028/U+2029, which Python's splitlines would also split at)."""
        data = self.data
        if b"\r" in data:
            return [0, *(m.end() for m in _LINE_BREAK.finditer(data))]
        starts = [0]
        i = data.find(b"\n")
        while i >= 0:
            starts.append(i + 1)
            i = data.find(b"\n", i + 1)
        return starts

    def line_index(self, offset: int) -> int:
        """0-based line holding the byte offset."""
        return bisect.bisect_right(self.line_starts, offset) - 1

    def line_bytes(self, line0: int) -> bytes:
        """The line's bytes without its line break."""
        starts = self.line_starts
        start = starts[line0]
        if line0 + 1 >= len(starts):
            return self.data[start:]
        line = self.data[start:starts[line0 + 1]]
        return line[:-2] if line.endswith(b"\r\n") else line[:-1]

    def line_text(self, line0: int) -> str:
        return decode_for_display(self.line_bytes(line0))

    def position(self, offset: int) -> Position:
        """1-based line and character column of a byte offset."""
        offset = max(0, min(offset, len(self.data)))
        line0 = self.line_index(offset)
        prefix = self.data[self.line_starts[line0] : offset]
        return Position(line0 + 1, len(decode_for_display(prefix)) + 1)

    def utf16_position(self, offset: int) -> tuple[int, int]:
        """0-based line and UTF-16 code-unit column, the way LSP counts."""
        offset = max(0, min(offset, len(self.data)))
        line0 = self.line_index(offset)
        prefix = decode_for_display(self.data[self.line_starts[line0] : offset])
        return line0, len(prefix.encode("utf-16-le")) // 2

    def offset_of_utf16(self, line0: int, col16: int) -> int:
        """Byte offset of a 0-based line and UTF-16 column (clamped to the line)."""
        if line0 >= len(self.line_starts):
            return len(self.data)
        line = decode_for_display(self.line_bytes(line0))
        units = line.encode("utf-16-le")[: col16 * 2].decode("utf-16-le", errors="ignore")
        return self.line_starts[line0] + len(units.encode("utf-8"))

    def slice(self, span: Span) -> str:
        return self.data[span.start : span.end].decode("utf-8", errors="replace")
