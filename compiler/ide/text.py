"""Reading the text around a cursor: the identifier being typed, whether the cursor is in a comment or a string,
and the file (of a program of several) that holds a span."""
from __future__ import annotations

import re

_IDENT_BYTE = re.compile(rb"[A-Za-z0-9_$\x80-\xff]")


def word_start(data: bytes, offset: int) -> int:
    """Where the identifier that ends at offset starts (offset itself when none does)."""
    start = offset
    while start > 0 and _IDENT_BYTE.match(data, start - 1):
        start -= 1
    return start


def word_end(data: bytes, offset: int) -> int:
    end = offset
    while end < len(data) and _IDENT_BYTE.match(data, end):
        end += 1
    return end


def in_comment_or_string(data: bytes, offset: int) -> bool:
    """Whether the offset lies inside a comment or a string literal (scanned from the start of the text, so
    multi-line comments and triple-quoted strings count; an unclosed one reaches to the end)."""
    i = 0
    n = min(offset, len(data))
    while i < n:
        c = data[i]
        if c == 0x2F and data[i + 1:i + 2] == b"/":  # //
            end = data.find(b"\n", i)
            if end < 0 or end >= offset:
                return True
            i = end + 1
        elif c == 0x2F and data[i + 1:i + 2] == b"*":  # /* */
            end = data.find(b"*/", i + 2)
            if end < 0 or end + 2 > offset:
                return True
            i = end + 2
        elif data.startswith(b'"""', i):
            end = data.find(b'"""', i + 3)
            if end < 0 or end + 3 > offset:
                return True
            i = end + 3
        elif c == 0x22:  # "
            j = i + 1
            while j < len(data) and data[j] not in (0x22, 0x0A):
                j += 2 if data[j] == 0x5C else 1
            if j >= offset:
                return True
            i = j + 1
        elif c == 0x27 and i + 2 < len(data) and (data[i + 2] == 0x27 or data[i + 1] == 0x5C):  # 'c' '\n'
            end = data.find(b"'", i + 2 if data[i + 1] == 0x5C else i + 1)
            i = (end if end >= 0 else i) + 1
        else:
            i += 1
    return False


def source_of(analysis, span):
    """(bytes of the file that holds span, span local to that file) for an analysis of one file or of a file in
    a program; None when the span lies in no file (a built-in)."""
    files = getattr(analysis, "files", None)
    if files is not None:
        try:
            source, local = files.local(span)
        except Exception:
            return None
        return source.data, local
    data = analysis.source.data
    return (data, span) if span.end <= len(data) else None
