"""Typing of anonymous classes and of objects defined in methods.

`new A(args) with T { body }` is an instance of a final local class, typed as a class defined in the enclosing
block (it captures the block's vals, vars and defs and the enclosing instance the same way) and named `$anon$N`
after its place in the file, as scalac 2.11 names it (`Main$$anon$N` on the JVM): N counts the file's anonymous
classes in source order, an enclosing one before those inside it. The number is worked out while typing, from the
file's tree as it is now, so a method whose tree an editor reuses from an older parse is numbered as a fresh parse
would number it.

`object O { ... }` in a block is the one instance of a final local class `O$`. The JVM creates it on first use; so
here a local `def O` makes it into a local `var` the first time it is read. One whose making has no effect (a body
of methods, classes and vals of literals) is simply made where it stands, into a local `val O`."""
from __future__ import annotations

import dataclasses
from bisect import bisect_left
from functools import lru_cache

from ..syntax import ast
from . import tir
from .context import Context
from .packages import FILE_STRIDE
from .types import ERROR


@lru_cache(maxsize=None)
def _node_fields(cls: type) -> tuple[str, ...]:
    skip = {"span", "name_span", "op_span", "name", "op", "kind", "modifiers", "what"}
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in skip)


def _nodes(unit: ast.Node):
    """Every node of a file's tree (in no particular order)."""
    stack: list = [unit]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, ast.Node):
            continue
        yield node
        for name in _node_fields(type(node)):
            value = getattr(node, name)
            if isinstance(value, (ast.Node, list)):
                stack.append(value)


def anonymous_starts(unit: ast.Node) -> list[int]:
    """Where each `new ... { ... }` of a file starts, in source order (so an enclosing one comes first)."""
    return sorted(node.span.start for node in _nodes(unit) if isinstance(node, ast.NewAnonymous))


def local_class_starts(unit: ast.Node) -> dict[str, list[int]]:
    """Where each class a block of the file defines starts, by name, in source order (an object's class under its
    name and `$`, as the object is a class `O$` here)."""
    found: dict[str, list[int]] = {}
    for node in _nodes(unit):
        if isinstance(node, ast.Block):
            for stat in node.stats:
                if isinstance(stat, ast.ClassDef):
                    found.setdefault(stat.name, []).append(stat.span.start)
                elif isinstance(stat, ast.ObjectDef):
                    found.setdefault(stat.name + "$", []).append(stat.span.start)
    for starts in found.values():
        starts.sort()
    return found


def _constant(e) -> bool:
    if isinstance(e, ast.Literal):
        return True
    if isinstance(e, ast.Prefix):
        return _constant(e.operand)
    if isinstance(e, ast.Infix):
        return _constant(e.lhs) and _constant(e.rhs)
    return False


def _quiet(stat) -> bool:
    """A statement of an object body that does nothing when the object is made."""
    if isinstance(stat, (ast.DefDef, ast.TypeAlias)):
        return True
    if isinstance(stat, ast.ClassDef):
        return "case" not in stat.modifiers
    if isinstance(stat, ast.ValDef):
        return stat.rhs is None or _constant(stat.rhs)
    return False


class AnonymousClassTyping:
    """Anonymous classes (a mixin of the Typer)."""

    def expr_NewAnonymous(self, node: ast.NewAnonymous, ctx: Context, expected):
        made = self.anonymous_classes
        cls = made.get(id(node))
        if cls is None:
            name = f"$anon${self.anonymous_ordinal(node)}"
            while name in self.program.classes:  # another file's (local classes are known by their simple names
                name += "$"                       # program-wide: the JVM name then differs, a known limit)
            defn = dataclasses.replace(node.defn, name=name)
            cls = self.enter_local_classes([defn], ctx).get(id(defn))
            if cls is None:
                return tir.ErrorNode(node.span, ERROR)
            made[id(node)] = cls
            self.check_local_class(cls)
        return self.construct(cls, [], node.span, ctx)

    def anonymous_ordinal(self, node: ast.NewAnonymous) -> int:
        """The anonymous class's number in its file (1 for the first in source order)."""
        index = node.span.start // FILE_STRIDE
        starts = self.anonymous_order.get(index)
        if starts is None:
            unit = next((u for u in self.units if u.span.start // FILE_STRIDE == index), None)
            starts = self.anonymous_order[index] = anonymous_starts(unit) if unit is not None else []
        return bisect_left(starts, node.span.start) + 1

    def local_object(self, defn: ast.ObjectDef) -> list | None:
        """`object O { ... }` in a block as the statements `class O$ ...; val O = new O$`, or None (reported) when
        it cannot be made where it stands."""
        made = self.local_objects
        if id(defn) in made:
            return made[id(defn)]
        stats = None
        if "case" in defn.modifiers:
            self.unsupported("a case object defined inside a method", defn.name_span)
        else:
            cls = ast.ClassDef(defn.span, f"{defn.name}$", defn.name_span, [], defn.body, ["final"], defn.annotations,
                               [], defn.parents, defn.super_args)
            at = defn.name_span
            made_new = ast.New(at, ast.TypeRef(at, cls.name), [])
            if all(_quiet(stat) for stat in defn.body):  # making it cannot be seen: made where it stands
                stats = [cls, ast.ValDef(defn.span, defn.name, at, None, made_new, False)]
            else:  # made on first use, as the JVM does: `var O$module: O$ = null; def O = { if (...) ...; O$module }`
                held = f"{defn.name}$module"
                read = ast.Ident(at, held)
                is_null = ast.Infix(at, "==", at, read, ast.Literal(at, "null", None))
                make = ast.If(at, is_null, ast.Assign(at, ast.Ident(at, held), made_new), None)
                getter = ast.DefDef(defn.span, defn.name, at, None, ast.TypeRef(at, cls.name),
                                    ast.Block(at, [make, ast.Ident(at, held)]))
                holder = ast.ValDef(at, held, at, ast.TypeRef(at, cls.name), ast.Literal(at, "null", None), True,
                                    ["synthetic"])  # (a second object of the name is reported once, at `def O`)
                stats = [cls, holder, getter]
        made[id(defn)] = stats
        return stats
