"""Self-calls in tail position, lowered as `return_call`: scalac turns a method's tail calls of itself into a loop
(for methods that cannot be overridden: an object's, a local def's), so `def loop(n: Long, ...)` recursing millions
of times runs in constant stack on the JVM; `return_call` does the same in Wasm.

A call counts when it is the value the method returns, reached through blocks, `if` branches and `match` cases only
(never inside a `try`, whose handler must stay on the stack), with the method's own result type (no conversion after
it).
"""
from __future__ import annotations

from ..semantics import tir
from ..semantics import types as st
from ..semantics.symbols import MethodSymbol


def tail_self_calls(method: MethodSymbol) -> set[int]:
    """The ids of the tir.Call nodes of `method`'s body that are tail calls of itself."""
    if not (method.is_static or getattr(method, "is_local", False)) or method.body is None:
        return set()
    found: set[int] = set()
    stack = [method.body]
    while stack:
        e = stack.pop()
        if isinstance(e, tir.Block):
            if e.result is not None:
                stack.append(e.result)
            elif method.result is st.UNIT and e.stats:
                stack.append(e.stats[-1])
        elif isinstance(e, tir.If):
            stack.append(e.then)
            if e.otherwise is not None:
                stack.append(e.otherwise)
        elif isinstance(e, tir.Match):
            stack.extend(c.body for c in e.cases)
        elif isinstance(e, tir.Call) and e.method is method and e.receiver is None \
                and (e.tpe == method.result or (method.result is st.UNIT and e.tpe is st.UNIT)):
            found.add(id(e))
    return found
