"""Typing a build's program without the method bodies whose lowered function an earlier build stored.

A method that declares its result type is typed from its own text and the program's outline, and so is its
stored function keyed (lowering/stored.py): when the key finds both that function and this module's record of the
method's typing, the build reuses the function, and nothing reads the typed body, so it is not typed. The record
keeps what the body's typing gave the rest of the build: its diagnostics (relative to the definition, so that
they survive a move) and the facts the lowering reads from bodies it does not lower (whether the body has a `try`,
which parameters it reads, which of its object's fields and methods it touches).

Whatever else reads a skipped body (a stored function that no longer holds, an initializer's purity walk, a check
across calls) reads it typed: a skipped method is a `_Deferred` symbol whose `body`, read, types it then, with the
typer of this build; its diagnostics, already given from the record, are dropped. A method is recorded only when
typing its body touched nothing of the program's (no class, object or local `def` entered, no array-copy site, no
diagnostic outside the definition): typed late, or not at all, it gives the same tree and the same program as typed
in order. The pipeline leaves this out when the memory intrinsics are visible (their analyses read every body).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from . import tir
from .symbols import MethodSymbol
from .typer import TyperExtension
from ..source import Span


@dataclass(frozen=True)
class TypingRecord:
    """What typing one method's body gave the rest of the build."""

    diagnostics: tuple  # its own diagnostics, spans relative to the definition's start
    has_try: bool  # (the program-wide fact that anything can be caught: lowering/exceptions.py)
    params_read: tuple[int, ...]  # the indices of the parameters the body reads
    # For whether a call must first run its object's initializer (lowering/objects.py): whether the body reads or
    # writes a field of its own owner, and which of its owner's methods it calls (their places in every_method()).
    touches_own_fields: bool
    own_callees: tuple[int, ...]


class _Deferred(MethodSymbol):
    """A method whose body was not typed: reading `body` types it (with the build's typer) and turns the symbol back
    into a plain MethodSymbol."""

    @property
    def body(self):
        state = self.__dict__
        skipping = state.pop("_skipping", None)
        if skipping is None:  # (a symbol released with its program)
            return state.get("_body")
        self.__class__ = MethodSymbol
        del state["_body"], state["_record"]
        state["body"] = None
        skipping.type_late(self)
        return state["body"]

    @body.setter
    def body(self, value) -> None:
        self.__dict__["_body"] = value


def deferred_record(method) -> TypingRecord | None:
    """The record standing for a method's untyped body, or None when the body is typed (or was never skipped)."""
    if type(method) is _Deferred and "_skipping" in method.__dict__:
        return method.__dict__["_record"]
    return None


# The program-wide tables whose growth while a body is typed means the body added to the program (a class, an
# object, a lifted `def`, a site checked once everything is typed): such a body is always typed.
_WATCHED = ("array_copy_sites", "block_classes", "local_objects", "anonymous_classes", "implicit_conversions",
            "lazy_getters", "lazy_local_cells", "non_local_keys", "seq_arguments", "repeated_sites")


