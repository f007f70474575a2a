"""`x.##` and `scala.runtime.Statics.anyHash(x)` (Scala's hash, which case classes' `hashCode` mixes) and
`scala.runtime.Statics`' MurmurHash3 steps, computed by the prelude's `Statics` object (hashing.scala)."""
from __future__ import annotations

from ..semantics import tir
from ..semantics.symbols import ClassSymbol
from ..semantics.typer import Typer, TyperExtension
from ..semantics.types import (BOOLEAN, BYTE, CHAR, DOUBLE, ERROR, FLOAT, INT, LONG, NULL, SHORT, STRING, UNIT,
                               ClassType, is_top)

_STATICS = frozenset("mix mixLast finalizeHash avalanche longHash doubleHash floatHash anyHash".split())
_BY_TYPE = {LONG: "longHash", DOUBLE: "doubleHash", FLOAT: "floatHash", STRING: "stringHash"}


class HashCalls(TyperExtension):
    """Types `##` on primitives, strings and classes with a `hashCode`, and `scala.runtime.Statics.*` calls."""

    def __init__(self, prelude: tir.Program | None = None) -> None:
        self._prelude = prelude

    @property
    def statics(self):
        if self._prelude is None:
            from . import load_prelude

            self._prelude = load_prelude()
        return self._prelude.objects["Statics"]

    def static_path(self, path: str) -> bool:
        return path.startswith("scala.runtime.Statics.") and path.rpartition(".")[2] in _STATICS

    def builtin_call(self, typer: Typer, path: str, arg_nodes, node, ctx):
        if not self.static_path(path):
            return None
        if path.endswith(".anyHash") and len(arg_nodes) == 1:
            value = typer.type_expr(arg_nodes[0], ctx)
            if isinstance(value, (tir.LocalGet, tir.FieldGet, tir.Const, tir.This)):
                hashed = self.hash_of(typer, value, node.span, ctx)
            else:
                temp = typer.temp(value.tpe, value.span, ctx)
                read = tir.LocalGet(value.span, value.tpe, temp)
                hashed = self.hash_of(typer, read, node.span, ctx)
                if hashed is not None:
                    hashed = tir.Block(node.span, INT, [tir.LocalDef(value.span, UNIT, temp, value)], hashed)
            return hashed if hashed is not None else typer.unsupported(f"hashing a {value.tpe.name}", node.span)
        return typer.call_with_args(self.statics.methods[path.rpartition(".")[2]], None, list(arg_nodes),
                                    node.span, ctx)

    def select_on_value(self, typer: Typer, qual, name, name_span, span, arg_nodes, ctx):
        if name != "##" or arg_nodes is not None:
            return None
        return self.hash_of(typer, qual, span, ctx)

    def hash_of(self, typer: Typer, value: tir.Expr, span, ctx) -> tir.Expr | None:
        t = value.tpe
        if t is ERROR:
            return value
        if t in (INT, SHORT, BYTE, CHAR):
            return typer.convert(value, INT)
        if t is BOOLEAN:
            return tir.If(span, INT, value, tir.Const(span, INT, 1231), tir.Const(span, INT, 1237))
        if t is UNIT or t is NULL:
            return tir.Block(span, INT, [typer.discard(value)], tir.Const(span, INT, 0))
        helper = _BY_TYPE.get(t)
        if helper is not None:
            method = self.statics.methods[helper]
            return tir.Call(span, INT, method, None, [value])
        if t.name == "MemorySegment":  # the address of its bytes: stable for the segment's life
            return typer.select_on_value(value, "start", span, span, None, ctx)
        if isinstance(t, ClassType) and isinstance(t.symbol, ClassSymbol) and "hashCode" in t.symbol.methods:
            method = t.symbol.methods["hashCode"]
            temp = typer.temp(t, span, ctx)
            read = tir.LocalGet(span, t, temp)
            is_null = tir.RefEquals(span, BOOLEAN, read, tir.Const(span, NULL, None), False)
            call = typer.make_call(method, tir.LocalGet(span, t, temp), [], span, ctx)
            return tir.Block(span, INT, [tir.LocalDef(span, UNIT, temp, value)],
                             tir.If(span, INT, is_null, tir.Const(span, INT, 0), call))
        if t.is_reference or is_top(t):
            # A value held as Any, a tuple, an array, an object without its own hashCode (by identity): the
            # prelude's Anys.scalaHash, which tells them apart at run time.
            return tir.Builtin(span, INT, "any.scalaHash", [typer.box(value)])
        return None
