"""Range analysis over the typed tree: the interval of values each integral expression can take, and from it which
MemorySegment accesses are in bounds whatever happens (their bounds check is dropped) and which cannot be.

One forward pass per method, abstract interpretation on intervals: constants through `val`s, sizes of segments
from their allocation, loop induction variables (a loop is iterated to a fixed point, widened, then narrowed once),
branch conditions (`i < n` bounds i inside the branch), masks (`& 0xFF`), shifts, `%`, `math.min`/`max`. Arithmetic
that can overflow gives the whole type's range: the JVM wraps, and so does the analysis. A local is only changed by
its own method, except a `var` that a closure or local `def` captures (`boxed`: it lives in a shared cell, and any
call may change it), which the analysis never tracks; so calls change nothing it follows (memory, fields and
globals it does not follow either).

The facts are written on each `tir.SegmentAccess` (offset_range, size_range, proven_in_bounds) and are the only
source for the three users, so they agree: the lowering drops the check of a proven access, the
`segment-out-of-bounds` check reports an access none of whose offsets fits, and the hover explains an elided check.
"""
from __future__ import annotations

from ..semantics import tir
from ..semantics.types import BOOLEAN, BYTE, CHAR, INT, LONG, SHORT, Type
from .library import MEMORY_SEGMENT, WIDTHS

Range = tuple[int, int]  # lo <= hi, both inclusive
Env = dict  # LocalSymbol -> Range (for a segment: its size); a missing local may hold anything its type allows

INT_RANGE: Range = (-(2**31), 2**31 - 1)
LONG_RANGE: Range = (-(2**63), 2**63 - 1)
TYPE_RANGES: dict[Type, Range] = {INT: INT_RANGE, LONG: LONG_RANGE, SHORT: (-(2**15), 2**15 - 1),
                                  BYTE: (-128, 127), CHAR: (0, 0xFFFF), BOOLEAN: (0, 1)}
SIZE_RANGE: Range = (0, INT_RANGE[1])  # any segment's size
_MAX_LOOP_DEPTH = 4  # deeper loops are not iterated: what they assign is simply unknown (keeps the cost linear)
_ITERATIONS = 6


def _tracked(sym) -> bool:
    """Whether the analysis may follow the local's values (a captured `var` can change behind its back)."""
    return not getattr(sym, "boxed", False) and type_range(sym.tpe) is not None


def type_range(t: Type) -> Range | None:
    if t is MEMORY_SEGMENT:
        return SIZE_RANGE
    return TYPE_RANGES.get(t)


def analyze_ranges(program: tir.Program, nodes_of=None) -> None:
    """Annotate every segment access of the program's methods (those that have any) with its ranges. nodes_of(body):
    every node of a body, parents first, from a cache the memory checks share (finding the bodies with an access was
    half of this analysis)."""
    bodies = [m.body for m in getattr(program, "local_methods", ())]
    for owner in (*program.objects.values(), *program.classes.values()):
        bodies += [m.body for m in owner.every_method()]  # overloads and auxiliary constructors too
        bodies.append(owner.init)
    for body in bodies:
        analyze_body(body, nodes_of)


def analyze_body(body, nodes_of=None) -> None:
    """Annotate the segment accesses of one body. Each body is analysed alone (calls change nothing the analysis
    follows), so a body typed after the others (one left untyped by semantics/retype.py, typed when first read)
    gets the facts a whole analysis would give it."""
    if isinstance(body, tir.Expr):
        if any(isinstance(n, tir.SegmentAccess) for n in (nodes_of(body) if nodes_of else tir.walk(body))):
            _Interpreter().run(body)


def describe_proof(access: tir.SegmentAccess) -> str | None:
    """Why an access needs no bounds check, in words (for the hover), or None when it is not proven."""
    if not access.proven_in_bounds or access.offset_range is None or access.size_range is None:
        return None
    (lo, hi), (size, _) = access.offset_range, access.size_range
    width = WIDTHS[access.value_type]
    offsets = f"is {lo}" if lo == hi else f"lies in {lo}..{hi}"
    return (f"the offset {offsets} and the segment has at least {size} bytes, so every {width}-byte access "
            "fits")


# ---------------------------------------------------------------------------------------------- interval helpers


def _fit(lo: int, hi: int, t: Type) -> Range:
    """[lo, hi] when the type can hold it, else the type's whole range (the operation may wrap)."""
    tlo, thi = TYPE_RANGES.get(t, LONG_RANGE)
    return (lo, hi) if tlo <= lo and hi <= thi else (tlo, thi)


