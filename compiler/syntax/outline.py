"""The digest of a file's outline: its syntax tree without the bodies of the methods that declare their result type.

A method that declares its result type is typed and lowered from its own body and the rest of the program's
outline (signatures, fields, object and class bodies, the bodies of methods whose result is inferred); so a lowered
function kept from an earlier build is still right when the outline and its own text are the same
(lowering/stored.py). Spans are left out: a comment line added above a definition moves it without changing the
outline (and a stored function keeps its spans relative to its definition: it is reused where it moved to).

An editor asks for the digest after every keystroke, and a keystroke changes one method: each method keeps its
piece of the outline (`_outline` in its `__dict__`, made on first use), and the copies the next parse makes of the
methods an edit moved carry it (syntax/reuse.py: spans are not in the outline, so a moved method's piece is the
same). A digest then walks the file's objects, classes and fields, and only the methods converted anew.
"""
from __future__ import annotations

from dataclasses import fields, is_dataclass

try:
    from _blake2 import blake2b  # hashlib would load OpenSSL first
except ImportError:  # another Python implementation
    from hashlib import blake2b

from ..source import Span
from . import ast

_FIELDS: dict[type, tuple[str, ...]] = {}


def outline_digest(unit: ast.CompilationUnit) -> str:
    """A hex digest of the unit's outline (see the module's docstring)."""
    out: list[str] = []
    _walk(unit, out)
    h = blake2b(digest_size=20)
    h.update("\x1f".join(out).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def outline_piece(defn: ast.DefDef) -> str:
    """The method's part of the outline, as the digest joins it (kept on the method: see the module's docstring;
    threads that race to make it make the same string)."""
    state = defn.__dict__
    piece = state.get("_outline")
    if piece is None:
        out = [defn.__class__.__name__]
        skip_body = defn.ret is not None
        for name in _names(defn.__class__):
            if skip_body and name == "body":
                out.append("-")
                continue
            _walk(getattr(defn, name), out)
        out.append(")")
        piece = state["_outline"] = "\x1f".join(out)
    return piece


def _names(cls: type) -> tuple[str, ...]:
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = tuple(f.name for f in fields(cls) if f.name not in ("span", "name_span"))
    return found


def _walk(value, out: list[str]) -> None:
    # Iterative over lists, recursive over nodes: trees are as deep as the program's nesting, which the parser
    # already bounds.
    cls = value.__class__
    if cls is str:
        out.append("s" + value)
    elif cls is list or cls is tuple:
        out.append(f"[{len(value)}")
        for item in value:
            _walk(item, out)
        out.append("]")
    elif value is None or cls is int or cls is bool or cls is float:
        out.append(repr(value))
    elif isinstance(value, Span):
        out.append("@")
    elif isinstance(value, ast.DefDef):
        out.append(outline_piece(value))
    elif is_dataclass(value):
        out.append(cls.__name__)
        for name in _names(cls):
            _walk(getattr(value, name), out)
        out.append(")")
    else:
        out.append(f"{cls.__name__}:{value!r}")
