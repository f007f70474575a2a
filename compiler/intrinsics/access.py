"""Segment accesses lowered fast (when optimising): start and bounds of a `val` segment kept in locals, one unsigned
compare per checked access, constant offsets folded into the instruction, and a load reused while nothing can have
changed it. The JVM's behaviour is kept exactly: the same exception at the same access when it really fails.

A `val` segment (or parameter) never changes, and neither does whether its scope has ended while the val is in
scope: a scope ends only when its block exits, and a val declared inside that block is gone by then, while a
segment from an enclosing frame's scope stays as it was for the whole call. So at the definition of the val the
lowering computes, once, the segment's start and for each access width W a bound: `max(size - W + 1, 0)`, or 0 when
the segment is null or its scope has ended. Every checked access is then `offset >=u bound`: a failed compare goes
to a slow path that repeats the original checks in their order (null, ended scope, bounds) to fail exactly as the
unoptimised code does.
"""
from __future__ import annotations

import weakref
from dataclasses import dataclass, field

from ..semantics import tir
from ..semantics.symbols import LocalSymbol
from ..semantics.types import INT
from ..wasm import I32, LocalId
from .library import LOAD_OPS, MEMORY_SEGMENT, STORE_OPS, WIDTHS

HEAP_START = 16384  # every segment starts at or above it (lowering/codegen.py), so a fold of up to this many bytes
#                     into the offset immediate cannot make start + base wrap below zero

_PURE_OPS = {"+", "-", "*", "&", "|", "^", "<<", ">>", ">>>"}  # offset arithmetic that cannot fail


@dataclass
class SegmentLocals:
    """A val segment's start and per-width bounds, computed once where the val is defined."""

    start: LocalId
    bounds: dict[int, LocalId]  # width -> max(size - width + 1, 0), or 0 for a null or ended segment


@dataclass
class FunctionPlan:
    """What the function's accesses need, found before its body is lowered."""

    widths: dict[LocalSymbol, set[int]] = field(default_factory=dict)  # val segment -> widths of checked accesses
    fresh: set[LocalSymbol] = field(default_factory=set)  # vals holding a fresh allocation (never null, alive)
    repeated_loads: set[tuple] = field(default_factory=set)  # load keys that occur more than once
    segments: dict[LocalSymbol, SegmentLocals] = field(default_factory=dict)
    loads: dict[tuple, tuple[LocalId, int, tuple]] = field(default_factory=dict)  # key -> (value, position, deps)


_PLANS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # FunctionLowering -> FunctionPlan


def offset_key(e: tir.Expr):
    """A structural key of a pure offset expression over locals and constants, or None."""
    if isinstance(e, tir.Const) and isinstance(e.value, int):
        return ("c", e.value)
    if isinstance(e, tir.LocalGet):
        return ("l", e.sym)
    if isinstance(e, tir.Binary) and e.op in _PURE_OPS and e.operand_type is INT:
        lhs, rhs = offset_key(e.lhs), offset_key(e.rhs)
        if lhs is not None and rhs is not None:
            return (e.op, lhs, rhs)
    return None


def _key_locals(key) -> set[LocalSymbol]:
    if key[0] == "l":
        return {key[1]}
    if key[0] == "c":
        return set()
    return _key_locals(key[1]) | _key_locals(key[2])


def load_key(e: tir.SegmentAccess):
    if e.is_set or not isinstance(e.segment, tir.LocalGet):
        return None
    offset = offset_key(e.offset)
    return None if offset is None else (e.segment.sym, offset, e.value_type)


def plan_function(g, method, unchecked: bool) -> FunctionPlan:
    """Which val segments are worth locals: those accessed more than once, or inside a loop that their definition
    is not in (a single access gains nothing from them)."""
    plan = FunctionPlan()
    seen_loads: set[tuple] = set()
    defined_at: dict[LocalSymbol, int] = {p: 0 for p in method.params or ()}  # loop depth of the definition
    accesses: dict[LocalSymbol, list[tuple[int, tir.SegmentAccess]]] = {}

    # In preorder with an explicit stack: a nested function calling itself is a cycle that only the cycle collector
    # frees (one per lowered function, holding its plan).
    stack: list[tuple[tir.Expr, int]] = [(method.body, 0)]
    while stack:
        n, depth = stack.pop()
        if isinstance(n, tir.LocalDef) and not n.sym.mutable:
            defined_at[n.sym] = depth
            if isinstance(n.value, tir.Allocate):
                plan.fresh.add(n.sym)
        elif isinstance(n, tir.SegmentAccess):
            if isinstance(n.segment, tir.LocalGet) and not n.segment.sym.mutable:
                accesses.setdefault(n.segment.sym, []).append((depth, n))
            key = load_key(n)
            if key is not None:
                if key in seen_loads:
                    plan.repeated_loads.add(key)
                seen_loads.add(key)
        inner = depth + isinstance(n, (tir.While, tir.ForRange, tir.ForArray))
        stack.extend((child, inner) for child in reversed(tir.children(n)))
    for sym, uses in accesses.items():
        if sym in defined_at and (len(uses) > 1 or uses[0][0] > defined_at[sym]):
            plan.widths[sym] = {WIDTHS[a.value_type] for _, a in uses if not unchecked and not a.proven_in_bounds}
    _PLANS[g] = plan
    return plan