def _join(a: Env | None, b: Env | None) -> Env | None:
    if a is None:
        return b
    if b is None:
        return a
    out = {}
    for sym, (alo, ahi) in a.items():
        other = b.get(sym)
        if other is not None:
            out[sym] = (min(alo, other[0]), max(ahi, other[1]))
    return out


def _within(a: Env | None, b: Env | None) -> bool:
    """a ⊆ b (every state a allows, b allows)."""
    if a is None:
        return True
    if b is None:
        return False
    for sym, (blo, bhi) in b.items():
        r = a.get(sym)
        if r is None or r[0] < blo or r[1] > bhi:
            return False
    return True


def _widen(old: Env, new: Env) -> Env:
    out = {}
    for sym, (lo, hi) in new.items():
        before = old.get(sym)
        if before is None:
            continue
        full = type_range(sym.tpe) or LONG_RANGE
        out[sym] = (lo if lo >= before[0] else full[0], hi if hi <= before[1] else full[1])
    return out


def _pow2_above(n: int) -> int:
    """The smallest 2^k - 1 >= n (n >= 0): every value |, ^ of numbers up to n can reach."""
    return (1 << max(n, 0).bit_length()) - 1


def _quotient(x: int, y: int) -> int:
    """The JVM's integer division: truncated towards zero."""
    q = abs(x) // abs(y)
    return q if (x >= 0) == (y > 0) else -q


def _assigned(e: tir.Expr) -> set:
    return {n.sym for n in tir.walk(e) if isinstance(n, (tir.LocalSet, tir.LocalDef))}


# ---------------------------------------------------------------------------------------------- the interpreter


