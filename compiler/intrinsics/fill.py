"""A loop that stores one constant byte at every offset of a range, `for (i <- lo until hi) s.setByte(i, C)`, as one
check and one `memory.fill`. The JVM's failure is kept: the scope check first, then, if some offset is out of
bounds, the exception for the first such offset (the stores before it cannot be observed: nothing runs after an
uncaught exception but its message)."""
from __future__ import annotations

from ..semantics import tir
from ..semantics.types import BYTE, INT
from ..wasm import I32
from .access import segment_locals


def fill_store(e: tir.ForRange) -> tir.SegmentAccess | None:
    """The store of a loop of that shape, or None."""
    body = e.body
    while isinstance(body, tir.Block) and len(body.stats) + (body.result is not None) == 1:
        body = body.stats[0] if body.stats else body.result
    if isinstance(body, tir.Discard):
        body = body.value
    if e.inclusive or e.var.tpe is not INT or not isinstance(body, tir.SegmentAccess) or not body.is_set:
        return None
    if body.value_type is not BYTE or not isinstance(body.value, tir.Const):
        return None
    if not (isinstance(body.offset, tir.LocalGet) and body.offset.sym is e.var):
        return None
    if not (isinstance(body.segment, tir.LocalGet) and not body.segment.sym.mutable):
        return None
    return body


def lower_fill(memory, g, e: tir.ForRange, store: tir.SegmentAccess) -> None:
    emit = g.emit
    seg_t = g.types.segment_type()
    seg = g.locals[store.segment.sym]
    lo, hi = g.scratch(I32, "from"), g.scratch(I32, "until")
    g.expr(e.start)
    emit("local.set", lo)
    g.expr(e.end)
    emit("local.set", hi)
    checked = not g.l.unchecked
    with g.fb.block() as empty:
        emit("local.get", lo)
        emit("local.get", hi)
        emit("i32.ge_s")
        emit("br_if", empty)  # no turn of the loop: no store, no check
        with g.fb.at(store.span if g.spans else g.fb.span):
            if checked and not store.proven_alive:
                memory.alive_check(g, seg)
            if checked and not store.proven_in_bounds:
                def fail_at(push_offset) -> None:
                    push_offset()
                    emit("i32.const", 1)
                    emit("local.get", seg)
                    emit("struct.get", seg_t, 1)
                    g.call_prelude("Runtime", "segmentOutOfBounds")
                    emit("unreachable")

                if store.offset_range is None or store.offset_range[0] < 0:
                    emit("local.get", lo)
                    emit("i32.const", 0)
                    emit("i32.lt_s")
                    with g.fb.if_():  # the first turn already fails
                        fail_at(lambda: emit("local.get", lo))
                emit("local.get", hi)
                emit("local.get", seg)
                emit("struct.get", seg_t, 1)
                emit("i32.gt_s")
                with g.fb.if_():  # the turn at offset max(lo, size) fails
                    def first_outside() -> None:
                        emit("local.get", lo)
                        emit("local.get", seg)
                        emit("struct.get", seg_t, 1)
                        emit("local.get", lo)
                        emit("local.get", seg)
                        emit("struct.get", seg_t, 1)
                        emit("i32.gt_s")
                        emit("select")
                    fail_at(first_outside)
            fast = segment_locals(g, store)
            if fast is not None:
                emit("local.get", fast.start)
            else:
                emit("local.get", seg)
                emit("struct.get", seg_t, 0)
            emit("local.get", lo)
            emit("i32.add")
            emit("i32.const", store.value.value & 0xFF)
            emit("local.get", hi)
            emit("local.get", lo)
            emit("i32.sub")
            emit("memory.fill", g.l.memory)
