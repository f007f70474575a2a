"""String concatenation built in place: the result is allocated once, at its final length, and every part is
written straight into it. The plain lowering makes a string of each number, an array of the parts, then the
result: for `"key" + i + "=" + (i * 7)` four allocations instead of one, and under a garbage collector the
allocations are what string building costs."""
from __future__ import annotations

from ..semantics import tir
from ..semantics import types as st
from ..wasm import I32

_INTS = (st.INT, st.SHORT, st.BYTE)  # written digit by digit, as NumberFormat.intToString would write them


def concat_in_place(g, parts: list[tir.Expr]) -> None:
    """Leave the concatenation of parts (constants already joined) on the stack. The parts are evaluated in order
    first; their conversions to text cannot fail or be seen, so doing them afterwards changes nothing."""
    emit = g.emit
    string = g.types.string
    pieces: list[tuple[str, object]] = []
    for part in parts:
        if isinstance(part, tir.Const) and part.tpe is st.STRING:
            pieces.append(("literal", part.value))
            continue
        kind = "int" if part.tpe in _INTS else "char" if part.tpe is st.CHAR else "string"
        local = g.scratch(I32 if kind != "string" else g.types.string_ref, "part")
        if kind == "string":
            g.to_string(part)  # other values become their text now (a null String becomes "null")
        else:
            g.expr(part)
        emit("local.set", local)
        pieces.append((kind, local))
    known = sum(_units(text) for kind, text in pieces if kind == "literal")
    known += sum(1 for kind, _ in pieces if kind == "char")
    emit("i32.const", known)
    for kind, local in pieces:
        if kind == "int":
            emit("local.get", local)
            g.call_prelude("NumberFormat", "intLength")
            emit("i32.add")
        elif kind == "string":
            emit("local.get", local)
            emit("array.len")
            emit("i32.add")
    out = g.scratch(g.types.string_ref, "joined")
    at = g.scratch(I32, "at")
    emit("array.new_default", string)
    emit("local.set", out)
    emit("i32.const", 0)
    emit("local.set", at)
    for kind, payload in pieces:
        if kind == "int":
            emit("local.get", out)
            emit("local.get", at)
            emit("local.get", payload)
            g.call_prelude("NumberFormat", "writeInt")
            emit("local.set", at)
            continue
        if kind == "literal" and not payload:
            continue
        emit("local.get", out)
        emit("local.get", at)
        if kind == "char":
            emit("local.get", payload)
            emit("array.set", string)
            length = lambda: emit("i32.const", 1)  # noqa: E731
        else:
            if kind == "literal":
                emit("global.get", g.l.literal(payload))
                units = _units(payload)
                length = lambda units=units: emit("i32.const", units)  # noqa: E731
            else:
                emit("local.get", payload)
                length = lambda local=payload: (emit("local.get", local), emit("array.len"))  # noqa: E731
            emit("i32.const", 0)
            length()
            emit("array.copy", string, string)
        emit("local.get", at)
        length()
        emit("i32.add")
        emit("local.set", at)
    emit("local.get", out)


def _units(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2