class _Interpreter:
    def __init__(self) -> None:
        self.depth = 0  # loop nesting

    def run(self, body: tir.Expr) -> None:
        self.expr(body, {})

    # Every handler takes the state before the node and returns (the node's value range or None, the state after);
    # a state of None means the point cannot be reached (after a return or throw).

    def expr(self, e: tir.Expr, env: Env | None) -> tuple[Range | None, Env | None]:
        if env is None:
            self._unreachable(e)
            return None, None
        handler = _HANDLERS.get(type(e))
        if handler is None:
            return self.unknown(e, env)
        return handler(self, e, env)

    def _unreachable(self, e: tir.Expr) -> None:
        for n in tir.walk(e):
            if isinstance(n, tir.SegmentAccess):
                n.offset_range = n.size_range = None
                n.proven_in_bounds = False

    def value(self, e: tir.Expr, env: Env) -> tuple[Range | None, Env | None]:
        """Like expr, but an unknown value of a ranged type is its type's range."""
        r, env = self.expr(e, env)
        return (r if r is not None else type_range(e.tpe)), env

    def children(self, e: tir.Expr, env: Env | None) -> tuple[Range | None, Env | None]:
        for child in tir.children(e):
            _, env = self.expr(child, env)
        return type_range(e.tpe), env

    def unknown(self, e: tir.Expr, env: Env) -> tuple[Range | None, Env | None]:
        """A node this analysis does not model (its control flow may repeat or skip its parts): whatever it
        assigns is unknown in each part and after it."""
        assigned = _assigned(e)
        forget = {s: r for s, r in env.items() if s not in assigned}
        for child in tir.children(e):
            self.expr(child, dict(forget))
        return type_range(e.tpe), dict(forget)

    # -- values -------------------------------------------------------------------------------------------------

    def const(self, e: tir.Const, env: Env):
        if isinstance(e.value, bool):
            return (int(e.value), int(e.value)), env
        if isinstance(e.value, int) and e.tpe in TYPE_RANGES:
            return (e.value, e.value), env
        return None, env

    def local_get(self, e: tir.LocalGet, env: Env):
        return env.get(e.sym, type_range(e.sym.tpe)), env

    def local_set(self, e, env: Env):
        r, env = self.value(e.value, env)
        if env is not None:
            env = dict(env)
            if r is not None and _tracked(e.sym):
                env[e.sym] = r
            else:
                env.pop(e.sym, None)
        return None, env

    def convert(self, e: tir.Convert, env: Env):
        r, env = self.value(e.value, env)
        target = type_range(e.tpe)
        if r is None or target is None or e.value.tpe not in TYPE_RANGES:
            return target, env
        return _fit(r[0], r[1], e.tpe), env

    def unary(self, e: tir.Unary, env: Env):
        r, env = self.value(e.operand, env)
        if r is None or e.tpe not in (INT, LONG):
            return type_range(e.tpe), env
        if e.op == "-":
            return _fit(-r[1], -r[0], e.tpe), env
        if e.op == "~":
            return (-r[1] - 1, -r[0] - 1), env
        return type_range(e.tpe), env

    def binary(self, e: tir.Binary, env: Env):
        a, env = self.value(e.lhs, env)
        b, env = self.value(e.rhs, env)
        t = e.operand_type
        if e.tpe is BOOLEAN or t not in (INT, LONG) or a is None or b is None:
            return type_range(e.tpe), env
        return _arithmetic(e.op, t, a, b, e.rhs), env

    def logical(self, e: tir.Logical, env: Env):
        _, after_lhs = self.expr(e.lhs, env)
        short = e.op == "||"  # || skips its right side when the left is true, && when it is false
        skipped = self.refine(after_lhs, e.lhs, short)
        _, after_rhs = self.expr(e.rhs, self.refine(after_lhs, e.lhs, not short))
        return (0, 1), _join(skipped, after_rhs)

    def builtin(self, e: tir.Builtin, env: Env):
        ranges = []
        for a in e.args:
            r, env = self.value(a, env)
            ranges.append(r)
        if e.name in ("math.min", "math.max") and e.tpe in (INT, LONG) and None not in ranges:
            (alo, ahi), (blo, bhi) = ranges
            pick = min if e.name == "math.min" else max
            return (pick(alo, blo), pick(ahi, bhi)), env
        if e.name == "math.abs" and e.tpe in (INT, LONG) and ranges[0] is not None:
            lo, hi = ranges[0]
            if lo >= 0:
                return (lo, hi), env
            if lo > TYPE_RANGES[e.tpe][0]:  # abs(MinValue) is MinValue
                return ((-hi, -lo) if hi <= 0 else (0, max(-lo, hi))), env
        if e.name == "string.length":
            return SIZE_RANGE, env
        return type_range(e.tpe), env

    # -- memory -------------------------------------------------------------------------------------------------

    def allocate(self, e: tir.Allocate, env: Env):
        _, env = self.expr(e.allocator, env)
        r, env = self.value(e.size, env)
        lo, hi = (max(r[0], 0), r[1]) if r is not None else SIZE_RANGE
        return ((lo, hi) if lo <= hi else SIZE_RANGE), env  # a negative size fails: then nothing follows

    def segment_field(self, e: tir.SegmentField, env: Env):
        size, env = self.value(e.segment, env)
        return (size if e.field == "size" else SIZE_RANGE), env

    def access(self, e: tir.SegmentAccess, env: Env):
        size, env = self.value(e.segment, env)
        offset, env = self.value(e.offset, env)
        if env is not None and offset is not None and size is not None:
            width = WIDTHS[e.value_type]
            e.offset_range, e.size_range = offset, size
            e.proven_in_bounds = offset[0] >= 0 and offset[1] + width <= size[0]
        if e.value is not None:
            _, env = self.expr(e.value, env)
            return None, env
        return type_range(e.tpe), env

    # -- control ------------------------------------------------------------------------------------------------

    def block(self, e: tir.Block, env: Env):
        for s in e.stats:
            _, env = self.expr(s, env)
        if e.result is None:
            return None, env
        return self.expr(e.result, env)

    def if_(self, e: tir.If, env: Env):
        _, env = self.expr(e.cond, env)
        r1, then_env = self.expr(e.then, self.refine(env, e.cond, True))
        else_env = self.refine(env, e.cond, False)
        r2 = None
        if e.otherwise is not None:
            r2, else_env = self.expr(e.otherwise, else_env)
        if then_env is None:
            return r2, else_env
        if else_env is None:
            return r1, then_env
        joined = None if r1 is None or r2 is None else (min(r1[0], r2[0]), max(r1[1], r2[1]))
        return joined, _join(then_env, else_env)

    def match(self, e: tir.Match, env: Env):
        scrutinee, env = self.value(e.scrutinee, env)
        if env is None:
            return None, None
        env = dict(env)
        if scrutinee is not None:
            env[e.temp] = scrutinee
        out_env, out_range = None, None
        for case in e.cases:
            case_env = dict(env)
            if case.binding is not None and scrutinee is not None:
                case_env[case.binding] = scrutinee
            if case.guard is not None:
                _, case_env = self.expr(case.guard, case_env)
                case_env = self.refine(case_env, case.guard, True)
            r, case_env = self.expr(case.body, case_env)
            if case_env is not None:
                out_range = r if out_env is None else (
                    None if r is None or out_range is None else (min(r[0], out_range[0]), max(r[1], out_range[1])))
                out_env = _join(out_env, case_env)
        return out_range, out_env

    def end(self, e, env: Env):
        self.children(e, env)
        return None, None  # return and throw: nothing after them runs

    def while_(self, e: tir.While, env: Env):
        def iteration(head: Env):
            _, at_cond = self.expr(e.cond, head)
            _, end = self.expr(e.body, self.refine(at_cond, e.cond, True))
            return end, self.refine(at_cond, e.cond, False)

        return None, self.loop(e, env, iteration)

    def for_range(self, e: tir.ForRange, env: Env):
        start, env = self.value(e.start, env)
        end, env = self.value(e.end, env)
        if env is None:
            return None, None
        start, end = start or LONG_RANGE, end or LONG_RANGE  # (an erroneous tree: analysed all the same)
        last = end[1] if e.inclusive else end[1] - 1
        var = (start[0], last)

        def iteration(head: Env):
            if var[0] > var[1]:
                self._unreachable(e.body)
                return None, head  # the body never runs
            inside = dict(head)
            inside[e.var] = var
            _, body_end = self.expr(e.body, inside)
            return body_end, head

        return None, self.loop(e, env, iteration)

    def for_array(self, e: tir.ForArray, env: Env):
        _, env = self.expr(e.array, env)

        def iteration(head: Env):
            inside = dict(head)
            inside.pop(e.var, None)
            _, body_end = self.expr(e.body, inside)
            return body_end, head

        return None, self.loop(e, env, iteration)

    def loop(self, e: tir.Expr, entry: Env | None, iteration) -> Env | None:
        """The state after a loop, its body analysed at the loop head's fixed point. iteration(head) gives (the
        state at the end of one pass of the body, the state leaving the loop from this head); the facts kept on
        the accesses are those of the last pass, made from the fixed point."""
        if entry is None:
            return None
        self.depth += 1
        try:
            assigned = _assigned(e)
            unknown = {s: r for s, r in entry.items() if s not in assigned}  # always a fixed point
            if self.depth > _MAX_LOOP_DEPTH:
                return iteration(unknown)[1]
            head = entry
            for k in range(_ITERATIONS):
                end, _ = iteration(head)
                new = _join(entry, end)
                if _within(new, head):
                    break
                head = _widen(head, new) if k >= 1 else _join(head, new)
            else:
                head = unknown
            # One narrowing step: a pass from a post-fixed point ends in one too, and a tighter one.
            end, leaving = iteration(head)
            narrowed = _join(entry, end)
            if narrowed is not None and narrowed != head and _within(narrowed, head):
                end, narrowed_leaving = iteration(narrowed)
                if _within(_join(entry, end), narrowed):
                    return narrowed_leaving
                return iteration(head)[1]
            return leaving
        finally:
            self.depth -= 1

    # -- conditions ---------------------------------------------------------------------------------------------

    def refine(self, env: Env | None, cond: tir.Expr, truth: bool) -> Env | None:
        """The state where cond (already evaluated in env) has the given value; None when it cannot."""
        if env is None:
            return None
        if isinstance(cond, tir.Const) and isinstance(cond.value, bool):
            return env if cond.value == truth else None
        if isinstance(cond, tir.Unary) and cond.op == "!":
            return self.refine(env, cond.operand, not truth)
        if isinstance(cond, tir.Logical):
            both = (cond.op == "&&") == truth  # && true / || false: both sides have the value
            if both:
                return self.refine(self.refine(env, cond.lhs, truth), cond.rhs, truth)
            return _join(self.refine(env, cond.lhs, truth),
                         self.refine(self.refine(env, cond.lhs, not truth), cond.rhs, truth))
        if isinstance(cond, tir.Binary) and cond.op in _FLIP and cond.operand_type in (INT, LONG):
            if _assigned(cond):
                return env
            op = cond.op if truth else _NEGATE[cond.op]
            env = self._constrain(env, cond.lhs, op, cond.rhs)
            return self._constrain(env, cond.rhs, _FLIP[op], cond.lhs)
        return env

    def _constrain(self, env: Env | None, side: tir.Expr, op: str, other: tir.Expr) -> Env | None:
        """Narrow the local `side` (when it is one) by `side op other`."""
        if env is None or not isinstance(side, tir.LocalGet) or not _tracked(side.sym):
            return env
        bound, _ = self.value(other, dict(env))
        if bound is None:
            return env
        lo, hi = env.get(side.sym, type_range(side.sym.tpe))
        blo, bhi = bound
        if op == "<":
            hi = min(hi, bhi - 1)
        elif op == "<=":
            hi = min(hi, bhi)
        elif op == ">":
            lo = max(lo, blo + 1)
        elif op == ">=":
            lo = max(lo, blo)
        elif op == "==":
            lo, hi = max(lo, blo), min(hi, bhi)
        elif op == "!=" and blo == bhi:
            lo, hi = (lo + 1 if lo == blo else lo), (hi - 1 if hi == blo else hi)
        if lo > hi:
            return None
        env = dict(env)
        env[side.sym] = (lo, hi)
        return env


