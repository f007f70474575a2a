"""Typing that case classes need beyond their generated members (syntax/caseclasses.py): `==` through the
generated `equals`, and defaults that read the receiver (`p.copy(y = 5)` keeps the other fields of `p`)."""
from __future__ import annotations

import dataclasses

from ..source import Span
from ..syntax.caseclasses import is_synthetic
from . import tir
from .context import Context
from .exhaustiveness import WILD, Ctor
from .symbols import ClassSymbol, MethodSymbol
from .types import ANY, ANYREF, BOOLEAN, NULL, UNIT, ClassType, conforms


def is_case_class(sym) -> bool:
    return isinstance(sym, ClassSymbol) and "case" in getattr(sym.defn, "modifiers", ())


def generated_equals(cls: ClassSymbol) -> MethodSymbol | None:
    method = cls.methods.get("equals")
    if isinstance(method, MethodSymbol) and method.defn is not None and is_synthetic(method.defn):
        return method
    return None


def with_receiver(value: tir.Expr, receiver: tir.Expr) -> tir.Expr:
    """A copy of a default argument's tree with `this` replaced by the call's receiver (a re-readable value)."""
    if isinstance(value, tir.This):
        return receiver
    changes = {}
    for name in tir._CHILD_FIELDS.get(type(value)) or tir._child_fields(type(value)):
        child = getattr(value, name)
        if isinstance(child, tir.Expr):
            changes[name] = with_receiver(child, receiver)
        elif isinstance(child, list) and any(isinstance(c, tir.Expr) for c in child):
            changes[name] = [with_receiver(c, receiver) if isinstance(c, tir.Expr) else c for c in child]
    return dataclasses.replace(value, **changes) if changes else value


class CaseClassTyping:
    """Case-class rules of the Typer (a mixin)."""

    def case_class_equality(self, lhs: tir.Expr, rhs: tir.Expr, span: Span, ctx: Context) -> tir.Expr | None:
        """`a == b` of one case class type: `if (a eq null) b eq null else a.equals(b)`, as Scala's `==` on
        references; None for other types."""
        t = lhs.tpe
        if not isinstance(t, ClassType) or not is_case_class(t.symbol):
            return None
        method = generated_equals(t.symbol)
        if method is None:
            return None
        stats = []
        reads = []
        for side in (lhs, rhs):
            if isinstance(side, (tir.LocalGet, tir.This, tir.Const)) and not getattr(getattr(side, "sym", None),
                                                                                      "mutable", False):
                reads.append(side)
                continue
            temp = self.temp(side.tpe, side.span, ctx)
            stats.append(tir.LocalDef(side.span, UNIT, temp, side))
            reads.append(tir.LocalGet(side.span, side.tpe, temp))
        a, b = reads
        null = tir.Const(span, NULL, None)
        test = tir.If(span, BOOLEAN, tir.RefEquals(span, BOOLEAN, a, null, False),
                      tir.RefEquals(span, BOOLEAN, b, null, False),
                      tir.Call(span, BOOLEAN, method, a, [b]))
        return tir.Block(span, BOOLEAN, stats, test) if stats else test

    def subclass_equals(self, t: ClassType) -> bool:
        """Whether a value of class type t may be of a class below it with an equals other than identity (a case
        class's generated one, or its own `equals(Any)`): then `==` cannot be `eq`."""
        cls = t.symbol
        if not isinstance(cls, ClassSymbol) or cls.is_final:
            return False
        cache = self.subclass_equals_known
        if cls not in cache:
            cache[cls] = any(
                sub is not cls and sub.derives_from(cls) and (generated_equals(sub) is not None or (
                    sub.tpe is not None and self.overrides_equals(sub.tpe)))
                for sub in list(self.program.classes.values()))
        return cache[cls]

    def receiver_for_defaults(self, method: MethodSymbol, receiver, ctx: Context):
        """For a call whose defaults may read `this` (`def copy(x: Int = this.x)`): the receiver evaluated once
        into a temporary, as (setup statements, the receiver to call on and to read in defaults)."""
        if receiver is None or isinstance(receiver, (tir.This, tir.Const)) or (
                isinstance(receiver, tir.LocalGet) and not receiver.sym.mutable):
            return [], receiver
        if not any(getattr(p, "default", None) is not None for p in getattr(method.defn, "params", None) or ()):
            return [], receiver
        temp = self.temp(receiver.tpe, receiver.span, ctx)
        return [tir.LocalDef(receiver.span, UNIT, temp, receiver)], tir.LocalGet(receiver.span, receiver.tpe, temp)

    # ------------------------------------------------------------------------------------------ exhaustiveness

    def case_fields(self, symbol) -> list | None:
        """The fields a case class's constructor pattern takes apart, in order; None for other symbols."""
        if not is_case_class(symbol):
            return None
        return [symbol.fields[p.name] for p in symbol.defn.params if p.name in symbol.fields]

    def case_ctor(self, symbol) -> Ctor:
        fields = self.case_fields(symbol) or []
        return Ctor(symbol.name, tuple(f.tpe for f in fields), symbol, parens=True)

    def sealed_cases(self, symbol) -> list[Ctor] | None:
        """The values of a sealed hierarchy as scalac lists them: its case classes (`P(_, _)`), case objects and
        objects (`O`), other classes (`C()`), a sealed child's own children in its place; None when not sealed."""
        if not isinstance(symbol, ClassSymbol) or "sealed" not in symbol.modifiers:
            return None
        cache = self.sealed_cases_known
        if symbol in cache:
            return cache[symbol]
        cache[symbol] = None  # a cycle (already reported) lists nothing
        out: list[Ctor] = []
        if not symbol.is_abstract:
            out.append(self.class_ctor(symbol))
        for child in self.program.classes.values():
            if child is symbol or (child.superclass is not symbol and symbol not in child.traits):
                continue
            inner = self.sealed_cases(child) if "sealed" in child.modifiers else None
            out.extend(inner if inner is not None else [self.class_ctor(child)])
        cache[symbol] = out
        return out

    def class_ctor(self, cls: ClassSymbol) -> Ctor:
        if cls.module is not None:
            return Ctor(cls.module.name, key=cls)
        if is_case_class(cls):
            return self.case_ctor(cls)
        return Ctor(cls.name, key=cls, parens=True)

    def constructor_head(self, pattern):
        cls = self.class_named(pattern.path[-1], pattern.name_span)
        if self.case_fields(cls) is None:
            return None
        return self.case_ctor(cls), list(pattern.args)

    def typed_head(self, pattern, t):
        """A typed pattern covers the values of its type: all of the scrutinee's, one constructor of a sealed
        hierarchy, or the several below a sealed child."""
        target = self.resolve_type(pattern.tpe)
        if target == t or target in (ANY, ANYREF) or (isinstance(target, ClassType) and conforms(t, target)):
            return WILD
        symbol = getattr(target, "symbol", None)
        if not isinstance(symbol, ClassSymbol):
            return None
        inner = self.sealed_cases(symbol)
        if inner is not None:
            return [(c, [WILD] * len(c.fields)) for c in inner]
        ctor = self.class_ctor(symbol)
        return ctor, [WILD] * len(ctor.fields)

    def stable_head(self, pattern):
        """A case object (or any object) named as a pattern is that one value of its sealed parent."""
        if len(pattern.path) != 1:
            return None
        obj = self.object_named(pattern.path[0], pattern.span)
        if obj is None or getattr(obj, "module_class", None) is None:
            return None
        return self.class_ctor(obj.module_class), []