class BodySkipping(TyperExtension):
    """The typer extension (last in the list) that leaves out the bodies recorded and reusable, and records the
    bodies it types. key_of(typer, method): the method's key (the stored function's), or None: not one to skip or
    record. records: the records of an earlier build by key; reusable(key): whether its function is stored."""

    def __init__(self, key_of, records: dict, reusable) -> None:
        self.key_of = key_of
        self.found = records
        self.reusable = reusable
        self.made: dict[str, TypingRecord] = {}  # the records of the bodies typed now
        self.skipped: dict[str, TypingRecord] = {}  # the records of the bodies left out (and still right)
        self.late = 0  # skipped bodies typed after all (something read them)
        self._typer = None
        self._inside: set[int] = set()
        self._attributed: set[int] = set()  # diagnostics given to a method typed within another's typing

    def check_method(self, typer, method: MethodSymbol) -> bool:
        if id(method) in self._inside:
            return False  # the typer's own typing, inside the frame below
        self._typer = typer
        key = self.key_of(typer, method)
        if key is not None:
            record = self.found.get(key)
            if type(record) is TypingRecord and self.reusable(key):
                self._defer(method, key, record)
                return True
        self._type(typer, method, key)
        return True

    def _defer(self, method: MethodSymbol, key: str, record: TypingRecord) -> None:
        start = method.defn.span.start
        sink = self._typer.sink
        for d in record.diagnostics:
            sink.items.append(_moved(d, start))
        self.skipped[key] = record
        method.__class__ = _Deferred
        method.__dict__["_body"] = None
        method.__dict__["_record"] = record
        method.__dict__["_skipping"] = self

    def type_late(self, method: MethodSymbol) -> None:
        """Type a skipped body now: its diagnostics came from the record already."""
        self.late += 1
        own = self._type(self._typer, method, None)
        drop = set(map(id, own))
        self._typer.sink.items[:] = [d for d in self._typer.sink.items if id(d) not in drop]

    def _type(self, typer, method: MethodSymbol, key: str | None) -> list:
        """Type the method as the typer does, noting what its own typing reported (and, given a key, keeping its
        record). Returns the diagnostics its own typing reported."""
        items = typer.sink.items
        start = len(items)
        sizes = _sizes(typer) if key is not None else None
        self._inside.add(id(method))
        try:
            typer.check_method(method)
        finally:
            self._inside.discard(id(method))
        own = [d for d in items[start:] if id(d) not in self._attributed]
        self._attributed.update(map(id, own))
        if key is not None and sizes == _sizes(typer) and isinstance(method.body, tir.Expr):
            record = _record(method, own)
            if record is not None:
                self.made[key] = record
        return own


def _sizes(typer) -> tuple:
    program = typer.program
    sizes = [len(program.classes), len(program.objects), len(program.local_methods)]
    for name in _WATCHED:
        value = getattr(typer, name, None)
        sizes.append(-1 if value is None else len(value))
    return tuple(sizes)


def _record(method: MethodSymbol, own: list) -> TypingRecord | None:
    span = method.defn.span
    diagnostics = []
    for d in own:
        moved = _moved(d, -span.start, span)
        if moved is None:
            return None  # reported outside the definition: not the body's alone
        diagnostics.append(moved)
    params = {id(p): i for i, p in enumerate(method.params or ())}
    owner = method.owner
    places = {id(m): i for i, m in enumerate(owner.every_method())}
    has_try, touches, read, callees = False, False, set(), set()
    for n in tir.walk(method.body):
        if isinstance(n, tir.Try):
            has_try = True
        elif isinstance(n, tir.LocalGet):
            i = params.get(id(n.sym))
            if i is not None:
                read.add(i)
        elif isinstance(n, (tir.GlobalGet, tir.GlobalSet)):
            touches = touches or n.sym.owner is owner
        elif isinstance(n, tir.Call) and n.method.owner is owner:
            i = places.get(id(n.method))
            if i is None:
                return None  # (a method of its owner that every_method does not list)
            callees.add(i)
    return TypingRecord(tuple(diagnostics), has_try, tuple(sorted(read)), touches, tuple(sorted(callees)))


def _moved(d, by: int, within: Span | None = None):
    """d with its spans moved by `by`; None when within is given and a span is not a plain span inside it."""

    def move(span):
        if type(span) is not Span or (within is not None and not (within.start <= span.start and
                                                                    span.end <= within.end)):
            raise ValueError(span)
        return Span(span.start + by, span.end + by)

    try:
        return replace(d, span=move(d.span), related=tuple(replace(r, span=move(r.span)) for r in d.related),
                       fixes=tuple(replace(f, edits=tuple(replace(e, span=move(e.span)) for e in f.edits))
                                   for f in d.fixes))
    except ValueError:
        return None
