"""Whether a `match` covers every value, as scalac's warning decides it: a scrutinee whose values can be listed
(Boolean, a sealed hierarchy, a tuple with such a part) is checked; the cases (a guard taken as true, as scalac
2.11 takes it) must cover every combination of constructors, and what is left over is shown as scalac shows it (`(false, _)`, `Circle(_)`).

The search is the usual one over a matrix of patterns (a row per case, a column per part still to look at):
a column whose type has a finite list of constructors is split by constructor, any other column keeps only the
rows whose pattern there takes everything.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..syntax import ast
from .types import BOOLEAN, TupleType, Type

WILD = "_"


@dataclass(frozen=True)
class Ctor:
    """A constructor of a finite domain: a Boolean value, a case class (its field types), a tuple, an object."""

    name: str  # as shown in the warning: `true`, `P`, `` for a tuple, `Dot`
    fields: tuple[Type, ...] = ()
    key: object = None  # what identifies it (the class symbol, the Boolean value)
    parens: bool = False  # a case class: shown with its fields, `E()` even with none

    def show(self, parts: list[str]) -> str:
        if self.key == "tuple":
            return "(" + ", ".join(parts) + ")"
        return self.name + ("(" + ", ".join(parts) + ")" if self.parens else "")


class Space:
    """The constructors of a type, from the typer's view of the program (None: too many to list)."""

    def __init__(self, typer) -> None:
        self.typer = typer

    def constructors(self, t: Type, top: bool = False) -> list[Ctor] | None:
        if t is BOOLEAN:
            return [Ctor("true", key=True), Ctor("false", key=False)]
        if isinstance(t, TupleType):
            return [Ctor("", tuple(t.elements), "tuple")]
        symbol = getattr(t, "symbol", None)
        sealed = self.typer.sealed_cases(symbol) if symbol is not None else None
        if sealed is not None:
            return sealed
        if not top and symbol is not None and self.typer.case_fields(symbol) is not None \
                and "final" in symbol.defn.modifiers:  # like a tuple; scalac leaves other case classes unlisted
            return [self.typer.case_ctor(symbol)]
        return None

    def checkable(self, t: Type) -> bool:
        """scalac checks a scrutinee whose values it can enumerate, or a tuple with such a part."""
        if isinstance(t, TupleType):
            return any(self.checkable(e) for e in t.elements)
        return self.constructors(t, top=True) is not None


def head(typer, pattern: ast.Pattern, t: Type):
    """A pattern as the checker sees it: WILD, a (Ctor, sub-patterns) pair, a list of alternatives, or None for a
    pattern that takes some values of an infinite domain (a literal number, a stable identifier)."""
    if isinstance(pattern, (ast.WildcardPattern, ast.BindPattern)):
        return WILD
    if isinstance(pattern, ast.BinderPattern):
        return head(typer, pattern.pattern, t)
    if isinstance(pattern, ast.TypedPattern):
        return typer.typed_head(pattern, t)
    if isinstance(pattern, ast.AlternativePattern):
        return [head(typer, alt, t) for alt in pattern.alternatives]
    if isinstance(pattern, ast.LiteralPattern) and t is BOOLEAN and isinstance(pattern.literal.value, bool):
        value = pattern.literal.value
        return Ctor("true" if value else "false", key=value), []
    if isinstance(pattern, ast.TuplePattern) and isinstance(t, TupleType):
        return Ctor("", tuple(t.elements), "tuple"), list(pattern.elements)
    if isinstance(pattern, ast.ConstructorPattern):
        return typer.constructor_head(pattern)
    if isinstance(pattern, ast.StableIdPattern):
        return typer.stable_head(pattern)
    return None


def missing(typer, rows: list[list], types: list[Type], space: Space, limit: int = 8) -> list[list[str]]:
    """The value vectors (as shown) that no row matches; empty when the rows cover everything."""
    if not rows:
        return [[WILD] * len(types)]
    if not types:
        return []
    rows = _expand(typer, rows, types[0])
    t, rest = types[0], types[1:]
    ctors = space.constructors(t)
    heads = [r[0] for r in rows]
    used = [h[0] for h in heads if isinstance(h, tuple)]
    if ctors is None or not used:
        # A constructor pattern of a type scalac does not list (a case class outside a sealed hierarchy) counts as
        # taking every value there, as scalac approximates it.
        default = [r[1:] for r in rows if r[0] == WILD or (ctors is None and isinstance(r[0], tuple))]
        return [[WILD, *w] for w in missing(typer, default, rest, space, limit)]
    out: list[list[str]] = []
    for c in ctors:
        arity = len(c.fields)
        special = []
        for r in rows:
            h = r[0]
            if h == WILD:
                special.append([WILD] * arity + r[1:])
            elif isinstance(h, tuple) and h[0].key == c.key and h[0].name == c.name:
                special.append(list(h[1]) + r[1:])
        for w in missing(typer, special, list(c.fields) + rest, space, limit):
            out.append([c.show(w[:arity]), *w[arity:]])
            if len(out) >= limit:
                return out
    return out


def _expand(typer, rows: list[list], t: Type) -> list[list]:
    """Rows with their first pattern as the checker sees it, alternatives split into rows of their own."""
    out = []
    for r in rows:
        h = r[0] if (r[0] == WILD or isinstance(r[0], tuple) or r[0] is None) else head(typer, r[0], t)
        if isinstance(h, list):
            out.extend(_expand(typer, [[alt, *r[1:]] for alt in h], t))
        elif h is not None:
            out.append([h, *r[1:]])
    return out


def uncovered(typer, node: ast.Match, t: Type) -> list[str]:
    """What the unguarded cases of a checkable match leave out, as scalac lists it; empty when exhaustive."""
    space = Space(typer)
    if not space.checkable(t):
        return []
    rows = [[c.pattern] for c in node.cases]  # scalac 2.11 counts a guarded case as covering its pattern
    return sorted(w[0] for w in missing(typer, rows, [t], space))  # scalac lists them in this order
