"""Self-recursion `f(a) + f(b)` as a loop with an accumulator, as clang does for fib: one of the two calls
becomes the next turn of a loop, so the call tree has half the calls.

    def f(n: Int): Int = if (c(n)) base(n) else f(a(n)) + f(b(n))
    ==>  acc = 0; loop { if (c(n)) return acc + base(n); acc += f(a(n)); n = b(n) }

Exact for Int and Long: their addition wraps, so it is associative and commutative, and the evaluation order is
the JVM's: c, then f(a) in full, then b (pure: parameters, constants and arithmetic that cannot fail), then the
addition; the base case last. Only the depth of the recursion changes (as a JVM's stack size would change it).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..semantics import tir
from ..semantics import types as st
from ..semantics.symbols import MethodSymbol

_PURE_OPS = {"+", "-", "*", "&", "|", "^", "<<", ">>", ">>>"}


@dataclass(frozen=True)
class AccumulatingRecursion:
    """The parts of a method of that shape."""

    cond: tir.Expr
    base_when_true: bool  # the base case is the `then` branch
    base: tir.Expr
    kept_call: tir.Call  # f(a): stays a call
    next_args: list[tir.Expr]  # b: the parameters of the next turn


def find(method: MethodSymbol) -> AccumulatingRecursion | None:
    body = method.body
    while isinstance(body, tir.Block) and not body.stats and body.result is not None:
        body = body.result
    if not method.is_static or getattr(method, "is_local", False) or method.result not in (st.INT, st.LONG) or not isinstance(body, tir.If) \
            or body.otherwise is None:
        return None
    for base_when_true, base, rec in ((True, body.then, body.otherwise), (False, body.otherwise, body.then)):
        if not (isinstance(rec, tir.Binary) and rec.op == "+" and rec.operand_type is method.result):
            continue
        first, second = rec.lhs, rec.rhs
        if _self_call(first, method) and _self_call(second, method) \
                and all(_pure(a, method) for a in second.args) \
                and not _calls(method, body.cond) and not _calls(method, base) \
                and not any(_calls(method, a) for a in first.args):
            return AccumulatingRecursion(body.cond, base_when_true, base, first, list(second.args))
    return None


def _self_call(e: tir.Expr, method: MethodSymbol) -> bool:
    return isinstance(e, tir.Call) and e.method is method and e.receiver is None


def _calls(method: MethodSymbol, e: tir.Expr) -> bool:
    """Whether e calls the method or returns from it (either would change the loop's meaning)."""
    return any((isinstance(n, tir.Call) and n.method is method) or isinstance(n, tir.Return) for n in tir.walk(e))


def _pure(e: tir.Expr, method: MethodSymbol) -> bool:
    """Reads only parameters and constants, and cannot fail."""
    if isinstance(e, tir.Const):
        return True
    if isinstance(e, tir.LocalGet):
        return e.sym in (method.params or ())
    if isinstance(e, tir.Binary):
        return e.op in _PURE_OPS and _pure(e.lhs, method) and _pure(e.rhs, method)
    if isinstance(e, tir.Unary):
        return e.op in ("-", "~") and _pure(e.operand, method)
    if isinstance(e, tir.Convert):
        return e.tpe in (st.INT, st.LONG) and e.value.tpe in (st.INT, st.LONG) and _pure(e.value, method)
    return False


def lower_as_loop(g, method: MethodSymbol, plan: AccumulatingRecursion) -> None:
    """Emit the method's body as the accumulating loop (g: the method's FunctionLowering, params declared)."""
    wide = method.result is st.LONG
    p = "i64" if wide else "i32"
    vt = g.types.valtype(method.result)
    acc = g.scratch(vt, "acc")
    emit = g.emit
    emit(f"{p}.const", 0)
    emit("local.set", acc)
    with g.fb.loop() as again:
        g.expr(plan.cond)
        if not plan.base_when_true:
            emit("i32.eqz")
        with g.fb.if_():
            emit("local.get", acc)
            g.expr(plan.base)
            emit(f"{p}.add")
            emit("return")
        emit("local.get", acc)
        g.expr(plan.kept_call)
        emit(f"{p}.add")
        emit("local.set", acc)
        temps = []
        for arg in plan.next_args:  # all computed before any parameter changes: b reads the old values
            temp = g.scratch(g.types.valtype(arg.tpe), "next")
            g.expr(arg)
            emit("local.set", temp)
            temps.append(temp)
        for param, temp in zip(method.params, temps):
            emit("local.get", temp)
            emit("local.set", g.locals[param])
        emit("br", again)
    emit("unreachable")
