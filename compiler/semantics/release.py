"""Breaking the reference cycles of a typed program nobody reads any more, so reference counting frees it.

A typed program is a cyclic graph: a class's members point at their owner, a method's typed body reads `this` (of
the class's type, which points at the class) and the class's fields and methods. Dropped, such a graph is freed
only by Python's cycle collector, which must traverse every tracked object of its generation to find it: at 1,000
lines about 200 ms per collection in the language server, half of its CPU while someone types (docs/benchmarks.md).
Cutting the few edges that close the cycles (members, bodies, owners) when the last reader lets go of an analysis
makes the rest acyclic: it is freed at once, in proportion to its own size, and collections are rarely due.

Only symbols the program defines are touched: the prelude's are shared by every analysis of the process.
"""
from __future__ import annotations

from .symbols import MethodSymbol


def release_program(program) -> None:
    """Cut the cycles of a typed program's own symbols (the program must not be read afterwards)."""
    if program is None:
        return
    # (A prelude symbol never sits in a program's tables; skipped all the same, since cutting one would break every
    # later analysis of the process.)
    owners = [o for o in (*program.objects.values(), *program.classes.values())
              if not getattr(o, "from_prelude", False)]
    own = {id(owner) for owner in owners}
    methods: dict[int, MethodSymbol] = {id(m): m for m in program.local_methods}
    for owner in owners:
        # `methods` and `overloads` hold inherited members too, the prelude's among them: only the program's own.
        for candidate in (*owner.methods.values(), *(m for ms in owner.overloads.values() for m in ms),
                          *getattr(owner, "constructors", ())):
            if id(getattr(candidate, "owner", None)) in own:
                methods[id(candidate)] = candidate
    for sym in (*methods.values(), *owners):
        for param in getattr(sym, "type_params", ()):
            # An F-bound (`T <: Comparable[T]`) is a cycle of types alone: T's bound's arguments hold T.
            if getattr(param, "owner", None) is sym:
                param.__dict__.clear()
        sym.__dict__.clear()
    program.local_methods = []
    program.objects = {}
    program.classes = {}
    program.main = None


def release_typer(typer) -> None:
    """Cut what the typer's own tables close: typed default arguments and block classes refer back into the
    program, and its scopes into its symbols."""
    if typer is None:
        return
    program = getattr(typer, "program", None)
    typer.__dict__.clear()
    release_program(program)
