"""Lowering of the memory intrinsics: scopes save and restore the bump pointer, accessors become single loads and
stores (after the bounds and scope checks that cannot be proven away), `@WasmImport` methods become imports."""
from __future__ import annotations

from ..lowering.codegen import Lowering
from ..lowering.expressions import FunctionLowering
from ..semantics import tir
from ..semantics.symbols import MethodSymbol
from ..semantics.types import NOTHING, UNIT
from ..wasm import F32, F64, I32, I64, FuncId, GlobalId, make
from .access import folded_offset, plan_function, remember_load, reuse_load, segment_defined, segment_locals
from .fill import fill_store, lower_fill
from .library import IMPORTABLE, MEMORY_ALLOCATOR, MEMORY_SEGMENT, LOAD_OPS, STORE_OPS, WIDTHS

_KINDS = {"i32": I32, "i64": I64, "f32": F32, "f64": F64}
ENDED_MESSAGE = "java.lang.IllegalStateException: {what} used after its withMemoryAllocator scope ended"
SUSPENDED_MESSAGE = ("java.lang.IllegalStateException: allocating from a suspended MemoryAllocator "
                     "(an inner withMemoryAllocator scope is active)")


class MemoryState:
    """The runtime's allocation state, as globals: the bump pointer, the active scope's id, the last id given."""

    def __init__(self, lowering: Lowering) -> None:
        module = lowering.module
        self.mark = lowering.mark_global()
        self.active = GlobalId("memory.activeScope")
        self.counter = GlobalId("memory.scopeCounter")
        module.add_global(self.active, I32, True, [make("i32.const", 0)])
        module.add_global(self.counter, I32, True, [make("i32.const", 0)])