_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}
_NEGATE = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}


def _arithmetic(op: str, t: Type, a: Range, b: Range, rhs: tir.Expr) -> Range:
    full = TYPE_RANGES[t]
    (alo, ahi), (blo, bhi) = a, b
    if op == "+":
        return _fit(alo + blo, ahi + bhi, t)
    if op == "-":
        return _fit(alo - bhi, ahi - blo, t)
    if op == "*":
        corners = (alo * blo, alo * bhi, ahi * blo, ahi * bhi)
        return _fit(min(corners), max(corners), t)
    if op == "/" and (blo > 0 or bhi < -1):  # a divisor range without 0 (and without -1: MinValue / -1 wraps)
        corners = [_quotient(x, y) for x in (alo, ahi) for y in (blo, bhi)]
        return _fit(min(corners), max(corners), t)
    if op == "%" and (blo > 0 or bhi < 0):  # the remainder has the dividend's sign and is smaller than |b|
        m = max(abs(blo), abs(bhi)) - 1
        if alo >= 0:
            return (0, min(ahi, m))
        if ahi <= 0:
            return (max(alo, -m), 0)
        return (-m, m)
    if op == "&":
        if alo >= 0 and blo >= 0:
            return (0, min(ahi, bhi))
        if alo >= 0 or blo >= 0:
            return (0, ahi if alo >= 0 else bhi)
        return full
    if op in ("|", "^") and alo >= 0 and blo >= 0:
        return ((max(alo, blo) if op == "|" else 0), _pow2_above(max(ahi, bhi)))
    if op in ("<<", ">>", ">>>") and isinstance(rhs, tir.Const):
        bits = 64 if t is LONG else 32
        count = int(rhs.value) & (bits - 1)
        if op == "<<":
            return _fit(alo << count, ahi << count, t)
        if op == ">>" or alo >= 0:
            return (alo >> count, ahi >> count)
        if count > 0:
            return (0, (1 << (bits - count)) - 1)
    return full


