"""Exceptions in Wasm: one tag carrying the throwable, `throw` through the runtime, `try_table` for try/catch/finally.

`Runtime.handlers` counts the `try` regions running. With none, `throw` reports the exception where it happens (the
trap's frames keep the failing line, and the behaviour of a program without `try` is what it always was); with
some, it throws the tag. Every `try` catches the tag (a type test that fails rethrows), so the count is right again
wherever an exception lands: the `try` that catches it restores the count it saved on entry.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..semantics import tir
from ..semantics import types as st
from ..semantics.skipping import deferred_record
from ..wasm import EXN, I32, Catch, RefType, TagId
from .dispatch import ROOT_FIELDS

if TYPE_CHECKING:
    from .expressions import FunctionLowering


class ExceptionLowering:
    """The module's side (a mixin of Lowering): the exception tag and whether any `try` is in the program."""

    _exception_tag: TagId | None = None
    _program_catches: bool | None = None

    def throwable_ref(self) -> RefType:
        return RefType(self.types.class_type(self.prelude.classes["Throwable"]), nullable=True)

    def exception_tag(self) -> TagId:
        self.record("unshareable")  # the tag is this module's own
        if self._exception_tag is None:
            self._exception_tag = TagId("exception")
            self.module.add_tag(self._exception_tag, (self.throwable_ref(),))
        return self._exception_tag

    @property
    def program_catches(self) -> bool:
        """Whether the program has a `try` (else no exception is ever caught, and nothing needs to unwind). A fact
        (lowering/stored.py): the `try` may be in any body, which a stored function's key does not cover."""
        answer = self.catches()
        self.record("fact_catches", answer)
        return answer

    def catches(self) -> bool:
        if self._program_catches is None:
            self._program_catches = any(isinstance(n, tir.Try) for body in _bodies(self.program)
                                        for n in tir.walk(body)) or \
                any(r.has_try for r in _untyped_records(self.program))
        return self._program_catches

    def runtime_global(self, name: str):
        return self.global_of(self.prelude.objects["Runtime"].fields[name])


def _bodies(program: tir.Program):
    """The typed bodies (a body the build left untyped, semantics/skipping.py, is not typed for this)."""
    for owner in (*program.objects.values(), *program.classes.values()):
        if isinstance(owner.init, tir.Expr):
            yield owner.init
        for method in owner.every_method():
            if deferred_record(method) is None and isinstance(method.body, tir.Expr):
                yield method.body
    for method in program.local_methods:
        if isinstance(method.body, tir.Expr):
            yield method.body


def _untyped_records(program: tir.Program):
    for owner in (*program.objects.values(), *program.classes.values()):
        for method in owner.every_method():
            record = deferred_record(method)
            if record is not None:
                yield record


