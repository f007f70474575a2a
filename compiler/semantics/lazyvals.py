"""`lazy val x = e` as a member of an object or a class: evaluated on first use, once, as on the JVM.

The val becomes a parameterless method `x` (its body e, its result the written type or e's) and two hidden fields:
the value (held as an Any, boxed when primitive) and whether it has been computed. The method computes e only while
the flag is false and sets the flag once e has a value, so an e that throws is evaluated again at the next use, as
scalac's lazy vals are. A lazy val in a block, in a trait or a `lazy var` is not supported.
"""
from __future__ import annotations

from .. import diagnostics as codes
from ..syntax import ast
from . import tir
from .symbols import ClassSymbol, FieldSymbol, MethodSymbol
from .types import ANY, BOOLEAN, UNIT, is_top, is_value_type


def is_lazy(stat) -> bool:
    return isinstance(stat, ast.ValDef) and "lazy" in stat.modifiers


class LazyValTyping:
    """Typer mixin: entering a lazy member val, and its getter's memoizing body."""

    def enter_lazy_val(self, owner, stat: ast.ValDef) -> None:
        if stat.mutable or stat.rhs is None or (isinstance(owner, ClassSymbol) and owner.is_trait):
            what = "a `lazy var`" if stat.mutable else "an abstract `lazy val`" if stat.rhs is None \
                else "a `lazy val` in a trait"
            self.unsupported(what, stat.name_span)
            return
        if stat.name in owner.fields or stat.name in owner.methods:
            self.error(codes.DUPLICATE_DEFINITION, f"`{stat.name}` is already defined", stat.name_span)
            return
        getter = ast.DefDef(stat.span, stat.name, stat.name_span, None, stat.tpe, stat.rhs,
                            modifiers=[m for m in stat.modifiers if m != "lazy"])
        method = self.enter_method(owner, getter)
        value = FieldSymbol(f"{stat.name}$lzy", stat.name_span, owner, ANY, True, index=len(owner.fields))
        owner.fields[value.name] = value
        flag = FieldSymbol(f"{stat.name}$lzyinit", stat.name_span, owner, BOOLEAN, True, index=len(owner.fields))
        owner.fields[flag.name] = flag
        method.lazy_cells = (value, flag)
        owner.methods[stat.name] = method
        self.lazy_getters[id(stat)] = method

    def memoized(self, method: MethodSymbol, body: tir.Expr) -> tir.Expr:
        """The getter's body: `if (!flag) { value = body; flag = true }; value` (value cast back to the result)."""
        value, flag = method.lazy_cells
        owner, span, result = method.owner, body.span, method.result
        on_object = not isinstance(owner, ClassSymbol)

        def get(sym):
            if on_object:
                return tir.GlobalGet(span, sym.tpe, sym)
            return tir.FieldGet(span, sym.tpe, tir.This(span, owner.tpe, owner), sym)

        def put(sym, v):
            if on_object:
                return tir.GlobalSet(span, UNIT, sym, v)
            return tir.FieldSet(span, UNIT, tir.This(span, owner.tpe, owner), sym, v)

        stored = tir.Box(span, ANY, body) if is_value_type(body.tpe) or body.tpe is UNIT \
            else tir.Cast(span, ANY, body, checked=False)
        compute = tir.If(span, UNIT, tir.Unary(span, BOOLEAN, "!", get(flag)),
                         tir.Block(span, UNIT, [put(value, stored), put(flag, tir.Const(span, BOOLEAN, True))], None),
                         None)
        if result is UNIT:
            return tir.Block(span, UNIT, [compute], None)
        read = tir.Cast(span, result, get(value), checked=not is_top(result))
        return tir.Block(span, result, [compute], read)
