"""A program's text with the bodies of its broken methods set aside (`{ ??? }`), so the methods that are fine can
still be built and their lowered code shown while another part of the file has an error.

Each broken body is overwritten in place, byte for byte (a block holding `???`, of type Nothing, which conforms to
any result type and also follows procedure syntax; spaces elsewhere, its line breaks kept), so every span of the
rest of the file, and the lowered instructions' spans, are those of the text as written."""
from __future__ import annotations

from ..syntax import ast
from .syntax_walk import chain_at

def without_broken_methods(analysis, offset: int) -> str | None:
    """The analysed text with every method body that holds an error (and not the offset) stubbed out; None when
    an error lies outside every such body (a signature, a field, the method at the offset itself)."""
    unit = getattr(analysis, "unit", None)
    errors = [d for d in getattr(analysis, "diagnostics", ()) if d.is_error]
    if unit is None or not errors:
        return None
    bodies = []
    for d in errors:
        body = _outermost_body_without(unit, d.span, offset)
        if body is None:
            return None
        bodies.append(body)
    data = bytearray(analysis.source.data)
    for body in bodies:
        stub = _stub(bytes(data[body.start:body.end]))
        if stub is None:
            return None
        data[body.start:body.end] = stub
    return data.decode("utf-8", "replace")


def _stub(body: bytes) -> bytes | None:
    """`{` where the body starts, `}` where it ends, `???` on the first line with room, spaces elsewhere, every
    line break where it was (a body's first and last bytes are code, never line breaks)."""
    blank = bytearray(0x0A if b == 0x0A else 0x20 for b in body)
    blank[0], blank[-1] = ord("{"), ord("}")
    for i in range(1, len(blank) - 3):
        if b"\n" not in blank[i:i + 3]:
            blank[i:i + 3] = b"???"
            return bytes(blank)
    return None


def _outermost_body_without(unit, span, offset: int):
    """The body of the outermost method around span that does not hold the offset."""
    for node in chain_at(unit, span.start):
        body = getattr(node, "body", None) if isinstance(node, ast.DefDef) else None
        if body is None or not (body.span.start <= span.start and span.end <= body.span.end):
            continue
        if not (body.span.start <= offset <= body.span.end):
            return body.span
    return None