_HANDLERS = {
    tir.Const: _Interpreter.const,
    tir.LocalGet: _Interpreter.local_get,
    tir.LocalSet: _Interpreter.local_set,
    tir.LocalDef: _Interpreter.local_set,
    tir.Convert: _Interpreter.convert,
    tir.Unary: _Interpreter.unary,
    tir.Binary: _Interpreter.binary,
    tir.Logical: _Interpreter.logical,
    tir.Builtin: _Interpreter.builtin,
    tir.Allocate: _Interpreter.allocate,
    tir.SegmentField: _Interpreter.segment_field,
    tir.SegmentAccess: _Interpreter.access,
    tir.Block: _Interpreter.block,
    tir.If: _Interpreter.if_,
    tir.Match: _Interpreter.match,
    tir.While: _Interpreter.while_,
    tir.ForRange: _Interpreter.for_range,
    tir.ForArray: _Interpreter.for_array,
    tir.Return: _Interpreter.end,
    tir.Throw: _Interpreter.end,
    tir.MemoryScope: lambda self, e, env: self.expr(e.body, env),
    tir.ArrayLength: lambda self, e, env: (SIZE_RANGE, self.expr(e.array, env)[1]),
}
# Nodes whose parts run once, in order, and which assign nothing themselves: their value is their type's range.
# (A lambda is not among them: its body runs later, any number of times; `unknown` covers it.)
for _kind in (tir.UnitValue, tir.GlobalGet, tir.GlobalSet, tir.This, tir.FieldGet, tir.FieldSet, tir.Call,
              tir.NewObject, tir.NewArray, tir.ArrayLiteral, tir.ArrayGet, tir.ArraySet, tir.RefEquals,
              tir.StringEquals, tir.StringConcat, tir.ToString, tir.Discard, tir.CallValue, tir.NewTuple,
              tir.TupleGet):
    _HANDLERS[_kind] = _Interpreter.children
