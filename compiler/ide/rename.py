"""Renaming: which names change (a class with its constructor calls and its companion object), and which new names
are refused (not a Scala identifier, a reserved word, or a clash in the scope)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..source import Span
from .symbols import METHOD, Entity, SymbolIndex

RESERVED = frozenset("""
abstract case catch class def do else extends false final finally for forSome if implicit import lazy macro match new
null object override package private protected return sealed super this throw trait try true type val var while with
yield _ : = => <- <: <% >: # @
""".split())
_OPCHARS = r"[!#%&*+\-/:<=>?@\\^|~]"
_IDENTIFIER = re.compile(rf"(?:[^\W\d]|\$)[\w$]*?(?:_{_OPCHARS}+)?")
_OPERATOR = re.compile(rf"{_OPCHARS}+")


@dataclass
class RenamePlan:
    """The name spans to replace (program offsets), or why the rename is refused."""

    entity: Entity | None
    spans: list[Span] = field(default_factory=list)
    problem: str | None = None


def identifier_problem(name: str, entity: Entity) -> str | None:
    """Why `name` cannot be written as the new name of entity, or None."""
    if name in RESERVED:
        return f"`{name}` is a reserved word of Scala"
    if _IDENTIFIER.fullmatch(name):
        return None
    if _OPERATOR.fullmatch(name):
        return None if entity.kind == METHOD else f"`{name}` is an operator: only a method may be named so"
    return f"`{name}` is not a Scala identifier"


def plan_rename(index: SymbolIndex, offset: int, new_name: str | None = None) -> RenamePlan:
    """What renaming the name at a program offset changes. Without new_name: only whether it can be renamed
    (prepareRename)."""
    entity = index.at(offset)
    if entity is None:
        return RenamePlan(None, problem="there is no symbol of this program here")
    group = index.companions(entity)
    spans = sorted({s for e in group for s in e.occurrences}, key=lambda s: s.start)
    written = [s for s in spans if index.text(s).decode("utf-8", "replace") != entity.name]
    if written:
        return RenamePlan(entity, problem=f"`{entity.name}` is written differently at some use (backquoted?)")
    if new_name is None or new_name == entity.name:
        return RenamePlan(entity, spans)
    problem = identifier_problem(new_name, entity) or index.clash(entity, new_name)
    return RenamePlan(entity, spans if problem is None else [], problem)
