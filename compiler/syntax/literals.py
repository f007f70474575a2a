"""Decoding of Scala literal tokens (numbers, characters, strings) into values, with Scala's range rules.

Each decoder returns `(value, problem)`: problem is None, or `(message, start, end)` with byte offsets relative to
the token text, for an `invalid-literal` diagnostic.
"""
from __future__ import annotations

import re
import struct

INT_MIN, INT_MAX = -(1 << 31), (1 << 31) - 1
LONG_MIN, LONG_MAX = -(1 << 63), (1 << 63) - 1

Problem = tuple[str, int, int] | None

_SIMPLE_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_ESCAPE = re.compile(r"\\(?:u+[0-9a-fA-F]{4}|.?)", re.S)
_ESCAPE_OR_DOLLAR = re.compile(r"\\(?:u+[0-9a-fA-F]{4}|.?)|\$\$", re.S)


def _wrap(value: int, bits: int) -> int:
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def decode_integer(text: str, negate: bool = False) -> tuple[str, int, Problem]:
    """An integer literal token (possibly with a leading `-`, which tree-sitter folds into the token).

    Returns (kind, value, problem) with kind "int" or "long". Decimal literals must fit the type (`-2147483648` is
    legal, `2147483648` is not); hexadecimal ones may use all 32 (64) bits and then denote negative numbers."""
    body = text
    if body.startswith("-"):
        negate = not negate
        body = body[1:]
    kind = "int"
    if body[-1:] in ("l", "L"):
        kind = "long"
        body = body[:-1]
    body = body.replace("_", "")
    bits = 64 if kind == "long" else 32
    try:
        if body[:2] in ("0x", "0X"):
            magnitude = int(body[2:], 16)
            if magnitude >= 1 << bits:
                return kind, 0, (f"hexadecimal literal `{text}` does not fit in {_type_name(kind)}", 0, len(text))
            return kind, _wrap(-magnitude if negate else magnitude, bits), None
        if not body.isdigit() or not body.isascii():
            return kind, 0, (f"malformed number `{text}`", 0, len(text))
        if len(body) > 1 and body[0] == "0":
            return kind, 0, (f"leading zeros are not allowed in `{text}`", 0, len(text))
        magnitude = int(body)
    except ValueError:
        return kind, 0, (f"malformed number `{text}`", 0, len(text))
    value = -magnitude if negate else magnitude
    low, high = (INT_MIN, INT_MAX) if kind == "int" else (LONG_MIN, LONG_MAX)
    if not low <= value <= high:
        shown = ("-" if negate and not text.startswith("-") else "") + text
        hint = "; add `L` for a Long" if kind == "int" and LONG_MIN <= value <= LONG_MAX else ""
        return kind, 0, (f"integer literal `{shown}` is out of range for {_type_name(kind)}{hint}", 0, len(text))
    return kind, value, None


def _type_name(kind: str) -> str:
    return "Int" if kind == "int" else "Long"


def decode_floating(text: str, negate: bool = False) -> tuple[str, float, Problem]:
    """A floating-point literal token: kind "float" with an `f`/`F` suffix (value rounded to 32 bits), else "double"."""
    body = text
    kind = "double"
    last = body[-1:]
    if last in ("f", "F"):
        kind = "float"
        body = body[:-1]
    elif last in ("d", "D"):
        body = body[:-1]
    body = body.replace("_", "")
    try:
        value = float(body)
    except ValueError:
        return kind, 0.0, (f"malformed number `{text}`", 0, len(text))
    if negate:
        value = -value
    type_name = "Float" if kind == "float" else "Double"
    if kind == "float":
        try:
            value = struct.unpack("<f", struct.pack("<f", value))[0]
        except OverflowError:
            return kind, 0.0, (f"floating-point literal `{text}` is too large for {type_name}", 0, len(text))
    if value in (float("inf"), float("-inf")):
        return kind, 0.0, (f"floating-point literal `{text}` is too large for {type_name}", 0, len(text))
    if value == 0.0:
        mantissa = body.lower().split("e", 1)[0]
        if any(c in "123456789" for c in mantissa):
            return kind, 0.0, (f"floating-point literal `{text}` is too small for {type_name}", 0, len(text))
    return kind, value, None


def _escape_value(esc: str) -> str | None:
    """The character an escape (`\\n`, `\\u00e9`, ...) stands for, or None when it is not a valid escape."""
    if len(esc) >= 6 and esc[1] == "u":
        return chr(int(esc[-4:], 16))
    return _SIMPLE_ESCAPES.get(esc[1:])


def _escape_problem(body: str, match: re.Match[str], base: int) -> tuple[str, int, int]:
    esc = match.group()
    start = base + len(body[: match.start()].encode("utf-8", "surrogatepass"))
    end = start + len(esc.encode("utf-8", "surrogatepass"))
    if esc[1:2].isdigit():
        return f"octal escape `{esc}` is not supported; use a unicode escape such as `\\u0000`", start, end
    if esc == "\\":
        return "a backslash must be followed by an escape character", start, end
    return f"invalid escape `{esc}`; valid escapes are \\t \\n \\r \\b \\f \\\" \\' \\\\ \\uXXXX", start, end


def unescape(body: str, base: int = 0, dollars: bool = False) -> tuple[str, Problem]:
    """Resolve the escapes of a (non-raw) string body; `dollars` also turns `$$` into `$` (s-interpolation).

    base is the byte offset of body within the token, so that a problem's offsets point at the escape."""
    if "\\" not in body and not (dollars and "$$" in body):
        return body, None
    problem: list[tuple[str, int, int]] = []

    def replace(match: re.Match[str]) -> str:
        esc = match.group()
        if esc == "$$":
            return "$"
        value = _escape_value(esc)
        if value is None:
            if not problem:
                problem.append(_escape_problem(body, match, base))
            return ""
        return value

    value = (_ESCAPE_OR_DOLLAR if dollars else _ESCAPE).sub(replace, body)
    if any("\ud800" <= c <= "\udfff" for c in value):
        # Unicode escapes may spell UTF-16 surrogate pairs; join them into the characters they encode.
        value = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    return value, problem[0] if problem else None


def decode_string(text: str) -> tuple[str, Problem]:
    """A string literal token: `"..."` with escapes, or `\"\"\"...\"\"\"` taken raw."""
    if text.startswith('"""'):
        return text[3:-3] if len(text) >= 6 and text.endswith('"""') else text[3:], None
    body = text[1:-1] if len(text) >= 2 and text.endswith('"') else text[1:]
    return unescape(body, 1)


def decode_char(text: str) -> tuple[str, Problem]:
    """A character literal token `'x'`: exactly one UTF-16 code unit after escapes."""
    body = text[1:-1] if len(text) >= 2 and text.endswith("'") else text[1:]
    value, problem = unescape(body, 1)
    if problem is not None:
        return "\0", problem
    if len(value) != 1:
        return "\0", (f"character literal `{text}` must hold exactly one character", 0, len(text.encode()))
    if ord(value) > 0xFFFF:
        return "\0", (f"`{text}` does not fit in a Char (use a String)", 0, len(text.encode()))
    return value, None
