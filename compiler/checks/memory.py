"""Static checks for misuse of the memory intrinsics, as passes over the typed program.

Each check reports what the run time would otherwise stop the program for (or what would silently go wrong), with
the values involved and the places that explain it. Where a value is not known the checks stay silent: no false
alarms on correct programs.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .. import diagnostics as codes
from ..diagnostics import DiagnosticSink, Fix, Related, TextEdit
from ..intrinsics.library import MEMORY_ALLOCATOR, MEMORY_SEGMENT, WIDTHS
from ..prelude.collection_calls import library_keeps
from ..semantics import tir
from ..semantics.symbols import ClassSymbol, LocalSymbol, MethodSymbol, ObjectSymbol
from ..semantics.constants import convert_constant, fold_binary
from ..semantics.types import INT, LONG, SHORT, BYTE, CHAR, ArrayType, ClassType, TupleType, TypeParamType, is_top
from ..source import SourceText, Span
from ..wasi import WASI_MODULE

_INTEGRAL = (INT, LONG, SHORT, BYTE, CHAR)


def _mentions_memory_types(node: tir.Expr) -> bool:
    while isinstance(node, tir.Cast):  # a segment held as Any is still the segment
        node = node.value
    return node.tpe is MEMORY_SEGMENT or node.tpe is MEMORY_ALLOCATOR


@dataclass
class ScopeLayout:
    """Where the locals of one outermost withMemoryAllocator block (and the blocks inside it) are declared, found in
    one walk. Scopes are numbered in preorder, so "declared inside scope F" is an interval test on numbers rather
    than a set per scope: sets per scope made deeply nested blocks quadratic."""

    number: dict[int, int] = field(default_factory=dict)  # id(MemoryScope) -> its preorder number
    last: dict[int, int] = field(default_factory=dict)  # id(MemoryScope) -> the largest number inside it
    innermost: dict[LocalSymbol, int] = field(default_factory=dict)  # a local -> the scope it is declared in
    allocator_of: dict[LocalSymbol, int] = field(default_factory=dict)  # an allocator -> its scope
    defs: list[tuple[int, LocalSymbol, tir.Expr]] = field(default_factory=list)  # (scope, local, value), sorted
    def_scopes: list[int] = field(default_factory=list)  # the scope numbers of defs, for bisection

    @staticmethod
    def of(root: tir.MemoryScope) -> "ScopeLayout":
        layout = ScopeLayout()
        counter = 0
        stack: list[tuple[bool, tir.Expr, int]] = [(False, root, -1)]
        while stack:
            leaving, n, current = stack.pop()
            if leaving:
                layout.last[id(n)] = counter - 1
                continue
            if isinstance(n, tir.MemoryScope):
                current = counter
                counter += 1
                layout.number[id(n)] = current
                layout.innermost[n.allocator] = current
                layout.allocator_of[n.allocator] = current
                stack.append((True, n, current))
            elif isinstance(n, tir.LocalDef):
                layout.innermost[n.sym] = current
                layout.defs.append((current, n.sym, n.value))
            elif isinstance(n, tir.LocalSet):
                layout.defs.append((current, n.sym, n.value))
            elif isinstance(n, (tir.ForRange, tir.ForArray)):
                layout.innermost[n.var] = current
            elif isinstance(n, tir.Match):
                layout.innermost[n.temp] = current
                for c in n.cases:
                    if c.binding is not None:
                        layout.innermost[c.binding] = current
            stack.extend((False, child, current) for child in reversed(tir.children(n)))
        layout.defs.sort(key=lambda d: d[0])
        layout.def_scopes = [d[0] for d in layout.defs]
        return layout


@dataclass
class ScopeFrame:
    """One lexically enclosing withMemoryAllocator block while a body is walked."""

    node: tir.MemoryScope
    layout: ScopeLayout
    owned: set[LocalSymbol] = field(default_factory=set)  # locals that hold this scope's segments (or allocator)

    @property
    def number(self) -> int:
        return self.layout.number[id(self.node)]

    @property
    def last(self) -> int:
        return self.layout.last[id(self.node)]

    def declares(self, sym: LocalSymbol) -> bool:
        """Whether the local is declared inside this scope (or deeper)."""
        where = self.layout.innermost.get(sym)
        return where is not None and self.number <= where <= self.last

    def holds(self, sym: LocalSymbol) -> bool:
        """Whether the local holds this scope's segment or allocator, or an inner scope's allocator (which dies
        before this one's)."""
        if sym in self.owned:
            return True
        where = self.layout.allocator_of.get(sym)
        return where is not None and self.number <= where <= self.last

    def defs_inside(self) -> list[tuple[int, LocalSymbol, tir.Expr]]:
        keys = self.layout.def_scopes
        return self.layout.defs[bisect.bisect_left(keys, self.number):bisect.bisect_right(keys, self.last)]


class Constants:
    """Constant values followed through immutable vals and simple arithmetic."""

    def __init__(self) -> None:
        self.vals: dict[LocalSymbol, tir.Expr] = {}

    def value(self, e: tir.Expr, depth: int = 0):
        if depth > 50:
            return None
        if isinstance(e, tir.Const):
            return e.value if e.tpe in _INTEGRAL else None
        if isinstance(e, tir.GlobalGet) and e.sym.constant is not None and not e.sym.mutable:
            return e.sym.constant if e.tpe in _INTEGRAL else None  # an object's val with a constant value
        if isinstance(e, tir.LocalGet) and not e.sym.mutable:
            init = self.vals.get(e.sym)
            return self.value(init, depth + 1) if init is not None else None
        if isinstance(e, tir.Convert) and e.tpe in _INTEGRAL:
            v = self.value(e.value, depth + 1)
            return None if v is None else convert_constant(v, e.value.tpe, e.tpe)
        if isinstance(e, tir.Unary) and e.op == "-" and e.tpe in (INT, LONG):
            v = self.value(e.operand, depth + 1)
            return None if v is None else fold_binary("-", e.tpe, 0, v)
        if isinstance(e, tir.Binary) and e.operand_type in (INT, LONG) and e.tpe in (INT, LONG):
            a = self.value(e.lhs, depth + 1)
            b = self.value(e.rhs, depth + 1)
            if a is None or b is None:
                return None
            return fold_binary(e.op, e.operand_type, a, b)
        return None


ESCAPES = "escapes"  # stored where it can outlive any scope (a global, an unknown object)
THIS = "this"  # stored in a field of the receiver; an int j: in a field or element of argument j


class Summaries:
    """What each method does with its parameters, computed to a fixpoint over the whole program (so recursion and
    mutual recursion are followed): where it stores them, which it may return, which it allocates from, and a chain
    of calls to a withMemoryAllocator it opens."""

    def __init__(self, methods: list[MethodSymbol], nodes_of=None, fixed: dict | None = None) -> None:
        """nodes_of(body): every node of a body, parents first (a shared cache: each pass needs them all).
        fixed: the summaries (checks/facts.Summary) of methods whose bodies were left untyped, as an earlier
        analysis found them: taken as they are, only the other methods are computed."""
        nodes_of = nodes_of or _walked
        fixed = fixed or {}
        self.methods = methods
        self.stores: dict[MethodSymbol, dict[int, set]] = {m: {} for m in methods}
        self.returns: dict[MethodSymbol, set[int]] = {m: set() for m in methods}
        self.allocates_from: dict[MethodSymbol, set[int]] = {m: set() for m in methods}
        self.opens: dict[MethodSymbol, list[tuple[Span, str]] | None] = {}
        for m, summary in fixed.items():
            self.stores[m] = {i: set(places) for i, places in summary.stores}
            self.returns[m] = set(summary.returns)
            self.allocates_from[m] = set(summary.allocates_from)
            if summary.opens is not None:
                self.opens[m] = list(summary.opens)
        computed = [m for m in methods if m not in fixed]
        self._nodes = {m: nodes_of(m.body) for m in computed}
        # A call may run any override of its method (a virtual call): what it does is what all of them do.
        self.overriders: dict[MethodSymbol, list[MethodSymbol]] = {}
        for m in methods:
            parent = m.overrides
            while isinstance(parent, MethodSymbol):
                self.overriders.setdefault(parent, []).append(m)
                parent = parent.overrides
        self._compute_opens(computed, fixed)
        changed = True
        while changed:
            changed = False
            for m in computed:
                changed |= self._update(m)

    def _compute_opens(self, methods: list[MethodSymbol], fixed: dict) -> None:
        """Each method's shortest chain of calls to a withMemoryAllocator (the first such call in its body), found
        round by round: a chain of n calls in round n. A chain found in a round uses only those of earlier rounds,
        so it does not depend on the order of the methods, and a fixed chain of n calls counts from round n on
        (an untyped method's chain is the one a fresh analysis finds)."""
        calls: dict[MethodSymbol, list[tir.Call]] = {}
        found_in: dict[MethodSymbol, int] = {m: len(s.opens) - 1 for m, s in fixed.items() if s.opens is not None}
        for m in methods:
            calls[m] = []
            for n in self._nodes[m]:
                if isinstance(n, tir.MemoryScope) and m not in self.opens:
                    self.opens[m] = [(n.keyword_span, f"`{m.name}` opens withMemoryAllocator here")]
                    found_in[m] = 0
                elif isinstance(n, tir.Call):
                    calls[m].append(n)
        last_fixed = max(found_in.values(), default=0)
        pending = [m for m in methods if m not in self.opens and calls[m]]
        round_ = 0
        while pending:
            round_ += 1
            found = {}
            for m in pending:
                for call in calls[m]:
                    chain = next((self.opens[t] for t in self.targets(call) if found_in.get(t, round_) < round_),
                                 None)
                    if chain is not None:
                        found[m] = [(call.span, f"`{m.name}` calls `{call.method.name}` here"), *chain]
                        break
            if not found and round_ > last_fixed:
                break
            for m, chain in found.items():
                self.opens[m] = chain
                found_in[m] = round_
            pending = [m for m in pending if m not in found]

    def _update(self, m: MethodSymbol) -> bool:
        params = m.params or []
        before = (sum(len(t) for t in self.stores[m].values()), len(self.returns[m]), len(self.allocates_from[m]))
        for i, param in enumerate(params):
            if not may_hold_segment(param.tpe):  # a segment, or an object (a case class, an Any) that may be or carry one
                continue
            flows = self._flows_from(m, param)
            for n in self._nodes[m]:
                targets = self._stores_at(n, flows, params)
                if targets:
                    self.stores[m].setdefault(i, set()).update(targets)
                if isinstance(n, tir.Allocate) and self.derives(n.allocator, flows):
                    self.allocates_from[m].add(i)
                if isinstance(n, tir.Call):
                    for k, a in enumerate(n.args):
                        if any(k in self.allocates_from.get(t, ()) for t in self.targets(n)) \
                                and self.derives(a, flows):
                            self.allocates_from[m].add(i)
            if any(self.derives(r, flows) for r in _result_positions(m.body, self._nodes[m])):
                self.returns[m].add(i)
        after = (sum(len(t) for t in self.stores[m].values()), len(self.returns[m]), len(self.allocates_from[m]))
        return before != after

    def targets(self, call: tir.Call) -> list[MethodSymbol]:
        """The methods a call may run: its method, and every override of it unless the call is a `super` one."""
        return [call.method] if call.direct else [call.method, *self.overriders.get(call.method, ())]

    def stores_of(self, call: tir.Call) -> dict[int, set]:
        kept = library_keeps(call.method)
        if kept is not None:  # a library collection's method that keeps its argument (`buf += x`, `m(k) = v`)
            return {k: {THIS} for k in kept}
        merged: dict[int, set] = {}
        for t in self.targets(call):
            for k, places in self.stores.get(t, {}).items():
                merged.setdefault(k, set()).update(places)
        return merged

    def _flows_from(self, m: MethodSymbol, param: LocalSymbol) -> set[LocalSymbol]:
        """The parameter and the locals that hold it (or an object holding it)."""
        flows = {param}
        changed = True
        while changed:
            changed = False
            for n in self._nodes[m]:
                if isinstance(n, (tir.LocalDef, tir.LocalSet)) and n.sym not in flows and self.derives(n.value, flows):
                    flows.add(n.sym)
                    changed = True
                elif isinstance(n, (tir.FieldSet, tir.ArraySet)) and self.derives(n.value, flows):
                    holder = n.obj if isinstance(n, tir.FieldSet) else n.array
                    if isinstance(holder, tir.LocalGet) and not holder.sym.is_param and holder.sym not in flows:
                        flows.add(holder.sym)  # a local object now holds it
                        changed = True
        return flows

    def derives(self, e: tir.Expr | None, flows: set[LocalSymbol]) -> bool:
        """Whether e's value is, contains, or was allocated from something in flows."""
        if e is None:
            return False
        if isinstance(e, tir.LocalGet):
            return e.sym in flows
        if isinstance(e, tir.Allocate):
            return self.derives(e.allocator, flows)
        if isinstance(e, tir.Cast):  # `(s: Any)`, `x.asInstanceOf[MemorySegment]`: the same object
            return self.derives(e.value, flows)
        if isinstance(e, tir.NewObject):
            return any(self.derives(a, flows) for a in e.args)
        if isinstance(e, tir.FieldGet) and may_hold_segment(e.tpe):
            return self.derives(e.obj, flows)  # a field (a case class's) of an object that holds a segment
        if isinstance(e, tir.ArrayLiteral):
            return any(self.derives(a, flows) for a in e.items)
        if isinstance(e, tir.Call):
            return any(self.derives(e.args[k], flows) for t in self.targets(e) for k in self.returns.get(t, ())
                       if k < len(e.args))
        if isinstance(e, tir.If):
            return self.derives(e.then, flows) or self.derives(e.otherwise, flows)
        if isinstance(e, tir.Block):
            return self.derives(e.result, flows)
        if isinstance(e, tir.Match):
            return any(self.derives(c.body, flows) for c in e.cases)
        if isinstance(e, tir.Try):  # its value comes from the body or a catch case
            return self.derives(e.body, flows) or self.derives(e.handler, flows)
        return False

    def _stores_at(self, n: tir.Expr, flows: set[LocalSymbol], params: list[LocalSymbol]) -> set:
        targets: set = set()
        if isinstance(n, tir.GlobalSet) and self.derives(n.value, flows):
            targets.add(ESCAPES)
        elif isinstance(n, (tir.FieldSet, tir.ArraySet)) and self.derives(n.value, flows):
            targets.add(self._place(n.obj if isinstance(n, tir.FieldSet) else n.array, params, flows))
        elif isinstance(n, tir.Call):
            for k, a in enumerate(n.args):
                if not self.derives(a, flows):
                    continue
                for target in self.stores_of(n).get(k, ()):
                    if target == ESCAPES:
                        targets.add(ESCAPES)
                    else:
                        holder = n.receiver if target == THIS else n.args[target]
                        targets.add(self._place(holder, params, flows))
        targets.discard(None)
        return targets

    def _place(self, holder: tir.Expr | None, params: list[LocalSymbol], flows: set[LocalSymbol]):
        if isinstance(holder, tir.This):
            return THIS
        if isinstance(holder, tir.LocalGet):
            if holder.sym in params:
                return params.index(holder.sym)
            if holder.sym in flows or not holder.sym.is_param:
                return None  # a local object: it matters only if it escapes itself (it is in flows then)
        return ESCAPES


def _walked(body: tir.Expr) -> list[tir.Expr]:
    return list(tir.walk(body))


class BodyNodes:
    """Every node of each body, walked once for all the passes over one typed program (the range analysis's search
    for accesses; the summaries, the search for library methods and the vals of the checks: a walk each was half of
    the range analysis and a third of the checks). Valid while the trees are not changed."""

    def __init__(self) -> None:
        self._by_body: dict[int, tuple[tir.Expr, list[tir.Expr]]] = {}

    def __call__(self, body: tir.Expr) -> list[tir.Expr]:
        found = self._by_body.get(id(body))
        if found is None:
            found = self._by_body[id(body)] = (body, list(tir.walk(body)))  # (the body kept: its id stays its own)
        return found[1]


def library_methods(methods: list[MethodSymbol], nodes_of=None, reused: dict | None = None) -> list[MethodSymbol]:
    """The prelude's library methods a program with a withMemoryAllocator scope may run (List's `::`, Some's
    `apply`, a buffer's `+=`), with every method of their classes and of the classes below those (a call may run any
    override): summarised like the program's own, so that `seg :: list` is known to keep `seg` in the list it
    returns. None for a program without a scope, which no escape can concern. reused: the facts
    (checks/facts.MethodFacts) of methods whose bodies were left untyped: whether they open a scope and the
    library classes they use."""
    nodes_of = nodes_of or _walked
    reused = reused or {}
    if not any(f.scope for f in reused.values()) and \
            not any(isinstance(n, tir.MemoryScope) for m in methods if m not in reused for n in nodes_of(m.body)):
        return []
    from ..prelude import load_prelude

    below: dict[int, list] = {}
    for cls in load_prelude().classes.values():
        for ancestor in getattr(cls, "linearization", None) or ():
            below.setdefault(id(ancestor), []).append(cls)
    owners: list = []
    seen_owners: set[int] = set()
    found: list[MethodSymbol] = []

    def reach(owner) -> None:
        if owner is None or not getattr(owner, "from_prelude", False) or id(owner) in seen_owners:
            return
        seen_owners.add(id(owner))
        owners.append(owner)

    for facts in reused.values():
        for owner in facts.owners:
            reach(owner)
    pending = [m for m in methods if m not in reused]
    done: set[int] = set()
    while pending or owners:
        while pending:
            m = pending.pop()
            if id(m) in done or not isinstance(m.body, tir.Expr):
                continue
            done.add(id(m))
            for n in nodes_of(m.body):
                if isinstance(n, tir.Call):
                    reach(n.method.owner)
                elif isinstance(n, tir.NewObject):
                    reach(n.cls)
        while owners:
            owner = owners.pop()
            for cls in below.get(id(owner), ()):
                reach(cls)
            for m in owner.every_method():
                if isinstance(m.body, tir.Expr) and id(m) not in done:
                    found.append(m)
                    pending.append(m)
    return found


def may_hold_segment(t) -> bool:
    """Whether a value of type t is, or may contain, a segment or an allocator (numbers and strings cannot; an Any
    or AnyRef may be one)."""
    return t in (MEMORY_SEGMENT, MEMORY_ALLOCATOR) or isinstance(t, (ClassType, TupleType, ArrayType)) or \
        (is_top(t) and (t.is_reference or isinstance(t, TypeParamType)))  # a T may be a MemorySegment


def _result_positions(body: tir.Expr, nodes: list[tir.Expr]) -> list[tir.Expr]:
    """The expressions whose value a method returns: its body and every `return` value."""
    out = [body]
    out += [n.value for n in nodes if isinstance(n, tir.Return) and n.value is not None]
    return out


def library_owners(nodes: list[tir.Expr]) -> tuple:
    """The library's classes and objects that a body calls into or makes (what `library_methods` starts from)."""
    found: dict[int, object] = {}
    for n in nodes:
        owner = n.method.owner if isinstance(n, tir.Call) else n.cls if isinstance(n, tir.NewObject) else None
        if owner is not None and getattr(owner, "from_prelude", False):
            found.setdefault(id(owner), owner)
    return tuple(found.values())


class MemoryChecks:
    def __init__(self, program: tir.Program, source: SourceText, sink: DiagnosticSink,
                 nodes_of: BodyNodes | None = None, reused: dict | None = None) -> None:
        """reused: MethodSymbol -> checks/facts.MethodFacts, for methods whose bodies were left untyped
        (semantics/retype.py): their summaries are taken as they are and their diagnostics reported again, in the
        place of the walk of their bodies."""
        self.program = program
        self.source = source
        self.sink = sink
        self.reused = reused or {}
        self.constants = Constants()
        self.allocations: dict[LocalSymbol, tir.Allocate] = {}  # val -> the allocation it holds
        self.nodes_of = nodes_of if nodes_of is not None else BodyNodes()
        own = list(self.methods())
        self.summaries = Summaries(own + library_methods(own, self.nodes_of, self.reused), self.nodes_of,
                                   {m: f.summary for m, f in self.reused.items()})
        # What walking each body reported (checks/facts.Reported: with the spans its message gives lines of), by
        # the method or the class or object whose body it is; the lines asked for by the diagnostic being made.
        self.reported: dict[object, list] = {}
        self._lines: list[tuple[Span, int]] = []
        self.walking = None
        # For each `try` with catch cases being walked: how many scopes enclose it (an exception thrown in its
        # body may be caught there, inside those scopes).
        self.try_depths: list[int] = []

    # ------------------------------------------------------------------------------------------ driver

    def run(self) -> None:
        for body, owner in self.bodies():
            if owner not in self.reused:
                self.collect_vals(body)
        for body, owner in self.bodies():
            facts = self.reused.get(owner)
            if facts is not None:
                self.sink.items.extend(r.diagnostic for r in facts.reported)  # (what walking it reported before)
                continue
            self.reported[owner] = []
            self.walking = owner
            self.walk(body, [], owner)

    def methods(self):
        for owner in (*self.program.objects.values(), *self.program.classes.values()):
            for m in owner.every_method():
                if isinstance(m.body, tir.Expr) and m.import_module is None:
                    yield m
        for m in self.program.local_methods:  # `def`s inside blocks, lifted: checked like the others
            if isinstance(m.body, tir.Expr):
                yield m

    def bodies(self):
        for obj in self.program.objects.values():
            if obj.init is not None:
                yield obj.init, obj
            for m in obj.every_method():
                if isinstance(m.body, tir.Expr) and m.import_module is None:
                    yield m.body, m
        for cls in self.program.classes.values():
            if cls.init is not None:
                yield cls.init, cls
            for m in cls.every_method():
                if isinstance(m.body, tir.Expr):
                    yield m.body, m
        for m in self.program.local_methods:
            if isinstance(m.body, tir.Expr):
                yield m.body, m

    def collect_vals(self, body: tir.Expr) -> None:
        for n in self.nodes_of(body):
            if isinstance(n, tir.LocalDef) and not n.sym.mutable:
                self.constants.vals[n.sym] = n.value
                if isinstance(n.value, tir.Allocate):
                    self.allocations[n.sym] = n.value
                elif isinstance(n.value, tir.LocalGet) and n.value.sym in self.allocations:
                    self.allocations[n.sym] = self.allocations[n.value.sym]  # `val t = s`: the same segment

    def line(self, span: Span) -> int:
        line = self.source.position(span.start).line
        self._lines.append((span, line))
        return line

    # ------------------------------------------------------------------------------------------ the walk

    def walk(self, e: tir.Expr, scopes: list[ScopeFrame], owner) -> None:
        """Visit e with the stack of lexically enclosing scopes (innermost last)."""
        if isinstance(e, tir.MemoryScope):
            if scopes:
                outer = scopes[-1].node
                self.report(codes.NESTED_ALLOCATOR,
                            "withMemoryAllocator opened while another scope is active: the outer allocator is "
                            "suspended until this block ends", e.keyword_span,
                            [Related(outer.keyword_span, "the enclosing scope is opened here")])
            frame = ScopeFrame(e, scopes[-1].layout if scopes else ScopeLayout.of(e))
            frame.owned.add(e.allocator)
            self.find_owned(frame)
            self.walk(e.body, scopes + [frame], owner)
            self.check_scope_result(e, frame)
            return
        if isinstance(e, tir.Allocate):
            self.check_allocate(e, scopes)
        elif isinstance(e, tir.SegmentAccess):
            self.check_access(e)
        elif isinstance(e, tir.Call):
            if scopes:
                self.check_call_nesting(e, scopes)
                self.check_call_stores(e, scopes)
                for k in {k for t in self.summaries.targets(e) for k in self.summaries.allocates_from.get(t, ())}:
                    if k < len(e.args):
                        self.check_suspended(e.args[k], e.span, scopes, e)
        elif isinstance(e, (tir.LocalSet, tir.GlobalSet, tir.FieldSet, tir.ArraySet)):
            if scopes:
                self.check_assignment(e, scopes)
        elif isinstance(e, tir.Discard):
            self.check_ignored_errno(e)
        elif isinstance(e, tir.Throw):
            if scopes:
                self.check_thrown(e, scopes)
        elif isinstance(e, tir.Try) and e.handler is not None:
            self.try_depths.append(len(scopes))
            try:
                self.walk(e.body, scopes, owner)
            finally:
                self.try_depths.pop()
            for child in (e.handler, e.finalizer):
                if child is not None:
                    self.walk(child, scopes, owner)
            return
        for child in tir.children(e):
            self.walk(child, scopes, owner)

    def find_owned(self, frame: ScopeFrame) -> None:
        """Which locals declared in a scope's body hold its segments (a fixpoint, since a var may be assigned after
        it is declared)."""
        defs = frame.defs_inside()
        changed = True
        while changed:
            changed = False
            for _, sym, value in defs:
                if frame.declares(sym) and sym not in frame.owned and self.owned_by(value, frame):
                    frame.owned.add(sym)
                    changed = True

    def owned_by(self, e: tir.Expr | None, frame: ScopeFrame) -> tir.Expr | None:
        """The part of e that is a segment or allocator belonging to frame's scope, if any."""
        if e is None:
            return None
        if isinstance(e, tir.Allocate):
            return e if self.owned_by(e.allocator, frame) is not None else None
        if isinstance(e, tir.LocalGet):
            return e if frame.holds(e.sym) else None
        if isinstance(e, tir.FieldGet) and may_hold_segment(e.tpe):
            # `h.seg` or `h.inner` of an object made in the scope (a case class bound by a pattern, `copy`)
            return e if self.owned_by(e.obj, frame) is not None else None
        if isinstance(e, tir.Cast):
            return self.owned_by(e.value, frame)
        if isinstance(e, tir.If):
            return self.owned_by(e.then, frame) or self.owned_by(e.otherwise, frame)
        if isinstance(e, tir.Try):  # its value comes from the body or a catch case
            return self.owned_by(e.body, frame) or self.owned_by(e.handler, frame)
        if isinstance(e, tir.Block):
            return self.owned_by(e.result, frame)
        if isinstance(e, tir.Match):
            for c in e.cases:
                found = self.owned_by(c.body, frame)
                if found is not None:
                    return found
            return None
        if isinstance(e, tir.Lambda):
            # A closure holds what it captures: the scope's segments it reads go wherever the closure goes.
            inner = {id(s) for s in (*e.params, *e.locals)}
            for n in tir.walk(e.body):
                if isinstance(n, tir.LocalGet) and n.sym in frame.owned and id(n.sym) not in inner:
                    return n
            return None
        if isinstance(e, (tir.ArrayLiteral, tir.NewTuple)):
            for item in e.items:
                found = self.owned_by(item, frame)
                if found is not None:
                    return found
        if isinstance(e, tir.NewObject):
            for arg in e.args:
                found = self.owned_by(arg, frame)
                if found is not None:
                    return found
        if isinstance(e, tir.Call):
            for k in {k for t in self.summaries.targets(e) for k in self.summaries.returns.get(t, ())}:
                if k < len(e.args) and self.owned_by(e.args[k], frame) is not None:
                    return e  # the method hands back (something made from) the scope's segment or allocator
            if e.receiver is not None and may_hold_segment(e.tpe) and self.owned_by(e.receiver, frame) is not None:
                return e  # a method of an object holding the scope's segment (`box.get`) may hand it back
        return None

    # ------------------------------------------------------------------------------------------ escapes

    def escape_code(self, value: tir.Expr):
        return codes.ALLOCATOR_ESCAPE if value.tpe is MEMORY_ALLOCATOR else codes.SEGMENT_ESCAPE

    def what(self, value: tir.Expr) -> str:
        return "allocator" if value.tpe is MEMORY_ALLOCATOR else "segment"

    def check_assignment(self, e, scopes: list[ScopeFrame]) -> None:
        for frame in scopes:
            owned = self.owned_by(e.value, frame)
            if owned is None:
                continue
            if isinstance(e, tir.LocalSet):
                if frame.declares(e.sym):
                    continue
                place = f"the variable `{e.sym.name}` declared outside the block"
                related = [Related(e.sym.span, f"`{e.sym.name}` is declared here")]
            elif isinstance(e, tir.GlobalSet):
                place = f"the object's variable `{e.sym.qualified_name}`"
                related = [Related(e.sym.span, f"`{e.sym.name}` is declared here")]
            elif isinstance(e, tir.FieldSet):
                if isinstance(e.obj, tir.LocalGet) and frame.declares(e.obj.sym):
                    continue  # an object made inside the scope: its own escape is checked where it goes
                place = f"the field `{e.sym.name}`"
                related = []
            else:
                if isinstance(e.array, tir.LocalGet) and frame.declares(e.array.sym):
                    continue
                place = "an array element"
                related = []
            what = self.what(owned)
            how = "a closure that captures it is" if isinstance(e.value, tir.Lambda) else "it is"
            self.report(self.escape_code(owned),
                        f"this {what} belongs to the withMemoryAllocator scope on line "
                        f"{self.line(frame.node.keyword_span)}, but {how} stored in {place}, which outlives it",
                        e.span, [Related(frame.node.keyword_span, "the scope is opened here"), *related])
            return

    def check_scope_result(self, e: tir.MemoryScope, frame: ScopeFrame) -> None:
        result = e.body
        while isinstance(result, tir.Block) and result.result is not None:
            result = result.result
        owned = self.owned_by(result, frame)
        if owned is not None:
            what = self.what(owned)
            self.report(self.escape_code(owned),
                        f"the {what} is the result of its own withMemoryAllocator block, so it outlives the scope "
                        "that owns it", owned.span, [Related(e.keyword_span, "the scope is opened here")])

    def check_thrown(self, e: tir.Throw, scopes: list[ScopeFrame]) -> None:
        """An exception carrying a scope's segment (or allocator) thrown where no `try` inside that scope can catch
        it: it leaves the scope with the segment in it."""
        for k, frame in enumerate(scopes):
            if any(depth > k for depth in self.try_depths):
                continue  # a `try` inside this scope may catch it there
            owned = self.owned_by(e.value, frame)
            if owned is None:
                continue
            what = self.what(owned)
            self.report(self.escape_code(owned),
                        f"this {what} belongs to the withMemoryAllocator scope on line "
                        f"{self.line(frame.node.keyword_span)}, but it is thrown inside an exception, which "
                        "leaves the scope", e.value.span, [Related(frame.node.keyword_span, "the scope is opened here")])
            return

    def check_call_stores(self, e: tir.Call, scopes: list[ScopeFrame]) -> None:
        targets_by_param = self.summaries.stores_of(e)
        for i, arg in enumerate(e.args):
            if not _mentions_memory_types(arg) or i not in targets_by_param:
                continue
            for frame in scopes:
                owned = self.owned_by(arg, frame)
                if owned is None or not self._target_outlives(targets_by_param[i], e, frame):
                    continue
                what = self.what(owned)
                related = [Related(frame.node.keyword_span, "the scope is opened here")]
                if not getattr(e.method.owner, "from_prelude", False):  # (the library's source: not the user's file)
                    related.append(Related(e.method.span, f"`{e.method.name}` is defined here"))
                self.report(self.escape_code(owned),
                            f"`{e.method.name}` stores its parameter `{e.method.params[i].name}` beyond the "
                            f"call, so this {what} can outlive its withMemoryAllocator scope", arg.span, related)
                break

    def _target_outlives(self, targets: set, call: tir.Call, frame: ScopeFrame) -> bool:
        """Whether a place a callee stores into can outlive the scope: a global or unknown object, or a field of
        the receiver or of an argument that is not an object made inside the scope."""
        for target in targets:
            if target == ESCAPES:
                return True
            holder = call.receiver if target == THIS else call.args[target]
            if not (isinstance(holder, tir.LocalGet) and frame.declares(holder.sym)):
                return True
        return False

    # ------------------------------------------------------------------------------------------ nesting

    def opens_scope(self, method: MethodSymbol) -> list[tuple[Span, str]] | None:
        """A chain of calls from method's body to a withMemoryAllocator it reaches, or None."""
        return self.summaries.opens.get(method)

    def check_call_nesting(self, e: tir.Call, scopes: list[ScopeFrame]) -> None:
        chain = next((c for t in self.summaries.targets(e) if (c := self.opens_scope(t)) is not None), None)
        if chain is None:
            return
        outer = scopes[-1].node
        related = [Related(outer.keyword_span, "the enclosing scope is opened here")]
        related += [Related(span, text) for span, text in chain]
        self.report(codes.NESTED_ALLOCATOR,
                    f"`{e.method.name}` opens a withMemoryAllocator scope while the one on line "
                    f"{self.line(outer.keyword_span)} is active", e.span, related)

    # ------------------------------------------------------------------------------------------ allocations

    def check_allocate(self, e: tir.Allocate, scopes: list[ScopeFrame]) -> None:
        size = self.constants.value(e.size)
        if size is not None and size < 0:
            self.report(codes.NEGATIVE_ALLOCATION, f"allocate with a negative size ({size})", e.size.span)
        self.check_suspended(e.allocator, e.span, scopes, None)

    def check_suspended(self, alloc: tir.Expr, span: Span, scopes: list[ScopeFrame], via: tir.Call | None) -> None:
        """Allocating from an allocator that cannot be the active one: inside a scope, any allocator from outside
        that scope is suspended (or already ended)."""
        if not scopes or not isinstance(alloc, tir.LocalGet):
            return
        innermost = scopes[-1]
        sym = alloc.sym
        if sym is innermost.node.allocator or innermost.declares(sym):
            return
        inner_name = innermost.node.allocator.name
        owner = next((f for f in scopes[:-1] if f.node.allocator is sym), None)
        related = [Related(innermost.node.keyword_span, "the inner scope is opened here")]
        if owner is not None:
            related.append(Related(owner.node.keyword_span, f"`{sym.name}` belongs here"))
        else:
            related.append(Related(sym.span, f"`{sym.name}` comes from outside this scope"))
        how = f" (`{via.method.name}` allocates from it)" if via is not None else ""
        self.report(codes.SUSPENDED_ALLOCATOR,
                    f"`{sym.name}` is suspended while the inner scope on line "
                    f"{self.line(innermost.node.keyword_span)} is active{how}; allocate from `{inner_name}`",
                    span, related, [Fix(f"Allocate from `{inner_name}`", (TextEdit(alloc.span, inner_name),))])

    def check_access(self, e: tir.SegmentAccess) -> None:
        """Out of bounds: none of the offsets the range analysis allows fits any size the segment can have (the
        same facts that let the lowering drop a check, so a check is never both dropped and reported)."""
        width = WIDTHS[e.value_type]
        allocation = None
        if isinstance(e.segment, tir.Allocate):
            allocation = e.segment
        elif isinstance(e.segment, tir.LocalGet):
            allocation = self.allocations.get(e.segment.sym)
        related = [Related(allocation.span, "the segment is allocated here")] if allocation is not None else []
        if e.offset_range is not None and e.size_range is not None:
            (lo, hi), (_, size) = e.offset_range, e.size_range
            if hi < 0 or lo + width > size:
                if hi < 0:
                    where = "offsets start at 0"
                elif allocation is not None and e.size_range[0] == size:
                    where = f"the segment allocated on line {self.line(allocation.span)} has {size} bytes"
                else:
                    where = f"the segment has {'at most ' if e.size_range[0] != size else ''}{size} bytes"
                what = f"at offset {lo} needs bytes {lo}..{lo + width - 1}" if lo == hi else \
                    f"at offsets {lo}..{hi} needs {width} bytes from each"
                self.report(codes.SEGMENT_OUT_OF_BOUNDS, f"{e.method} {what} but {where}", e.span, related)
                return
        offset = self.constants.value(e.offset)
        if offset is not None and width > 1 and offset % width:
            self.report(codes.MISALIGNED_ACCESS,
                        f"{e.method} at offset {offset} is not a multiple of its width {width}: the access is "
                        "unaligned (slower, and not portable to strict hosts)", e.offset.span, related)

    # ------------------------------------------------------------------------------------------ errno

    def check_ignored_errno(self, e: tir.Discard) -> None:
        v = e.value
        name = None
        if isinstance(v, tir.Builtin) and v.name.startswith("wasi.") and v.tpe is INT:
            name = v.name[5:]
        elif isinstance(v, tir.Call) and v.method.import_module == WASI_MODULE and v.tpe is INT:
            name = v.method.import_name
        if name is not None:
            self.report(codes.IGNORED_ERRNO, f"the errno returned by `{name}` is ignored", v.span)

    # ------------------------------------------------------------------------------------------ reporting

    def report(self, code: codes.Code, message: str, span: Span, related=(), fixes=()) -> None:
        from .facts import Reported

        d = self.sink.report(code, message, span, related, fixes)
        owner = self.walking
        if owner in self.reported:
            self.reported[owner].append(Reported(d, tuple(self._lines)))
        self._lines.clear()


def run_memory_checks(program: tir.Program, source: SourceText, sink: DiagnosticSink,
                      nodes_of: BodyNodes | None = None, reused: dict | None = None) -> MemoryChecks:
    """Returns the checks run (their summaries and what they reported of each body are what semantics/retype.py
    records of each method). reused: see MemoryChecks."""
    checks = MemoryChecks(program, source, sink, nodes_of, reused)
    checks.run()
    return checks
