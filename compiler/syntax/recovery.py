"""Where a closing bracket or quote is missing: indentation-guided patches that the parser applies before parsing.

Text being typed is often incomplete: `{` typed and `}` not yet, `(` without `)`, a string without its closing
quote. tree-sitter's own recovery then lets the open block swallow the rest of the file (every later definition
nested inside the method, one error at the end of the file, the other diagnostics gone). scalac's parser and
rust-analyzer read the indentation instead: a block is over when a line is indented less than the line that opened
it, or as much and starting a new definition. This module finds such places and says which closing token to insert
where (at the end of the last code before that line: the end of the enclosing definition's text), so the parser
can parse the patched text, report one `syntax-error` per inserted token, and keep everything else as written.

Only text whose brackets do not balance is patched, and only when the patches balance it; anything else is left to
tree-sitter's recovery.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable

from ..diagnostics import SYNTAX_ERROR, DiagnosticSink, Related
from ..source import Span

_TOKENS = re.compile(
    rb"""(?P<comment>//[^\n]*|/\*[\s\S]*?(?:\*/|\Z))
       | (?P<string>\"\"\"[\s\S]*?(?:\"\"\"|\Z)|"(?:[^"\\\n]|\\.)*"?)
       | (?P<char>'(?:[^'\\\n]|\\.)')
       | (?P<open>[{(\[])
       | (?P<close>[})\]])
       | (?P<semicolon>;)
       | (?P<newline>\n)""",
    re.X,
)
_INDENT = re.compile(rb"[ \t]*")
_WHITESPACE = re.compile(rb"[ \t\r\n]*")
_DEFINITION = re.compile(
    rb"(?:(?:private|protected|override|final|implicit|lazy|sealed|abstract|case)\s+)*"
    rb"(?:def|val|var|class|object|trait)\b|@"
)
_COMMENT, _STRING, _CHAR, _OPEN, _CLOSE, _SEMICOLON, _NEWLINE = range(1, 8)  # the token groups, in order
_BRACE, _PAREN, _QUOTE = ord("{"), ord("("), ord('"')
_CLOSER = {ord("{"): b"}", ord("("): b")", ord("["): b"]"}
_OPENER_OF = {ord("}"): ord("{"), ord(")"): ord("("), ord("]"): ord("[")}


@dataclass(frozen=True)
class Patch:
    """Insert `token` at byte `offset` of the original text; `opener` is the offset of what it closes."""

    offset: int
    token: bytes
    opener: int


@dataclass
class _Open:
    kind: int  # the opening byte
    offset: int
    indent: int  # indentation of the line it is on
    holds_statements: bool = False  # a `{`, or the `(` of a `for`, where `;` separates parts


def closing_patches(data: bytes) -> list[Patch]:
    """The closing tokens missing from data, in offset order; empty when the text balances or cannot be repaired."""
    if not _maybe_unbalanced(data):
        return []
    patches: list[Patch] = []
    stack: list[_Open] = []
    naive: list[int] = []  # plain bracket matching, to tell whether anything is wrong at all
    broken = stray = False
    line_start = 0
    line_indent = _indent_at(data, 0)
    for m in _TOKENS.finditer(data):
        kind = m.lastindex
        start = m.start()
        if kind == _NEWLINE:
            line_start = start + 1
            line_indent = _INDENT.match(data, line_start).end() - line_start
            if stack and line_indent <= stack[-1].indent:  # (deeper lines never end a bracket: the common case)
                code = line_start + line_indent
                first = data[code:code + 1]
                if first not in (b"\n", b"\r", b"") and not data.startswith(b"//", code):
                    _close_by_indentation(data, stack, patches, code, line_indent, first, line_start)
        elif kind == _OPEN:
            byte = data[start]
            after_for = byte == _PAREN and data[max(0, start - 16):start].rstrip().endswith(b"for")
            stack.append(_Open(byte, start, line_indent, byte == _BRACE or after_for))
            naive.append(byte)
        elif kind == _CLOSE:
            opener = _OPENER_OF[data[start]]
            if naive and naive[-1] == opener:
                naive.pop()
            else:
                broken = True
            if stack and stack[-1].kind == opener:
                stack.pop()
                continue
            before = _code_end_before(data, start, line_start)
            while stack and stack[-1].kind != opener:
                top = stack.pop()  # an inner bracket never closed: it ends before this closer
                patches.append(Patch(before, _CLOSER[top.kind], top.offset))
            if stack:
                stack.pop()
            else:
                stray = True
        elif kind == _STRING:
            if data.startswith(b'"""', start):
                continue
            end = m.end()
            if end - start >= 2 and data[end - 1] == _QUOTE:
                continue
            broken = True
            end = _rstrip_end(data, start, end)
            patches.append(Patch(end, b'"', start))
            # The string ran to the end of its line, over the closers of what this line opened before it.
            while stack and stack[-1].offset >= line_start:
                top = stack.pop()
                patches.append(Patch(end, _CLOSER[top.kind], top.offset))
        elif kind == _SEMICOLON:  # never inside parentheses or brackets (but a `for`'s): those end before it
            if stack and not stack[-1].holds_statements:
                before = _code_end_before(data, start, line_start)
                while stack and not stack[-1].holds_statements:
                    top = stack.pop()
                    patches.append(Patch(before, _CLOSER[top.kind], top.offset))
    if naive:
        broken = True
    if not broken or stray:
        return []
    end = _code_end_before(data, len(data), len(data))
    while stack:
        top = stack.pop()
        patches.append(Patch(end, _CLOSER[top.kind], top.offset))
    patches.sort(key=lambda p: p.offset)
    return patches


def report_patches(data: bytes, patches: list[Patch], sink: DiagnosticSink) -> None:
    """One `syntax-error` per place where tokens are missing, naming them, with what each would close."""
    by_offset: dict[int, list[Patch]] = {}
    for patch in patches:
        by_offset.setdefault(patch.offset, []).append(patch)
    for offset, here in by_offset.items():
        tokens = "".join(p.token.decode() for p in here)
        message, span = f"expected `{tokens}`", Span(offset, offset)  # zero width, where the token is missing
        if here[0].token == b'"':  # the literal itself, as scalac underlines it
            message, span = f"unclosed string literal: {message}", Span(here[0].opener, offset)
        related = tuple(Related(Span(p.opener, p.opener + 1), "the string starts here" if p.token == b'"' else
                                f"to close this `{data[p.opener:p.opener + 1].decode()}`") for p in here)
        sink.report(SYNTAX_ERROR, message, span, related)


def apply_patches(data: bytes, patches: list[Patch]) -> tuple[bytes, Callable[[int], int] | None]:
    """The text with the tokens in place, and how to map its offsets back (None: they need no mapping).

    Where the whitespace after a missing token has room (a blank line, trailing blanks, indentation, the end of the
    file), the token takes the place of some of it, so the text keeps its length and every offset outside that
    whitespace stays the same: spans need no mapping and the unchanged methods' converted trees can be reused. Where
    there is no room, the tokens are inserted and the caller maps offsets back."""
    groups: dict[int, bytes] = {}
    for patch in patches:
        groups[patch.offset] = groups.get(patch.offset, b"") + patch.token
    pieces: list[bytes] = []
    previous = 0
    for offset, tokens in groups.items():
        region_end = _WHITESPACE.match(data, offset).end()
        region = _without(data[offset:region_end], len(tokens), at_end=region_end == len(data))
        if region is None:
            return _inserted(data, groups)
        pieces += [data[previous:offset], tokens, region]
        previous = region_end
    pieces.append(data[previous:])
    return b"".join(pieces), None


def _without(region: bytes, count: int, at_end: bool) -> bytes | None:
    """region (whitespace) with count bytes removed, keeping the line break that separates the code around it."""
    if at_end:
        return region[count:] if len(region) >= count else None
    last_newline = region.rfind(b"\n")
    removable = [i for i in range(len(region)) if i != last_newline]
    if len(removable) < count:
        return None
    drop = set(removable[:count])  # blank lines and trailing blanks first, then the next line's indentation
    return bytes(b for i, b in enumerate(region) if i not in drop)


def _inserted(data: bytes, groups: dict[int, bytes]) -> tuple[bytes, Callable[[int], int]]:
    pieces: list[bytes] = []
    starts: list[int] = []  # where each inserted byte sits in the patched text
    previous = 0
    for offset, tokens in groups.items():
        pieces += [data[previous:offset], tokens]
        first = offset + len(starts)
        starts.extend(range(first, first + len(tokens)))
        previous = offset
    pieces.append(data[previous:])
    return b"".join(pieces), lambda offset: offset - bisect.bisect_left(starts, offset)


def _close_by_indentation(data: bytes, stack: list[_Open], patches: list[Patch], code_start: int, indent: int,
                          first: bytes, line_start: int) -> None:
    """A line indented less than the line that opened a `{`, or as much and starting a definition, ends that block;
    a line indented no more than the line of a `(` or `[` ends it. The bracket closes at the end of the code
    preceding this line (a line that starts with the bracket's own closer closes it as written)."""
    starts_definition = _DEFINITION.match(data, code_start) is not None
    while stack:
        top = stack[-1]
        closer = _CLOSER[top.kind]
        if first == closer:
            outer = stack[-2] if len(stack) > 1 else None
            # A closer indented like an outer opener of its kind belongs to that one: the inner one is unclosed.
            if not (indent < top.indent and outer is not None and outer.kind == top.kind and outer.indent == indent):
                return
        elif top.kind == _BRACE:
            if not (indent < top.indent or (indent == top.indent and starts_definition)):
                return
        elif indent > top.indent:
            return
        stack.pop()
        patches.append(Patch(_code_end_before(data, line_start, line_start), closer, top.offset))


def _maybe_unbalanced(data: bytes) -> bool:
    """A cheap filter: counts that differ (or an odd number of quotes) are worth the full scan."""
    return (data.count(b"{") != data.count(b"}") or data.count(b"(") != data.count(b")")
            or data.count(b"[") != data.count(b"]") or data.count(b'"') % 2 == 1)


def _indent_at(data: bytes, offset: int) -> int:
    m = _INDENT.match(data, offset)
    return m.end() - offset


def _rstrip_end(data: bytes, start: int, end: int) -> int:
    """end moved back over the whitespace that precedes it (not before start)."""
    while end > start and data[end - 1] in b" \t\r\n":
        end -= 1
    return end


def _code_end_before(data: bytes, offset: int, line_start: int) -> int:
    """The end of the last code before offset: on its own line (from line_start) if there is some, else at the end of
    the nearest line above that holds code (its trailing `//` comment left out)."""
    end = _rstrip_end(data, line_start, offset)
    if end > line_start:
        return end
    while line_start > 0:
        line_end = line_start - 1
        line_start = data.rfind(b"\n", 0, line_end) + 1
        line = data[line_start:line_end]
        comment = _line_comment(line)
        if comment is not None:
            line = line[:comment]
        stripped = line.rstrip()
        if stripped.strip():
            return line_start + len(stripped)
    return 0


def _line_comment(line: bytes) -> int | None:
    """Where a `//` comment starts on a line, outside strings (None: no comment)."""
    if b"//" not in line:
        return None
    for m in _TOKENS.finditer(line):
        if m.lastindex == _COMMENT and line.startswith(b"//", m.start()):
            return m.start()
    return None
