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


def walk_moved(node: ast.Node) -> Iterator[tuple[ast.Node, object]]:
    """Every node with the move its spans need (None: as they are). The body of a method an edit moved is copied
    with moved spans only when first read (syntax/reuse.py): here it is walked unmoved, with its pending move,
    so that a query over the whole tree after a key does not copy every body."""
    from ..syntax.reuse import then

    stack: list[tuple[ast.Node, object]] = [(node, None)]
    while stack:
        n, move = stack.pop()
        yield n, move
        pending = n.__dict__.get("_moved_body") if isinstance(n, ast.DefDef) else None
        if pending is None:
            stack.extend((child, move) for child in reversed(list(children(n))))
            continue
        body, inner = pending
        kids: list[tuple[ast.Node, object]] = []
        for name in _child_fields(type(n)):  # (children's order, the body unmoved in its place)
            if name == "body":
                if isinstance(body, ast.Node) and not is_synthetic(body):
                    kids.append((body, inner if move is None else then(inner, move)))
                continue
            value = getattr(n, name)
            items = [value] if isinstance(value, ast.Node) else value if isinstance(value, list) else ()
            kids += [(item, move) for item in items if isinstance(item, ast.Node) and not is_synthetic(item)]
        stack.extend(reversed(kids))


def contains(span: Span, offset: int) -> bool:
    return span.start <= offset <= span.end