class ExceptionCode:
    """The function body's side (a mixin of FunctionLowering): `throw`, `try`, throwable construction."""

    def gen_Throw(self: FunctionLowering, e: tir.Throw):
        self.expr(e.value)
        self.call_prelude("Runtime", "raise")
        self.emit("unreachable")

    def gen_Try(self: FunctionLowering, e: tir.Try):
        fb = self.fb
        handlers = self.l.runtime_global("handlers")
        initializing = self.l.runtime_global("initializing")
        saved = self.scratch(I32, "savedHandlers")
        saved_init = self.scratch(I32, "savedInitializing")
        self.emit("global.get", handlers)
        self.emit("local.tee", saved)
        self.emit("i32.const", 1)
        self.emit("i32.add")
        self.emit("global.set", handlers)
        self.emit("global.get", initializing)
        self.emit("local.set", saved_init)
        vt = self.types.valtype(e.tpe)
        result = self.scratch(vt, "tryResult") if vt is not None else None

        def leave(inside: int) -> None:
            # The count as it was on entry (plus 1 while a `finally` still guards); an exception that escaped an
            # object's initializer left that initializer counted in.
            self.emit("local.get", saved)
            if inside:
                self.emit("i32.const", inside)
                self.emit("i32.add")
            self.emit("global.set", handlers)
            self.emit("local.get", saved_init)
            self.emit("global.set", initializing)

        if e.finalizer is None:
            self.exit_actions.append(lambda: leave(0))
            try:
                self._try_catch(e, result, leave, 0)
            finally:
                self.exit_actions.pop()
        else:
            self._try_finally(e, result, leave)
        if result is not None:
            self.emit("local.get", result)
        elif e.tpe is st.NOTHING:
            self.emit("unreachable")

    def _try_catch(self: FunctionLowering, e: tir.Try, result, leave: Callable[[int], None], inside: int) -> None:
        """The body under a try_table catching the tag; a caught exception goes to the catch cases."""
        fb = self.fb
        if e.handler is None:
            self._value_into(e.body, result)
            if not inside:
                leave(0)
            return
        with fb.block() as done:
            with fb.block(results=(self.l.throwable_ref(),)) as caught:
                with fb.try_table(catches=[Catch("catch", caught, self.l.exception_tag())]):
                    self._value_into(e.body, result)
                leave(inside)
                self.emit("br", done)
            self.emit("local.set", self.locals[e.caught])
            leave(inside)
            self._value_into(e.handler, result)

    def _try_finally(self: FunctionLowering, e: tir.Try, result, leave: Callable[[int], None]) -> None:
        """The finalizer runs after the body (and catch cases) complete, after an exception (which is then thrown
        on), and before a `return` out of them (a copy of it, placed before the return)."""
        fb = self.fb
        finalizing = self.scratch(I32, "finalizing")  # set while a copy runs for a `return`: it does not rerun
        thrown = self.scratch(self.l.throwable_ref(), "thrown")
        self.emit("i32.const", 0)
        self.emit("local.set", finalizing)

        def early_exit() -> None:
            leave(0)
            self.emit("i32.const", 1)
            self.emit("local.set", finalizing)
            self.discard_value(e.finalizer)

        with fb.block() as done:
            with fb.block(results=(self.l.throwable_ref(),)) as abrupt:
                with fb.try_table(catches=[Catch("catch", abrupt, self.l.exception_tag())]):
                    self.exit_actions.append(early_exit)
                    try:
                        self._try_catch(e, result, leave, 1)
                    finally:
                        self.exit_actions.pop()
                self.emit("br", done)
            self.emit("local.set", thrown)
            leave(0)
            self.emit("local.get", finalizing)
            self.emit("i32.eqz")
            with fb.if_():
                self.discard_value(e.finalizer)
            self.emit("local.get", thrown)
            self.call_prelude("Runtime", "raise")
            self.emit("unreachable")
        leave(0)
        self.discard_value(e.finalizer)

    def _value_into(self: FunctionLowering, e: tir.Expr, result) -> None:
        self.expr(e)
        if result is not None:
            self.emit("local.set", result)
        elif self.types.valtype(e.tpe) is not None:
            self.emit("drop")

    def unwinding(self: FunctionLowering, results: tuple, body: Callable[[], None],
                  cleanup: Callable[[], None]) -> None:
        """body; when an exception unwinds out of it, cleanup runs and the exception is thrown on unchanged.
        In a program without `try` nothing unwinds (an exception ends the program where it is thrown)."""
        if not self.l.program_catches:
            body()
            return
        fb = self.fb
        with fb.block(results=results) as done:
            with fb.block(results=(RefType(EXN, nullable=True),)) as unwound:
                with fb.try_table(results=results, catches=[Catch("catch_all_ref", unwound)]):
                    body()
                self.emit("br", done)
            cleanup()
            self.emit("throw_ref")

    # ------------------------------------------------------------------------------------------ null checks

    def catches_null(self: FunctionLowering) -> bool:
        """Whether a null dereference here must be a catchable NullPointerException: in the program's own code
        when it has a `try` (elsewhere Wasm's own trap reports it, with no check to pay for)."""
        return self.l.program_catches and not self.l.in_prelude(self.owner)

    def non_null(self: FunctionLowering, t: st.Type, *, trapping: bool) -> None:
        """The reference of type t on the stack, checked: null is a NullPointerException. `trapping`: the next
        instruction traps on null by itself (struct.get), so only a catchable exception needs code here."""
        if not self.catches_null():
            if not trapping:
                self.emit("ref.as_non_null")
            return
        vt = self.types.valtype(t)
        with self.fb.block(results=(RefType(vt.heap, nullable=False),), params=(vt,)) as present:
            self.emit("br_on_non_null", present)
            self.call_prelude("Runtime", "nullPointer")
            self.emit("unreachable")

    def local_non_null(self: FunctionLowering, local) -> None:
        """As non_null, for a reference held in a local whose use traps on null by itself."""
        if self.catches_null():
            self.emit("local.get", local)
            self.emit("ref.is_null")
            with self.fb.if_():
                self.call_prelude("Runtime", "nullPointer")
                self.emit("unreachable")

    # ------------------------------------------------------------------------------------------ builtins

    def builtin_class_name(self: FunctionLowering, e: tir.Builtin) -> None:
        """The JVM name of an object's class, from its vtable (Throwable.toString's)."""
        self.expr(e.args[0])
        self.emit("struct.get", self.l.object_type(), 0)
        self.emit("struct.get", self.l.vtable_type(None), ROOT_FIELDS.index("name"))

    def builtin_throwable_of_line(self: FunctionLowering, e: tir.Builtin) -> None:
        """A runtime failure's line as a throwable of the class it names, for a `catch` to see; never reached in a
        program without `try` (nothing runs a handler there), which therefore links none of the classes."""
        self.l.record("unshareable")  # depends on whether this program catches
        if not self.l.program_catches:
            self.emit("unreachable")
            return
        self.expr(e.args[0])
        self.call_prelude("Throwables", "fromLine")

    def builtin_exception_throw(self: FunctionLowering, e: tir.Builtin) -> None:
        self.expr(e.args[0])
        self.emit("throw", self.l.exception_tag())