class MemoryLowering:
    """The lowering extension; one instance serves one build."""

    def __init__(self) -> None:
        self._state: dict[int, MemoryState] = {}

    def state(self, lowering: Lowering) -> MemoryState:
        st = self._state.get(id(lowering))
        if st is None:
            st = self._state[id(lowering)] = MemoryState(lowering)
        return st

    # ------------------------------------------------------------------------------------------ hooks

    def method_function(self, lowering: Lowering, method: MethodSymbol) -> FuncId | None:
        if method.import_module is None:
            return None
        params = tuple(_KINDS[IMPORTABLE[p.tpe.name]] for p in method.params or ())
        results = () if method.result in (UNIT, NOTHING) else (_KINDS[IMPORTABLE[method.result.name]],)
        return lowering.host_import(method.import_module, method.import_name, params, results)

    def gen_call(self, g: FunctionLowering, e: tir.Call) -> bool:
        return False

    def enter_function(self, g: FunctionLowering, method: MethodSymbol) -> None:
        """Before a method's body: what its accesses need, and the start and bounds of its segment parameters."""
        if not g.l.optimize or g.l.in_prelude(method) or not isinstance(method.body, tir.Expr):
            return
        plan_function(g, method, g.l.unchecked)
        for p in method.params or ():
            segment_defined(g, p, g.l.unchecked)

    def local_defined(self, g: FunctionLowering, sym) -> None:
        segment_defined(g, sym, g.l.unchecked)

    def gen_loop(self, g: FunctionLowering, e: tir.ForRange) -> bool:
        store = fill_store(e) if g.l.optimize else None
        if store is None:
            return False
        lower_fill(self, g, e, store)
        return True

    def gen_builtin(self, g: FunctionLowering, e: tir.Builtin) -> bool:
        return False

    def gen(self, g: FunctionLowering, e: tir.Expr) -> bool:
        if isinstance(e, tir.MemoryScope):
            self.scope(g, e)
        elif isinstance(e, tir.Allocate):
            self.allocate(g, e)
        elif isinstance(e, tir.SegmentAccess):
            self.access(g, e)
        elif isinstance(e, tir.SegmentField):
            g.expr(e.segment)
            g.emit("struct.get", g.types.segment_type(), 0 if e.field == "start" else 1)
        else:
            return False
        return True

    # ------------------------------------------------------------------------------------------ scopes

    def scope(self, g: FunctionLowering, e: tir.MemoryScope) -> None:
        state = self.state(g.l)
        allocator_t = g.types.allocator_type()
        saved_mark = g.scratch(I32, "savedMark")
        saved_scope = g.scratch(I32, "savedScope")
        allocator = g.locals[e.allocator]
        # Entry: remember the mark and the active scope, open a new scope with a fresh id.
        g.emit("global.get", state.mark)
        g.emit("local.set", saved_mark)
        g.emit("global.get", state.active)
        g.emit("local.set", saved_scope)
        g.emit("global.get", state.counter)
        g.emit("i32.const", 1)
        g.emit("i32.add")
        g.emit("global.set", state.counter)
        g.emit("global.get", state.counter)
        g.emit("global.set", state.active)
        g.emit("global.get", state.counter)
        g.emit("i32.const", 0)
        g.emit("struct.new", allocator_t)
        g.emit("local.set", allocator)
        span = g.fb.span

        def exit_scope() -> None:
            # Exit: the allocator and its segments die, memory above the saved mark is free again.
            with g.fb.at(span):
                g.emit("local.get", allocator)
                g.emit("i32.const", 1)
                g.emit("struct.set", allocator_t, 1)
                g.emit("local.get", saved_mark)
                g.emit("global.set", state.mark)
                g.emit("local.get", saved_scope)
                g.emit("global.set", state.active)

        g.exit_actions.append(exit_scope)
        try:
            # An exception leaving the scope ends it as a normal exit does, then goes on.
            g.unwinding(g.types.results(e.body.tpe), lambda: g.expr(e.body), exit_scope)
        finally:
            g.exit_actions.pop()
        if e.body.tpe is not NOTHING:
            exit_scope()
        elif g.l.program_catches:
            g.emit("unreachable")

    def allocate(self, g: FunctionLowering, e: tir.Allocate) -> None:
        g.expr(e.allocator)
        g.expr(e.size)
        check_scope = not e.proven_active
        name = "allocate" if check_scope else "allocateInActiveScope"
        g.emit("call", g.l.custom_helper(name, lambda fid: self.build_allocate(g.l, fid, check_scope)))

    def build_allocate(self, lowering: Lowering, fid: FuncId, check_scope: bool) -> None:
        fb = lowering._new_helper(fid, (lowering.types.valtype(MEMORY_SEGMENT),))
        state = self.state(lowering)
        allocator_t = lowering.types.allocator_type()
        allocator = fb.add_param("allocator", lowering.types.valtype(MEMORY_ALLOCATOR))
        size = fb.add_param("size", I32)
        start = fb.add_local("start", I32)
        end = fb.add_local("end", I32)
        fail = lowering.prelude_function("Runtime", "fail")
        if check_scope:
            fb.emit("local.get", allocator)
            fb.emit("struct.get", allocator_t, 1)
            with fb.if_():
                fb.emit("global.get", lowering.literal(ENDED_MESSAGE.format(what="MemoryAllocator")))
                fb.emit("call", fail)
                fb.emit("unreachable")
            fb.emit("local.get", allocator)
            fb.emit("struct.get", allocator_t, 0)
            fb.emit("global.get", state.active)
            fb.emit("i32.ne")
            with fb.if_():
                fb.emit("global.get", lowering.literal(SUSPENDED_MESSAGE))
                fb.emit("call", fail)
                fb.emit("unreachable")
        fb.emit("local.get", size)
        fb.emit("i32.const", 0)
        fb.emit("i32.lt_s")
        with fb.if_():
            fb.emit("local.get", size)
            fb.emit("call", lowering.prelude_function("Runtime", "negativeAllocation"))
            fb.emit("unreachable")
        # end = start + size rounded up to 8, so every segment starts 8-byte aligned; sizes near 2^31 cannot fit.
        fb.emit("global.get", state.mark)
        fb.emit("local.tee", start)
        fb.emit("local.get", size)
        fb.emit("i32.const", 7)
        fb.emit("i32.add")
        fb.emit("i32.const", -8)
        fb.emit("i32.and")
        fb.emit("i32.add")
        fb.emit("local.tee", end)
        fb.emit("local.get", start)
        fb.emit("i32.lt_u")
        with fb.if_():
            fb.emit("global.get", lowering.literal("java.lang.OutOfMemoryError: out of linear memory"))
            fb.emit("call", fail)
            fb.emit("unreachable")
        fb.emit("local.get", end)
        fb.emit("call", lowering.helper("ensureAvailable"))
        # Fresh memory reads as zeros, as a new buffer does on the JVM, whatever an earlier scope left there.
        fb.emit("local.get", start)
        fb.emit("i32.const", 0)
        fb.emit("local.get", size)
        fb.emit("memory.fill", lowering.memory)
        fb.emit("local.get", end)
        fb.emit("global.set", state.mark)
        fb.emit("local.get", start)
        fb.emit("local.get", size)
        fb.emit("local.get", allocator)
        fb.emit("ref.as_non_null")
        fb.emit("struct.new", lowering.types.segment_type())
        lowering.module.add_function(fb.build())

    # ------------------------------------------------------------------------------------------ accessors

    def access(self, g: FunctionLowering, e: tir.SegmentAccess) -> None:
        seg_t = g.types.segment_type()
        width = WIDTHS[e.value_type]
        optimize = g.l.optimize
        checked = not g.l.unchecked
        check_alive = checked and not e.proven_alive
        check_bounds = checked and not (optimize and e.proven_in_bounds)
        if optimize and not e.is_set and reuse_load(g, e):
            return
        fast = segment_locals(g, e) if optimize else None
        bound = fast.bounds.get(width) if fast is not None and check_bounds else None
        # The segment and a non-constant offset go to locals: the checks and the access read them again.
        # A `var` may be reassigned by the offset or value expression; Scala reads the receiver first, so only an
        # immutable local is read in place.
        seg = g.locals.get(e.segment.sym) if isinstance(e.segment, tir.LocalGet) and not e.segment.sym.mutable \
            else None
        if seg is None:
            seg = g.scratch(g.types.valtype(e.segment.tpe), "segment")
            g.expr(e.segment)
            g.emit("local.set", seg)
        offset_expr, immediate = e.offset, 0
        folded = folded_offset(e.offset) if optimize and not check_bounds else None
        if folded is not None:  # `base + 24` unchecked: base in the address, 24 in the instruction
            offset_expr, immediate = folded
        const_offset = offset_expr.value if isinstance(offset_expr, tir.Const) else None
        offset = None
        if const_offset is None:
            offset = g.scratch(I32, "offset")
            g.expr(offset_expr)
            g.emit("local.set", offset)
        value_local = None
        if e.is_set and (check_alive or check_bounds) and not isinstance(e.value, (tir.Const, tir.LocalGet)):
            # Scala evaluates the argument before the call can fail: keep that order.
            value_local = g.scratch(g.types.valtype(e.value.tpe), "value")
            g.expr(e.value)
            g.emit("local.set", value_local)

        def push_offset() -> None:
            if offset is None:
                g.emit("i32.const", const_offset)
            else:
                g.emit("local.get", offset)

        def out_of_bounds() -> None:
            push_offset()
            g.emit("i32.const", width)
            g.emit("local.get", seg)
            g.emit("struct.get", seg_t, 1)
            g.call_prelude("Runtime", "segmentOutOfBounds")
            g.emit("unreachable")

        if bound is not None:
            # One unsigned compare against the bound computed where the val got its value (0 for a null or ended
            # segment); when it fails, the original checks in their order say why.
            push_offset()
            g.emit("local.get", bound)
            g.emit("i32.ge_u")
            with g.fb.if_():
                if check_alive:
                    self.alive_check(g, seg)
                out_of_bounds()
        else:
            if check_alive:
                self.alive_check(g, seg)
            if check_bounds:
                # offset < 0 || offset > size - width (no overflow: size >= 0 and width <= 8)
                push_offset()
                g.emit("i32.const", 0)
                g.emit("i32.lt_s")
                push_offset()
                g.emit("local.get", seg)
                g.emit("struct.get", seg_t, 1)
                g.emit("i32.const", width)
                g.emit("i32.sub")
                g.emit("i32.gt_s")
                g.emit("i32.or")
                with g.fb.if_():
                    out_of_bounds()
        if fast is not None:
            g.emit("local.get", fast.start)
        else:
            g.emit("local.get", seg)
            g.emit("struct.get", seg_t, 0)
        if offset is not None:
            g.emit("local.get", offset)
            g.emit("i32.add")
        elif const_offset >= 0:
            immediate += const_offset  # folded into the instruction's offset immediate
        else:
            g.emit("i32.const", const_offset)
            g.emit("i32.add")
        if e.is_set:
            if value_local is not None:
                g.emit("local.get", value_local)
            else:
                g.expr(e.value)
            g.emit(STORE_OPS[e.value_type], offset=immediate)
        else:
            g.emit(LOAD_OPS[e.value_type], offset=immediate)
            if optimize:
                remember_load(g, e)

    def alive_check(self, g: FunctionLowering, seg) -> None:
        """Stop with IllegalStateException when the segment's scope has ended (a null segment traps here)."""
        g.emit("local.get", seg)
        g.emit("struct.get", g.types.segment_type(), 2)
        g.emit("struct.get", g.types.allocator_type(), 1)
        with g.fb.if_():
            g.emit("global.get", g.l.literal(ENDED_MESSAGE.format(what="MemorySegment")))
            g.call_prelude("Runtime", "fail")
            g.emit("unreachable")
