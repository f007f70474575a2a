"""Finding nodes of the compiler's syntax tree by position (the tree is plain dataclasses with byte spans)."""
from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import Iterator

from ..source import Span
from ..syntax import ast
from ..syntax.caseclasses import is_synthetic


@lru_cache(maxsize=None)
def _child_fields(cls: type) -> tuple[str, ...]:
    # never nodes (`value` is: of an assignment, a named argument's)
    skip = {"span", "name_span", "op_span", "name", "op", "kind", "modifiers", "what"}
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in skip)


def children(node: ast.Node) -> Iterator[ast.Node]:
    """The written children: a case class's generated members (at its name's span) are left out."""
    for name in _child_fields(type(node)):
        value = getattr(node, name)
        if isinstance(value, ast.Node):
            if not is_synthetic(value):
                yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, ast.Node) and not is_synthetic(item):
                    yield item


def header_children(defn: ast.DefDef) -> Iterator[ast.Node]:
    """A method's written children but its body (which is not read: an edit may have left it to be copied)."""
    for name in _child_fields(type(defn)):
        if name == "body":
            continue
        value = getattr(defn, name)
        if isinstance(value, ast.Node):
            if not is_synthetic(value):
                yield value
        elif isinstance(value, list):
            yield from (item for item in value if isinstance(item, ast.Node) and not is_synthetic(item))


def chain_at(unit: ast.Node, offset: int) -> list[ast.Node]:
    """The nodes whose span holds the offset, outermost first (an offset at a node's end counts, for cursors)."""
    chain: list[ast.Node] = []
    node: ast.Node | None = unit
    while node is not None:
        chain.append(node)
        node = next((c for c in children(node) if c.span.start <= offset <= c.span.end and c.span.end > c.span.start),
                    None)
    return chain


def walk(node: ast.Node) -> Iterator[ast.Node]:
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(list(children(n))))


def contains(span: Span, offset: int) -> bool:
    return span.start <= offset <= span.end
