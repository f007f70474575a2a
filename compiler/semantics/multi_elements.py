"""`m + ("a" -> 1, "b" -> 2)`, `set - (1, 2)`, `buf += (1, 2)`: the library's several-element overloads.

Scala's collections overload `+`, `-`, `+=` and `-=` with `(elem1, elem2, elems*)`, which an infix operator with a
parenthesised list calls (`m + (a, b)` is `m.+(a, b)`, not the tuple `(a, b)`): the elements are added or removed
one after the other, as the overloads do. Items that are no elements are scalac's type mismatch, even where they
would make one as a tuple (`Set((1, 2)) + (3, 4)`); written in two pairs of parentheses they are one tuple
(`Set((1, 2)) + ((3, 4))`).
"""
from __future__ import annotations

from ..syntax import ast
from . import tir
from .types import ERROR, AppliedType, ClassType, TupleType, Type

# The prelude's collection classes (prelude/collection_calls.py) with the several-element overloads.
_MAPS = frozenset({"ImmutableMap", "MutableMap"})
_SETS_AND_BUFFERS = frozenset({"ImmutableSet", "MutableSet", "ArrayBuffer", "ListBuffer"})


def element_type(t: Type, op: str) -> Type | None:
    """What `t op x` adds or removes one of (a Map adds pairs and removes keys), or None when t has no such
    several-element overload."""
    if not isinstance(t, AppliedType) or not isinstance(t, ClassType) \
            or not getattr(t.symbol, "from_prelude", False):
        return None
    name = t.symbol.name
    if name in _MAPS and len(t.args) == 2:
        return TupleType(tuple(t.args)) if op == "+" else t.args[0]
    if name in _SETS_AND_BUFFERS and len(t.args) == 1:
        return t.args[0]
    return None


def _element_list(rhs: ast.Expr, span) -> bool:
    """Whether the operand after the operator is a list of several arguments: `(a, b)`, which ends the expression,
    not `((a, b))`, a tuple in parentheses of its own (the tree keeps no parentheses, the spans tell them)."""
    return isinstance(rhs, ast.Tuple) and len(rhs.items) >= 2 and rhs.span.end == span.end


class MultiElementTyping:
    """Typer mixin: the several-element `+`, `-`, `+=`, `-=` of maps, sets and buffers."""

    def several_elements(self, collection: tir.Expr, op: str, items: ast.Tuple, ctx) -> list[tir.Expr] | None:
        """The items, each typed as an element of collection's (a `type-mismatch` for one that is none, as scalac
        reports it: it does not take the list as one tuple there); None after an error."""
        wanted = element_type(collection.tpe, op)
        typed = [self.adapt(self.type_expr(item, ctx, wanted), wanted) for item in items.items]
        return None if any(t.tpe is ERROR for t in typed) else typed

    def infix_several(self, node: ast.Infix, lhs: tir.Expr, ctx, expected) -> tir.Expr | None:
        """`lhs + (a, b, ...)` on a map or set (lhs typed): ((lhs + a) + b) ...; None for any other infix."""
        if node.op not in ("+", "-") or not _element_list(node.rhs, node.span) \
                or element_type(lhs.tpe, node.op) is None:
            return None
        items = self.several_elements(lhs, node.op, node.rhs, ctx)
        if items is None:
            return tir.ErrorNode(node.span, ERROR)
        current: ast.Expr = ast.Typed(node.lhs.span, lhs)
        for item in items:
            current = ast.Infix(node.span, node.op, node.op_span, current, ast.Typed(item.span, item))
        return self.type_expr(current, ctx, expected)

    def compound_several(self, node: ast.CompoundAssign, ctx, expected) -> tir.Expr | None:
        """`target += (a, b, ...)` on a buffer, a set or a map (or a `var` holding an immutable one): `target += a`,
        `target += b`, ... in order; None for any other compound assignment (and a target that is no name or path,
        which would be evaluated more than once)."""
        if node.op not in ("+", "-") or not _element_list(node.value, node.span):
            return None
        if not isinstance(node.target, (ast.Ident, ast.Select)) or (
                isinstance(node.target, ast.Select) and not isinstance(node.target.qualifier, (ast.Ident, ast.This))):
            return None
        target = self.type_expr(node.target, ctx)
        if element_type(target.tpe, node.op) is None:
            return None
        items = self.several_elements(target, node.op, node.value, ctx)
        if items is None:
            return tir.ErrorNode(node.span, ERROR)
        stats = [self.type_expr(ast.CompoundAssign(node.span, node.op, node.target, ast.Typed(item.span, item)), ctx)
                 for item in items]
        return tir.Block(node.span, stats[-1].tpe, [self.discard(s) for s in stats[:-1]], stats[-1])
