"""Self types: `trait Service { self: Logger => ... }` (or `this: Logger with Config =>`) lets the trait's code use
the members of each (unqualified or through `self`/`this`) on `this`, which every concrete class mixing the trait in must make true (checked as scalac checks
it); `self =>` alone is an alias of `this`. At run time `this` seen as the self type is a cast that cannot fail."""
from __future__ import annotations

from .. import diagnostics as codes
from ..source import Span
from . import tir
from .context import Context
from .symbols import ClassSymbol
from .types import ClassType, conforms


class SelfTypeTyping:
    """Self types (a mixin of the Typer)."""

    def self_class(self, cls) -> ClassSymbol | None:
        """The first class or trait a class's self type names (`self: T =>`, `this: A with B =>`), or None."""
        found = self.self_classes_of(cls)
        return found[0] if found else None

    def self_classes_of(self, cls) -> list[ClassSymbol]:
        """Every class or trait a class's self type names, as written."""
        defn = getattr(cls, "defn", None)
        refs = getattr(defn, "self_types", None) or ([defn.self_type] if getattr(defn, "self_type", None) else [])
        if not refs or not isinstance(cls, ClassSymbol):
            return []
        known = self.self_classes
        if cls not in known:
            known[cls] = []
            for ref in refs:
                t = self.resolve_type(ref)
                if isinstance(t, ClassType) and isinstance(t.symbol, ClassSymbol):
                    known[cls].append(t.symbol)
                elif t is not None and getattr(t, "name", None) != "<error>":
                    self.unsupported(f"the self type `{t.name}` (only classes and traits)", ref.span)
        return known[cls]

    def self_member(self, owner, name: str):
        """A member of owner's self type, for code in owner that names it unqualified."""
        for s in self.self_classes_of(owner):
            found = s.fields.get(name) or s.methods.get(name)
            if found is not None:
                return found
        return None

    def as_self_type(self, cls: ClassSymbol, receiver: tir.Expr, member_owner, span: Span) -> tir.Expr | None:
        """`this` of cls seen as the part of its self type whose members member_owner's are, else None."""
        for s in self.self_classes_of(cls):
            if not cls.derives_from(s) and (s is member_owner or member_owner in s.linearization):
                return tir.Cast(span, s.tpe, receiver, checked=True)
        return None

    def self_typed_member(self, qual: tir.Expr, name: str, ctx: Context) -> tir.Expr | None:
        """`this.m` / `self.m` in a class whose self type has m (and the class does not): `this` cast to that part."""
        t = qual.tpe
        cls = getattr(t, "symbol", None)
        if not isinstance(cls, ClassSymbol) or not self.is_this(qual, ctx):
            return None
        for s in self.self_classes_of(cls):
            if not cls.derives_from(s) and (name in s.fields or name in s.methods):
                return tir.Cast(qual.span, s.tpe, qual, checked=True)
        return None

    def self_typed_this(self, e: tir.Expr, expected) -> tir.Expr | None:
        """`this` where a part of its class's self type is expected (`def me: Logger = this`): cast to it."""
        cls = getattr(e.tpe, "symbol", None)
        if not isinstance(e, tir.This) or not isinstance(cls, ClassSymbol):
            return None
        for s in self.self_classes_of(cls):
            if conforms(s.tpe, expected):
                return tir.Cast(e.span, s.tpe, e, checked=True)
        return None

    def self_alias(self, name: str, ctx: Context, span: Span) -> tir.Expr | None:
        """`self` where an enclosing class wrote `self =>` or `self: T =>`: its instance (as T, when given)."""
        owner = ctx.owner
        while owner is not None:
            defn = getattr(owner, "defn", None)
            if isinstance(owner, ClassSymbol) and getattr(defn, "self_name", None) == name:
                value = self.owner_instance(owner, ctx, span, "`this`")
                parts = self.self_classes_of(owner)
                if len(parts) == 1 and not owner.derives_from(parts[0]) and value.tpe is owner.tpe:
                    return tir.Cast(span, parts[0].tpe, value, checked=True)
                return value  # (of several: each member selected on it is found in its part, self_typed_member)
            owner = owner.outer
        return None

    def check_self_types(self, classes: list) -> None:
        """Every class mixing in a trait with a self type must conform to it (or, a trait, declare one that does)."""
        for cls in classes:
            if not isinstance(cls, ClassSymbol):
                continue
            own = self.self_classes_of(cls)
            for parent in cls.linearization[1:]:
                wanted = self.self_classes_of(parent)
                if all(cls.derives_from(s) or any(o.derives_from(s) for o in own) for s in wanted):
                    continue
                at = next((ref.span for ref in getattr(cls.defn, "parents", ()) if (lambda p: isinstance(
                    p, ClassSymbol) and p.derives_from(parent))(self.class_named(ref.name, ref.span))), cls.span)
                shown = " with ".join([parent.name, *(s.name for s in wanted)])
                self.error(codes.ILLEGAL_INHERITANCE, f"illegal inheritance; self-type {cls.name} does not conform "
                           f"to {parent.name}'s selftype {shown}", at)
                break
