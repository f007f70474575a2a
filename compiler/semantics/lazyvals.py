"""`lazy val x = e` as a member of an object, a class or a trait: evaluated on first use, once, as on the JVM.

The val becomes a parameterless method `x` (its body e, its result the written type or e's) and two hidden fields:
the value (held as an Any, boxed when primitive) and whether it has been computed. The method computes e only while
the flag is false and sets the flag once e has a value, so an e that throws is evaluated again at the next use, as
scalac's lazy vals are. In a block, the same with two locals the getter (a local def) captures, shared as
captured vars are. In a trait, the hidden fields are the trait's (held by each class mixing it in). An abstract
lazy val and a `lazy var` are not supported.
"""
from __future__ import annotations

from .. import diagnostics as codes
from ..syntax import ast
from . import tir
from .symbols import ClassSymbol, FieldSymbol, LocalSymbol, MethodSymbol
from .types import ANY, BOOLEAN, NULL, UNIT, is_top, is_value_type


def is_lazy(stat) -> bool:
    return isinstance(stat, ast.ValDef) and "lazy" in stat.modifiers


class LazyValTyping:
    """Typer mixin: entering a lazy member val, and its getter's memoizing body."""

    def enter_lazy_val(self, owner, stat: ast.ValDef) -> None:
        if stat.mutable or stat.rhs is None:
            self.unsupported("a `lazy var`" if stat.mutable else "an abstract `lazy val`", stat.name_span)
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

    def lazy_locals(self, written: list, ctx) -> tuple[list, list]:
        """A block's statements with each `lazy val` as its getter (a local def, entered with the others), and the
        statements defining the locals that hold its value and whether it is computed (to run first)."""
        if not any(is_lazy(stat) for stat in written):
            return written, []
        out, setup = [], []
        for stat in written:
            if not is_lazy(stat):
                out.append(stat)
                continue
            if stat.mutable:
                self.unsupported("a `lazy var`", stat.name_span)
                continue
            getter = ast.DefDef(stat.span, stat.name, stat.name_span, None, stat.tpe, stat.rhs,
                                modifiers=[m for m in stat.modifiers if m != "lazy"])
            span = stat.name_span
            value = LocalSymbol(f"{stat.name}$lzy", span, ANY, mutable=True, boxed=True)
            flag = LocalSymbol(f"{stat.name}$lzyinit", span, BOOLEAN, mutable=True, boxed=True)
            ctx.locals.extend((value, flag))
            setup += [tir.LocalDef(span, UNIT, value, tir.Const(span, NULL, None)),
                      tir.LocalDef(span, UNIT, flag, tir.Const(span, BOOLEAN, False))]
            self.lazy_local_cells[id(getter)] = (value, flag)
            out.append(getter)
        return out, setup

    def mark_lazy_locals(self, written: list, ctx) -> None:
        """After the block's defs are entered: each lazy getter knows its cells."""
        for stat in written:
            cells = self.lazy_local_cells.get(id(stat))
            method = ctx.scope.names.get(stat.name) if cells is not None else None
            if isinstance(method, MethodSymbol) and method.defn is stat:
                method.lazy_cells = cells

    def memoized(self, method: MethodSymbol, body: tir.Expr) -> tir.Expr:
        """The getter's body: `if (!flag) { value = body; flag = true }; value` (value cast back to the result)."""
        value, flag = method.lazy_cells
        owner, span, result = method.owner, body.span, method.result
        on_object = not isinstance(owner, ClassSymbol)

        def get(sym):
            if isinstance(sym, LocalSymbol):
                return tir.LocalGet(span, sym.tpe, sym)
            if on_object:
                return tir.GlobalGet(span, sym.tpe, sym)
            return tir.FieldGet(span, sym.tpe, tir.This(span, owner.tpe, owner), sym)

        def put(sym, v):
            if isinstance(sym, LocalSymbol):
                return tir.LocalSet(span, UNIT, sym, v)
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
