"""FunctionBuilder: emit instructions with spans and always-closed structured control."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator

from .ids import FuncId, LabelId, LocalId, TypeId
from .instructions import (STRUCTURED, BlockOp, BrOnCast, BrTable, Catch, I32Const, Instr, LabelOp, LocalOp, Simple,
                           TryTable, make_from)
from .module import Function
from .types import ValType, check_valtype, check_valtypes


@dataclass
class _Frame:
    opener: BlockOp
    has_else: bool = False


class FunctionBuilder:
    """Builds one `Function`.

    Every emitted instruction gets the current `span` (set the attribute, or use `with fb.at(span):`).
    Structured control is only available as context managers, so every block is closed and every branch
    target is checked to be an enclosing label when it is emitted.
    """

    def __init__(self, func_id: FuncId, name: str, results: Any = (), type_id: TypeId | None = None) -> None:
        if not isinstance(func_id, FuncId):
            raise TypeError(f"FunctionBuilder needs a FuncId, got {func_id!r}")
        self.func_id = func_id
        self.name = name
        self.results = check_valtypes(results, "function results")
        self.type_id = type_id
        self.span: Any = None
        self._params: list[tuple[LocalId, ValType]] = []
        self._locals: list[tuple[LocalId, ValType]] = []
        self._local_set: set[int] = set()
        self._body: list[Instr] = []
        self._frames: list[_Frame] = []

    # Locals.

    def add_param(self, name: str, valtype: ValType) -> LocalId:
        check_valtype(valtype, f"param {name!r}")
        if self._locals:
            # Locals are numbered after params; a late param would renumber them.
            raise ValueError(f"{self.name}: add every param before the first local")
        return self._new_local(self._params, name, valtype)

    def add_local(self, name: str, valtype: ValType) -> LocalId:
        check_valtype(valtype, f"local {name!r}")
        return self._new_local(self._locals, name, valtype)

    def _new_local(self, into: list, name: str, valtype: ValType) -> LocalId:
        local = LocalId(name)
        into.append((local, valtype))
        self._local_set.add(id(local))
        return local

    # The body so far (read-only), for rules that look back at what was emitted.

    @property
    def position(self) -> int:
        return len(self._body)

    def instructions_since(self, position: int) -> list[Instr]:
        return self._body[position:]

    # Spans.

    @contextmanager
    def at(self, span: Any) -> Iterator[None]:
        """Set `span` for the instructions emitted inside the `with`."""
        saved, self.span = self.span, span
        try:
            yield
        finally:
            self.span = saved

    # Instructions.

    def emit(self, mnemonic: str, *immediates: Any, **memarg: Any) -> Instr:
        """Append one instruction, e.g. `emit("i32.const", 5)`, `emit("i32.load", offset=4)`."""
        if mnemonic in STRUCTURED:
            helper = {"else": "else_()", "if": "if_()", "end": "the with statement"}.get(mnemonic, f"{mnemonic}()")
            raise ValueError(f"{mnemonic} is structured control: use FunctionBuilder.{helper}")
        instr = make_from(mnemonic, immediates, memarg, self.span)
        cls = type(instr)
        if cls is Simple or cls is I32Const:  # the common shapes that refer to no local or label
            self._body.append(instr)
            return instr
        self._check_refs(instr)
        self._body.append(instr)
        return instr

    def append(self, instr: Instr) -> Instr:
        """Append a prebuilt instruction (checked like `emit`); its own span is kept."""
        if instr.mnemonic in STRUCTURED:
            raise ValueError(f"{instr.mnemonic} is structured control: use the FunctionBuilder context managers")
        self._check_refs(instr)
        self._body.append(instr)
        return instr

    def _check_refs(self, instr: Instr) -> None:
        if isinstance(instr, LocalOp) and id(instr.local) not in self._local_set:
            raise ValueError(f"{instr.mnemonic}: {instr.local!r} is not a param or local of {self.name!r}")
        if isinstance(instr, (LabelOp, BrOnCast)):
            self._check_label(instr.mnemonic, instr.label)
        elif isinstance(instr, BrTable):
            for label in (*instr.labels, instr.default):
                self._check_label(instr.mnemonic, label)

    def _check_label(self, mnemonic: str, label: LabelId) -> None:
        if not any(f.opener.label is label for f in self._frames):
            raise ValueError(f"{mnemonic}: {label!r} is not an enclosing block, loop, if or try_table")

    # Structured control.

    @contextmanager
    def block(self, results: Any = (), params: Any = (), name: str = "") -> Iterator[LabelId]:
        with self._structured(BlockOp("block", LabelId(name), params, results, span=self.span)) as label:
            yield label

    @contextmanager
    def loop(self, results: Any = (), params: Any = (), name: str = "") -> Iterator[LabelId]:
        """A loop; branching to its label jumps back to the start."""
        with self._structured(BlockOp("loop", LabelId(name), params, results, span=self.span)) as label:
            yield label

    @contextmanager
    def if_(self, results: Any = (), params: Any = (), name: str = "") -> Iterator[LabelId]:
        """An if on the i32 on the stack; call `else_()` inside the body to start the else arm."""
        with self._structured(BlockOp("if", LabelId(name), params, results, span=self.span)) as label:
            yield label

    @contextmanager
    def try_table(self, catches: Any = (), results: Any = (), params: Any = (),
                  name: str = "") -> Iterator[LabelId]:
        """A try_table; catch clauses (see `Catch`) must target labels enclosing the try_table itself."""
        opener = TryTable("try_table", LabelId(name), params, results, catches, span=self.span)
        for c in opener.catches:
            self._check_label(c.kind, c.label)
        with self._structured(opener) as label:
            yield label

    def else_(self) -> None:
        """Start the else arm of the innermost open `if_`."""
        frame = self._frames[-1] if self._frames else None
        if frame is None or frame.opener.mnemonic != "if":
            raise ValueError("else_() must be called directly inside an if_() body")
        if frame.has_else:
            raise ValueError("else_() was already called for this if_()")
        frame.has_else = True
        self._body.append(Simple("else", span=self.span))

    @contextmanager
    def _structured(self, opener: BlockOp) -> Iterator[LabelId]:
        self._body.append(opener)
        frame = _Frame(opener)
        self._frames.append(frame)
        try:
            yield opener.label
        except BaseException:
            self._close(frame, check=False)
            raise
        self._close(frame, check=True)

    def _close(self, frame: _Frame, check: bool) -> None:
        if self._frames[-1] is not frame:
            raise RuntimeError("structured control closed out of order")
        self._frames.pop()
        opener = frame.opener
        if check and opener.mnemonic == "if" and not frame.has_else and opener.params != opener.results:
            raise ValueError("an if_() whose results differ from its params needs an else_() arm")
        self._body.append(Simple("end", span=self.span))

    # Result.

    def build(self) -> Function:
        if self._frames:
            raise ValueError(f"{self.name}: {len(self._frames)} block(s) still open")
        return Function(
            id=self.func_id,
            name=self.name,
            params=[p for p, _ in self._params],
            param_types=[t for _, t in self._params],
            results=self.results,
            locals=list(self._locals),
            body=list(self._body),
            type_id=self.type_id,
        )


__all__ = ["Catch", "FunctionBuilder"]