def segment_defined(g, sym: LocalSymbol, unchecked: bool) -> None:
    """Right after a val segment (or at entry, a parameter) gets its value: compute its start and bounds."""
    plan = _PLANS.get(g)
    if plan is None or sym not in plan.widths or sym.tpe is not MEMORY_SEGMENT:
        return
    fresh = sym in plan.fresh
    if unchecked and not fresh:
        return  # nothing to check; reading start early would turn a null segment's trap into a wild access
    seg = g.locals[sym]
    seg_t = g.types.segment_type()
    emit = g.emit
    start = g.scratch(I32, f"{sym.name}.start")

    def guarded(compute) -> None:
        """compute() for a segment known to be usable; else 0 (a null segment, or one whose scope ended)."""
        if fresh:
            compute()
            return
        emit("local.get", seg)
        emit("ref.is_null")
        with g.fb.if_(results=(I32,)):
            emit("i32.const", 0)
            g.fb.else_()
            compute()

    def read_start() -> None:
        emit("local.get", seg)
        emit("struct.get", seg_t, 0)

    guarded(read_start)
    emit("local.set", start)
    bounds = {}
    for width in sorted(plan.widths[sym]):
        bound = bounds[width] = g.scratch(I32, f"{sym.name}.bound{width}")

        def compute(width=width, bound=bound) -> None:
            def alive_bound() -> None:
                emit("local.get", seg)
                emit("struct.get", seg_t, 1)
                if width > 1:  # max(size - (width - 1), 0)
                    emit("i32.const", width - 1)
                    emit("i32.sub")
                    emit("local.tee", bound)
                    emit("i32.const", 0)
                    emit("local.get", bound)
                    emit("i32.const", 0)
                    emit("i32.gt_s")
                    emit("select")

            if fresh:
                alive_bound()
                return
            emit("local.get", seg)
            emit("struct.get", seg_t, 2)
            emit("struct.get", g.types.allocator_type(), 1)
            with g.fb.if_(results=(I32,)):
                emit("i32.const", 0)  # its scope ended: every access fails (in the slow path, with that message)
                g.fb.else_()
                alive_bound()

        guarded(compute)
        emit("local.set", bound)
    plan.segments[sym] = SegmentLocals(start, bounds)


# ---------------------------------------------------------------------------------------------- loads


def _invalidated(instrs, deps) -> bool:
    """Whether anything between a load and here may change its value or not have run: a store or call, a write
    of a local it depends on, a loop head, or leaving the block (or if-arm) that holds the load."""
    depth = 0
    for ins in instrs:
        m = ins.mnemonic
        if m in ("block", "if", "try_table"):
            depth += 1
        elif m == "end":
            if depth == 0:
                return True
            depth -= 1
        elif m == "else":
            if depth == 0:
                return True
        elif m == "loop" or m.startswith(("call", "return_call", "memory.", "struct.set", "global.set")) \
                or ".store" in m:
            return True
        elif m in ("local.set", "local.tee") and any(ins.local is d for d in deps):
            return True
    return False


def reuse_load(g, e: tir.SegmentAccess) -> bool:
    """Push the value of an identical earlier load when nothing can have changed it since."""
    plan = _PLANS.get(g)
    key = load_key(e)
    if plan is None or key is None or key not in plan.loads:
        return False
    value, position, deps = plan.loads[key]
    if _invalidated(g.fb.instructions_since(position), deps):
        del plan.loads[key]
        return False
    g.emit("local.get", value)
    return True


def remember_load(g, e: tir.SegmentAccess) -> None:
    """After a load: keep its value in a local when the same load occurs again in the function."""
    plan = _PLANS.get(g)
    key = load_key(e)
    if plan is None or key is None or key not in plan.repeated_loads:
        return
    value = g.scratch(g.types.valtype(e.value_type), "loaded")
    g.emit("local.tee", value)
    deps = tuple(g.locals[s] for s in _key_locals(key[1]) | {key[0]} if s in g.locals)
    plan.loads[key] = (value, g.fb.position, deps)


def segment_locals(g, e: tir.SegmentAccess) -> SegmentLocals | None:
    plan = _PLANS.get(g)
    if plan is None or not isinstance(e.segment, tir.LocalGet):
        return None
    return plan.segments.get(e.segment.sym)


def folded_offset(e: tir.Expr) -> tuple[tir.Expr, int] | None:
    """`base + C` (0 < C <= HEAP_START) as (base, C): C can go into the instruction's offset immediate."""
    if isinstance(e, tir.Binary) and e.op == "+" and e.operand_type is INT:
        for base, const in ((e.lhs, e.rhs), (e.rhs, e.lhs)):
            if isinstance(const, tir.Const) and isinstance(const.value, int) and 0 < const.value <= HEAP_START:
                return base, const.value
    return None
