"""Whether a `match` covers every value, as scalac 2.11's warning decides it: a scrutinee whose values can be listed
(Boolean, a sealed hierarchy, a tuple with such a part) is checked, and what the cases leave out is shown as scalac
shows it (`(false, _)`, `Circle(_)`, `Mix(Green, _)`).

scalac's analysis works on the places the patterns test (the scrutinee, a field of a constructor, an element of a
tuple): each tested place takes each of its values (the constructors of its type, or the literals written there
and "any other" `_`), an untested place stays `_`. The counterexamples are the combinations that no case matches,
sorted as text. A match with a guard is not checked at all (scalac backs off, as it does for extractors).
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import product

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


# The search's own view of a pattern: WILD, NOMATCH (some values of a domain too large to list), _Lit, _Con or _Alt.
NOMATCH = "<none>"
_BUDGET = 4096  # combinations tried before giving up quietly (scalac also stops past a budget)


@dataclass(frozen=True)
class _Lit:
    key: object
    text: str


@dataclass(frozen=True)
class _Con:
    ctor: Ctor
    parts: tuple


@dataclass(frozen=True)
class _Alt:
    options: tuple


_OTHER = _Lit("<other>", WILD)  # any value other than the literals written at a place


def _other(t: Type, path: tuple, literals: list) -> _Lit:
    """Any value but the literals written at a place: `_` inside a tuple, else as scalac 2.11 shows it,
    `(x: Int forSome x not in (1, 2))`."""
    if not literals or any(step[0] == "tuple" for step in path):
        return _OTHER
    listed = literals[0].text if len(literals) == 1 else "(" + ", ".join(lit.text for lit in literals) + ")"
    return _Lit(_OTHER.key, f"(x: {t.name} forSome x not in {listed})")


class _TooMany(Exception):
    pass


def _literal(pattern) -> _Lit | None:
    if isinstance(pattern, ast.LiteralPattern):
        value = pattern.literal.value
        text = f'"{value}"' if pattern.literal.kind == "string" else f"'{value}'" \
            if pattern.literal.kind == "char" else str(value)
        return _Lit((pattern.literal.kind, value), text)
    return None


def _norm(typer, pattern, t: Type, space: Space):
    """A pattern on a value of type t in the search's terms."""
    if isinstance(pattern, (_Lit, _Con, _Alt)) or pattern in (WILD, NOMATCH):
        return pattern
    lit = _literal(pattern)
    if lit is not None and t is not BOOLEAN:
        return lit
    h = head(typer, pattern, t) if isinstance(pattern, ast.Pattern) else pattern  # (a head already: an alternative)
    if h is None:
        return NOMATCH
    if h == WILD:
        return WILD
    if isinstance(h, list):
        return _Alt(tuple(_norm(typer, alt, t, space) for alt in h))
    if isinstance(h, tuple):
        ctor, subs = h
        if space.constructors(t) is None:
            return WILD  # a constructor of a type scalac does not list counts as taking every value there
        return _Con(ctor, tuple(_norm(typer, sub, ft, space) for sub, ft in zip(subs, ctor.fields)))
    return NOMATCH


def _tested(row, path: tuple, places: dict) -> None:
    """Record the places a pattern tests, with the literals it compares them with."""
    if isinstance(row, _Alt):
        for option in row.options:
            _tested(option, path, places)
    elif isinstance(row, _Con):
        places.setdefault(path, [])
        for i, part in enumerate(row.parts):
            _tested(part, path + ((row.ctor.key, row.ctor.name, i),), places)
    elif isinstance(row, _Lit):
        seen = places.setdefault(path, [])
        if row not in seen:
            seen.append(row)
    elif row == NOMATCH:
        places.setdefault(path, [])


def _values(t: Type, path: tuple, places: dict, space: Space, budget: list):
    """Every value the search tells apart at a place (WILD where nothing tests it)."""
    if path not in places:
        return [WILD]
    ctors = space.constructors(t)
    if ctors is None:
        return [*places[path], _other(t, path, places[path])]
    out = []
    for c in ctors:
        parts = [_values(ft, path + ((c.key, c.name, i),), places, space, budget) for i, ft in enumerate(c.fields)]
        for combo in product(*parts):
            budget[0] -= 1
            if budget[0] < 0:
                raise _TooMany
            out.append(_Con(c, combo))
    return out


def _matches(row, value) -> bool:
    if row == WILD:
        return True
    if isinstance(row, _Alt):
        return any(_matches(option, value) for option in row.options)
    if isinstance(row, _Con):
        return isinstance(value, _Con) and value.ctor.key == row.ctor.key and value.ctor.name == row.ctor.name \
            and all(_matches(r, v) for r, v in zip(row.parts, value.parts))
    if isinstance(row, _Lit):
        return row == value
    return False


def _show(value) -> str:
    if isinstance(value, _Con):
        return value.ctor.show([_show(p) for p in value.parts])
    if isinstance(value, _Lit):
        return value.text
    return WILD


def uncovered(typer, node: ast.Match, t: Type) -> list[str]:
    """What the cases of a checkable match leave out, as scalac lists it; empty when exhaustive."""
    space = Space(typer)
    if not space.checkable(t):
        return []
    if any(c.guard is not None for c in node.cases):
        return []  # scalac 2.11 backs off from matches with guards (MatchAnalysis: "back off when there are guards")
    rows = [_norm(typer, c.pattern, t, space) for c in node.cases]
    places: dict = {(): []}
    for row in rows:
        _tested(row, (), places)
    try:
        values = _values(t, (), places, space, [_BUDGET])
    except _TooMany:
        return []
    left = [_show(v) for v in values if not any(_matches(row, v) for row in rows)]
    return sorted(left)  # scalac lists them in this order
