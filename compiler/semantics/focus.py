"""Typing only around one place: for an editor query (completion, signature help) on a copy of the text, the bodies
of the methods away from the cursor are not typed.

What a query at the cursor reads (the receiver's type, the names in scope, the members of classes and objects)
comes from the outline (declarations, signatures, field initialisers) and from the method the cursor is in. A
method with a declared result type contributes nothing else to another method's typing: its body is left untyped
(an error node of its declared type's place), so a query costs the outline and one method, not the whole file.
Methods without a declared result are typed as usual (their result is their body's type, and others may ask for
it); so are the method around the cursor and every initialiser. The analysis is partial by design: its diagnostics
and typed trees cover only what was typed, so it is for queries, never for diagnostics or builds.
"""
from __future__ import annotations

from . import tir
from .symbols import MethodSymbol
from .typer import TyperExtension
from .types import ERROR


class FocusedTyping(TyperExtension):
    """The typer extension (last in the list) that leaves the bodies of declared methods away from `offset`
    untyped; offset is a byte offset in the program's offset space (the first file's own offsets)."""

    def __init__(self, offset: int) -> None:
        self.offset = offset
        self.skipped = 0

    def check_method(self, typer, method: MethodSymbol) -> bool:
        defn = method.defn
        if defn is None or method.is_local or method.result is None or getattr(defn, "ret", None) is None \
                or getattr(defn, "body", None) is None:
            return False
        span = defn.span
        if span.start <= self.offset <= span.end:
            return False
        method.body = tir.ErrorNode(defn.body.span, ERROR)
        self.skipped += 1
        return True
