"""The shape of a file for an editor: foldable regions, the nested spans around a position (selection ranges), the
definitions a workspace symbol search finds, and the diagnostic codes written in comments (links to their docs)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..diagnostics import registry
from ..source import Span
from ..syntax import ast
from .syntax_walk import chain_at, walk_moved
from .tokens import Token

# Nodes whose extent is worth folding when it covers several lines.
_FOLDABLE = (ast.ObjectDef, ast.ClassDef, ast.DefDef, ast.Block, ast.Match, ast.Case, ast.Lambda, ast.For, ast.If,
             ast.While, ast.DoWhile, ast.Apply, ast.New, ast.Interpolated)


@dataclass(frozen=True)
class Fold:
    span: Span  # byte offsets; the server turns them into lines
    kind: str  # "region", "comment" or "imports"


def folds(unit, tokens: list[Token]) -> list[Fold]:
    """Definitions, blocks and multi-line expressions; comments over several lines; runs of imports."""
    found: list[Fold] = []
    if unit is not None:
        for node, move in walk_moved(unit):  # (the bodies an edit moved are not copied for this)
            if isinstance(node, _FOLDABLE):
                found.append(Fold(node.span if move is None else move(node.span), "region"))
        imports = sorted((i.span for i in getattr(unit, "imports", ())), key=lambda s: s.start)
        if len(imports) > 1:
            found.append(Fold(Span(imports[0].start, imports[-1].end), "imports"))
    found += [Fold(Span(t.start, t.end), "comment") for t in tokens if t.kind == "comment"]
    return found


def selection_spans(unit, offset: int, index=None) -> list[Span]:
    """The spans around an offset, innermost first, each strictly inside the next: the name under the cursor, then
    every enclosing syntax node up to the file."""
    if unit is None:
        return []
    spans: list[Span] = []
    for node in reversed(chain_at(unit, offset)):
        name = getattr(node, "name_span", None)
        if isinstance(name, Span) and name.start <= offset <= name.end and not spans:
            spans.append(name)
        if node.span.end > node.span.start:
            spans.append(node.span)
    if index is not None:
        entity = index.at(offset)
        named = [s for s in ([entity.definition] + entity.uses if entity else []) if s.start <= offset <= s.end]
        spans = named[:1] + spans
    nested: list[Span] = []
    for span in spans:
        if not nested or (span.start <= nested[-1].start and nested[-1].end <= span.end and span != nested[-1]):
            nested.append(span)
    return nested


@dataclass(frozen=True)
class Definition:
    """A named definition for workspace symbol search."""

    name: str
    kind: str  # "object", "class", "method", "field", "type"
    span: Span  # the whole definition
    name_span: Span
    container: str | None  # the enclosing object or class


def definitions(unit) -> list[Definition]:
    """The members a workspace search lists: objects, classes, their methods, fields and types, at any depth of
    objects and classes (not the locals inside method bodies)."""
    found: list[Definition] = []
    if unit is None:
        return found
    stack: list[tuple[object, str | None]] = [(d, None) for d in reversed(getattr(unit, "defs", ()))]
    while stack:
        node, container = stack.pop()
        kind = _DEFINITION_KINDS.get(type(node))
        if kind is None:
            continue
        if isinstance(node, ast.ValDef) and node.mutable:
            kind = "variable"
        found.append(Definition(node.name, kind, node.span, node.name_span, container))
        if isinstance(node, (ast.ObjectDef, ast.ClassDef)):
            stack += [(s, node.name) for s in reversed(node.body)]
    return found


_DEFINITION_KINDS = {ast.ObjectDef: "object", ast.ClassDef: "class", ast.DefDef: "method", ast.ValDef: "field",
                     ast.TypeAlias: "type"}


def matches(query: str, name: str) -> bool:
    """A workspace-symbol query matches a name when its characters appear in order (case-insensitive)."""
    it = iter(name.lower())
    return all(c in it for c in query.lower())


def code_mentions(data: bytes, tokens: list[Token]) -> list[tuple[Span, str]]:
    """Diagnostic codes written in comments (`// expect: error segment-escape`): (span, code)."""
    codes = {code.encode() for code in registry()}
    found: list[tuple[Span, str]] = []
    for t in tokens:
        if t.kind != "comment":
            continue
        for m in _WORD.finditer(data, t.start, t.end):
            if m.group() in codes:
                found.append((Span(m.start(), m.end()), m.group().decode()))
    return found


_WORD = re.compile(rb"(?<![\w-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?![\w-])")

