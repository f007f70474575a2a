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


# Comments, strings and character literals (an unclosed one reaches to the end of its line or of the text), and the
# punctuation that structures calls; the same shapes the parser's bracket recovery skips.
_TOKENS = re.compile(
    rb"""(?P<skip>//[^\n]*|/\*[\s\S]*?(?:\*/|\Z)|\"\"\"[\s\S]*?(?:\"\"\"|\Z)|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)')
       | (?P<punct>[()\[\]{},;])""",
    re.X,
)


def in_comment_or_string(data: bytes, offset: int) -> bool:
    """Whether the offset lies inside a comment or a string literal (scanned from the start of the text, so
    multi-line comments and triple-quoted strings count; an unclosed one reaches to the end)."""
    for m in _TOKENS.finditer(data, 0, len(data)):
        if m.start() >= offset:
            return False
        if m.lastgroup == "skip" and (offset < m.end() or (offset == m.end() and _unclosed(m.group(0)))):
            return True
    return False


def _unclosed(token: bytes) -> bool:
    """A line comment runs to the end of its line; a string or block comment without its closer runs on."""
    if token.startswith(b"//"):
        return True
    if token.startswith(b"/*"):
        return not token.endswith(b"*/") or len(token) < 4
    if token.startswith(b'"""'):
        return len(token) < 6 or not token.endswith(b'"""')
    if token.startswith(b'"'):
        return len(token) < 2 or not token.endswith(b'"') or token.endswith(b'\\"')
    return False


def open_bracket(data: bytes, offset: int) -> tuple[int, bytes, int] | None:
    """The innermost bracket still open at offset: (its offset, the bracket, the commas written inside it so far at
    its own level); None at the top level or inside a comment or string."""
    stack: list[list] = []
    for m in _TOKENS.finditer(data, 0, offset):
        if m.lastgroup == "skip":
            if m.end() >= offset and (m.end() > offset or _unclosed(m.group(0))):
                return None
            continue
        c = m.group(0)
        if c in b"([{":
            stack.append([m.start(), c, 0])
        elif c in b")]}":
            if stack:
                stack.pop()
        elif c == b"," and stack:
            stack[-1][2] += 1
        elif c == b";" and stack and stack[-1][1] != b"{":
            stack[-1][2] = 0
    return tuple(stack[-1]) if stack else None


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
