"""What is at an offset: the symbol a name there refers to, the symbols by their definitions, and every name in
scope there. Generic over node kinds (dataclass fields, `syntax_walk`), so new kinds of nodes degrade to "nothing
found" rather than to a failure."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..semantics import symbols as sy
from ..source import Span
from ..syntax import ast
from .syntax_walk import chain_at, children, walk  # noqa: F401  (re-exported: the queries' one tree walk)


def reference_at(model, offset: int) -> tuple[Span, Any] | None:
    """The innermost (use span, symbol) the type checker recorded around the offset."""
    best = None
    for span, sym in getattr(model, "references", None) or ():
        if span.start <= offset <= span.end and (best is None or span.end - span.start < best[0].end - best[0].start):
            best = (span, sym)
    return best


# ------------------------------------------------------------------------------------------------ definitions


class DefinitionIndex:
    """Every symbol of a typed program by the span of its defining name (objects, classes, fields, methods,
    parameters, locals), and objects/classes by their syntax node: how a definition in the tree finds its symbol."""

    def __init__(self, program) -> None:
        self.by_span: dict[tuple[int, int], Any] = {}
        self.by_defn: dict[int, Any] = {}
        if program is None:
            return
        owners = [*getattr(program, "objects", {}).values(), *getattr(program, "classes", {}).values()]
        for owner in owners:
            self._add(owner)
            if getattr(owner, "defn", None) is not None:
                self.by_defn[id(owner.defn)] = owner
            for f in getattr(owner, "fields", {}).values():
                self._add(f)
            for p in getattr(owner, "params", ()) or ():
                self.by_span.setdefault(_key(p.span), p)
            for local in getattr(owner, "init_locals", ()) or ():
                self._add(local)
            methods = owner.every_method() if hasattr(owner, "every_method") else owner.methods.values()
            for m in methods:
                self._add_method(m)
        for m in getattr(program, "local_methods", ()) or ():
            self._add_method(m)

    def _add(self, sym) -> None:
        span = getattr(sym, "span", None)
        if isinstance(span, Span) and span.end > span.start:
            self.by_span[_key(span)] = sym

    def _add_method(self, m) -> None:
        self._add(m)
        if getattr(m, "defn", None) is not None:
            self.by_defn[id(m.defn)] = m
        for p in m.params or ():
            self._add(p)
        for local in m.locals or ():
            self.by_span.setdefault(_key(local.span), local)

    def at(self, span: Span | None):
        return None if span is None else self.by_span.get(_key(span))

    def of_definition(self, node):
        """The symbol of a definition node (object, class, def, val, parameter), or None."""
        found = self.by_defn.get(id(node))
        if found is None:
            found = self.at(getattr(node, "name_span", None))
        return found


def _key(span: Span) -> tuple[int, int]:
    return (span.start, span.end)


# ------------------------------------------------------------------------------------------------ scope


@dataclass(frozen=True)
class InScope:
    """A name visible at an offset: kind is "local", "parameter", "field", "method", "object", "class"; node is its
    definition in the tree (None for one from elsewhere), symbol the typer's (None when typing did not reach it)."""

    name: str
    kind: str
    node: Any
    symbol: Any


def scope_at(unit: ast.Node, index: DefinitionIndex, offset: int, program=None) -> list[InScope]:
    """Every name visible at the offset, innermost first (a shadowed name appears once, as its innermost
    definition): locals and parameters of the enclosing blocks, lambdas, cases and `for`s, then the members of
    the enclosing classes and objects, then the program's top-level objects and classes."""
    chain = chain_at(unit, offset)
    found: list[InScope] = []
    for depth in range(len(chain) - 1, -1, -1):
        node = chain[depth]
        inner = chain[depth + 1] if depth + 1 < len(chain) else None
        found.extend(_declared_in(node, inner, offset, index))
    if program is not None:
        for table, kind in ((getattr(program, "objects", {}), "object"), (getattr(program, "classes", {}), "class")):
            for key, sym in table.items():
                if "." not in key and getattr(sym, "outer", None) is None:
                    found.append(InScope(sym.name, kind, getattr(sym, "defn", None), sym))
    seen: set[str] = set()
    unique = []
    for entry in found:
        if entry.name not in seen and not entry.name.startswith("$"):
            seen.add(entry.name)
            unique.append(entry)
    return unique


def _declared_in(node, inner, offset: int, index: DefinitionIndex) -> list[InScope]:
    out: list[InScope] = []
    if isinstance(node, ast.Block):
        for stat in node.stats:
            before = stat.span.end <= offset and stat is not inner
            if isinstance(stat, ast.DefDef) or (before and isinstance(stat, (ast.ValDef, ast.PatternValDef))):
                out.extend(_definitions(stat, index, local=True))
        out.reverse()  # the latest definition shadows the earlier ones
    elif isinstance(node, ast.DefDef):
        for p in node.params or ():
            out.append(InScope(p.name, "parameter", p, index.at(p.name_span)))
    elif isinstance(node, ast.Lambda):
        for p in node.params:
            out.append(InScope(p.name, "parameter", p, index.at(p.name_span)))
    elif isinstance(node, ast.Case):
        out.extend(_pattern_names(node.pattern, index))
    elif isinstance(node, ast.For):
        for e in node.enumerators:
            if e is inner:
                break
            pattern = getattr(e, "pattern", None)
            if pattern is not None:
                out.extend(_pattern_names(pattern, index))
        out.reverse()
    elif isinstance(node, (ast.ClassDef, ast.ObjectDef)):
        owner = index.of_definition(node)
        if isinstance(node, ast.ClassDef):
            for p in node.params:
                sym = (getattr(owner, "fields", {}) or {}).get(p.name) if owner is not None else None
                out.append(InScope(p.name, "field", p, sym or index.at(p.name_span)))
        for stat in node.body:
            out.extend(_definitions(stat, index, local=False))
    return out


def _definitions(stat, index: DefinitionIndex, local: bool) -> list[InScope]:
    if isinstance(stat, ast.ValDef):
        return [InScope(stat.name, "local" if local else "field", stat, index.of_definition(stat))]
    if isinstance(stat, ast.DefDef):
        return [] if stat.name == "this" else [InScope(stat.name, "method", stat, index.of_definition(stat))]
    if isinstance(stat, ast.PatternValDef):
        return _pattern_names(stat.pattern, index)
    if isinstance(stat, ast.ObjectDef):
        return [InScope(stat.name, "object", stat, index.of_definition(stat))]
    if isinstance(stat, ast.ClassDef):
        return [InScope(stat.name, "class", stat, index.of_definition(stat))]
    return []


def _pattern_names(pattern, index: DefinitionIndex) -> list[InScope]:
    """The names a pattern binds (a bare name, inside tuples and alternatives, or any new pattern kind with a name)."""
    out = []
    for p in walk(pattern):
        name = getattr(p, "name", None)
        if isinstance(p, ast.Pattern) and isinstance(name, str) and name not in ("_",):
            out.append(InScope(name, "local", p, index.at(p.span)))
    return out


def enclosing_owner(chain: list, index: DefinitionIndex):
    """The innermost class or object symbol around the end of a chain."""
    for node in reversed(chain):
        if isinstance(node, (ast.ClassDef, ast.ObjectDef)):
            owner = index.of_definition(node)
            if owner is not None:
                return owner
    return None
