"""Self types: `trait Service { self: Logger => ... }` lets the trait's code use Logger's members (unqualified or
through `self`) on `this`, which every concrete class mixing the trait in must make true (checked as scalac checks
it); `self =>` alone is an alias of `this`. At run time `this` seen as the self type is a cast that cannot fail."""
from __future__ import annotations

from .. import diagnostics as codes
from ..source import Span
from . import tir
from .context import Context
from .symbols import ClassSymbol
from .types import ClassType


class SelfTypeTyping:
    """Self types (a mixin of the Typer)."""

    def self_class(self, cls) -> ClassSymbol | None:
        """The class or trait a class's self type names (`self: T =>`), or None."""
        ref = getattr(getattr(cls, "defn", None), "self_type", None)
        if ref is None or not isinstance(cls, ClassSymbol):
            return None
        known = self.self_classes
        if cls not in known:
            known[cls] = None
            t = self.resolve_type(ref)
            if isinstance(t, ClassType) and isinstance(t.symbol, ClassSymbol):
                known[cls] = t.symbol
            elif t is not None and getattr(t, "name", None) != "<error>":
                self.unsupported(f"the self type `{t.name}` (only a class or trait)", ref.span)
        return known[cls]

    def self_member(self, owner, name: str):
        """A member of owner's self type, for code in owner that names it unqualified."""
        s = self.self_class(owner)
        if s is None:
            return None
        return s.fields.get(name) or s.methods.get(name)

    def as_self_type(self, cls: ClassSymbol, receiver: tir.Expr, member_owner, span: Span) -> tir.Expr | None:
        """`this` of cls seen as its self type when member_owner's members are reached through it, else None."""
        s = self.self_class(cls)
        if s is None or cls.derives_from(s) or not (s is member_owner or member_owner in s.linearization):
            return None
        return tir.Cast(span, s.tpe, receiver, checked=True)

    def self_alias(self, name: str, ctx: Context, span: Span) -> tir.Expr | None:
        """`self` where an enclosing class wrote `self =>` or `self: T =>`: its instance (as T, when given)."""
        owner = ctx.owner
        while owner is not None:
            defn = getattr(owner, "defn", None)
            if isinstance(owner, ClassSymbol) and getattr(defn, "self_name", None) == name:
                value = self.owner_instance(owner, ctx, span, "`this`")
                s = self.self_class(owner)
                if s is not None and not owner.derives_from(s) and value.tpe is owner.tpe:
                    return tir.Cast(span, s.tpe, value, checked=True)
                return value
            owner = owner.outer
        return None

    def check_self_types(self, classes: list) -> None:
        """Every class mixing in a trait with a self type must conform to it (or, a trait, declare one that does)."""
        for cls in classes:
            if not isinstance(cls, ClassSymbol):
                continue
            own = self.self_class(cls)
            for parent in cls.linearization[1:]:
                s = self.self_class(parent)
                if s is None or cls.derives_from(s) or (own is not None and own.derives_from(s)):
                    continue
                at = next((ref.span for ref in getattr(cls.defn, "parents", ()) if (lambda p: isinstance(
                    p, ClassSymbol) and p.derives_from(parent))(self.class_named(ref.name, ref.span))), cls.span)
                self.error(codes.ILLEGAL_INHERITANCE, f"illegal inheritance; self-type {cls.name} does not conform "
                           f"to {parent.name}'s selftype {parent.name} with {s.name}", at)
                break
