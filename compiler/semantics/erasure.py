"""Erased type patterns: what `case v: Vector[Int]` binds when the JVM, which erases the element type, matches it.

On the JVM `isInstanceOf[Vector[Int]]` and the pattern test only that the value is a Vector (scalac warns the
argument is "unchecked"): a Vector[Char] or a Vector[String] matches too, and the body fails with a
ClassCastException only where it reads an element as an Int. Here each element type has a Vector type of its own
(lowering/wasmtypes.vector_type), so the test is erased in the lowering (`isVectorOnly`) and the value bound is
rebuilt at the pattern's type (`vector_cast`, each element cast as `asInstanceOf[Int]` would). That cast fails at
the match, not at the first read: where the body never reads an element at its type (its length, emptiness,
string form, equality), the name is bound as a `Vector[Any]` instead, which any Vector becomes without failing, so
the body answers as on the JVM whatever the elements are.
"""
from __future__ import annotations

import dataclasses
from functools import lru_cache

from ..syntax import ast
from .types import ANY, ArrayType, Type, is_top

# What a body may do with a Vector without reading its elements at their type (the JVM's erased value answers
# these whatever its elements are; a Vector[Any] here answers them the same).
_ELEMENT_FREE = frozenset({"length", "size", "isEmpty", "nonEmpty", "toString", "mkString", "hashCode", "##",
                           "indices", "lengthCompare", "equals", "==", "!=", "eq", "ne"})
_PRINTERS = frozenset({"println", "print"})


def is_indexed_seq(written: ast.TypeRef, target: Type) -> bool:
    """`IndexedSeq[A]` as written (the type of a Vector here, as `Vector[A]` is): a Range is one too on the JVM, so
    its tests and casts take Ranges (the lowering's `isVector` and `any.asIndexedSeq`)."""
    return isinstance(target, ArrayType) and target.is_seq and written.name == "IndexedSeq"


def erased_binding(target: Type, name: str | None, uses: list | None) -> Type:
    """The type `case name: target` binds its value at: target, or `Vector[Any]` for a Vector pattern of another
    element type whose name the code in uses (the case's guard and body; None: unknown) never reads an element of."""
    if not (isinstance(target, ArrayType) and target.is_seq) or is_top(target.element) or name is None \
            or uses is None:
        return target
    if any(_reads_elements(name, node) for node in uses if node is not None):
        return target
    return ArrayType(ANY, True)


def _reads_elements(name: str, root: ast.Node) -> bool:
    """Whether some use of `name` under root may read the value's elements (any use but the element-free ones)."""
    stack: list[tuple[ast.Node, ast.Node | None]] = [(root, None)]
    while stack:
        node, parent = stack.pop()
        if isinstance(node, ast.Ident) and node.name == name and not _element_free(node, parent):
            return True
        stack.extend((child, node) for child in _children(node))
    return False


def _element_free(use: ast.Ident, parent: ast.Node | None) -> bool:
    if isinstance(parent, ast.Select) and parent.qualifier is use:
        return parent.name in _ELEMENT_FREE
    if isinstance(parent, ast.Infix):  # `"n=" + v`, `v == w`: a Vector has no other `+`
        return parent.op in ("+", "==", "!=")
    if isinstance(parent, ast.Interpolated):  # `s"$v"`
        return parent.interpolator == "s"
    if isinstance(parent, ast.Apply) and isinstance(parent.fn, ast.Ident) and parent.fn.name in _PRINTERS:
        return True
    return False


@lru_cache(maxsize=None)
def _child_fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in ("span", "name_span", "op_span"))


def _children(node: ast.Node):
    for field in _child_fields(type(node)):
        value = getattr(node, field)
        if isinstance(value, ast.Node):
            yield value
        elif isinstance(value, list):
            yield from (item for item in value if isinstance(item, ast.Node))
