"""Inlay hints: the inferred type after a `val`/`var`/`def` written without one, and at each memory access whether
its bounds check was proven away (the range analysis the lowering acts on) or will run."""
from __future__ import annotations

from dataclasses import dataclass

from ..semantics import tir
from ..semantics.types import ERROR, NOTHING
from ..syntax import ast
from . import describe
from .tree import DefinitionIndex, walk


@dataclass(frozen=True)
class InlayHint:
    offset: int  # byte offset the hint stands at
    label: str
    kind: str  # "type" or "bounds"
    tooltip: str = ""
    insert: str | None = None  # the text that makes the hint part of the program (a type annotation)


def type_hints(analysis, start: int = 0, end: int | None = None, index: DefinitionIndex | None = None) -> list[InlayHint]:
    """`: T` after each definition without a written type whose name lies in start..end."""
    unit = getattr(analysis, "unit", None)
    if unit is None:
        return []
    data = analysis.source.data
    end = len(data) if end is None else end
    index = index or DefinitionIndex(getattr(analysis, "program", None))
    node_types = getattr(getattr(analysis, "model", None), "node_types", {}) or {}
    hints = []
    for node in walk(unit):
        name_span = getattr(node, "name_span", None)
        if name_span is None or not (start <= name_span.end <= end):
            continue
        if isinstance(node, ast.ValDef) and node.tpe is None and node.rhs is not None:
            sym = index.of_definition(node)
            tpe = getattr(sym, "tpe", None) or node_types.get(node.rhs)
            at = name_span.end
        elif isinstance(node, ast.DefDef) and node.ret is None and node.body is not None and node.name != "this":
            at = _after_params(data, node)
            if at is None:
                continue  # procedure syntax `def f() { ... }`: Unit by definition, nothing inferred
            tpe = getattr(index.of_definition(node), "result", None)
        else:
            continue
        if tpe is None or tpe is ERROR or tpe is NOTHING:
            continue
        name = describe.type_name(tpe)
        hints.append(InlayHint(at, f": {name}", "type", insert=f": {name}"))
    return sorted(hints, key=lambda h: h.offset)


def _after_params(data: bytes, node: ast.DefDef) -> int | None:
    """Where a result type would be written: after the closing `)` of the parameters (after the name when there
    are none); None for procedure syntax (no `=` before the body)."""
    at = node.name_span.end
    if node.params is not None:
        last = node.params[-1].span.end if node.params else node.name_span.end
        close = data.find(b")", last)
        if close < 0 or close > node.body.span.start:
            return None
        at = close + 1
    between = data[at:node.body.span.start]
    return at if b"=" in between else None


def segment_accesses(program):
    """Every typed `MemorySegment` read and write of the program (methods of every object and class, every
    alternative of an overloaded name, constructors, initializers, local defs)."""
    if program is None:
        return
    bodies = [m.body for m in getattr(program, "local_methods", ())]
    for owner in (*program.objects.values(), *program.classes.values()):
        methods = owner.every_method() if hasattr(owner, "every_method") else owner.methods.values()
        bodies += [m.body for m in methods] + [getattr(owner, "init", None)]
    for body in bodies:
        if isinstance(body, tir.Expr):
            for n in tir.walk(body):
                if isinstance(n, tir.SegmentAccess):
                    yield n


def bounds_hints(analysis, unchecked: bool, start: int = 0, end: int | None = None) -> list[InlayHint]:
    """At the end of each memory access in start..end: its bounds check elided (proven, or an unchecked build) or
    run."""
    from ..intrinsics.ranges import describe_proof

    data_length = len(analysis.source.data)
    end = data_length if end is None else end
    hints = []
    seen = set()
    for access in segment_accesses(getattr(analysis, "program", None)):
        at = access.span.end
        if not (start <= at <= end) or at > data_length or at in seen:
            continue
        seen.add(at)
        proof = describe_proof(access)
        if unchecked:
            hints.append(InlayHint(at, "unchecked", "bounds", "No bounds check: the build is unchecked."))
        elif proof is not None:
            hints.append(InlayHint(at, "✓ no check", "bounds", f"Bounds check elided: {proof}."))
        else:
            hints.append(InlayHint(at, "checked", "bounds", "The bounds check runs: the range analysis could not "
                                   "prove this offset within the segment's size."))
    return sorted(hints, key=lambda h: h.offset)
