"""Function bodies encoded once and written into later modules: their code's bytes with every index left as a slot.

A function's code refers to the module's functions, types, globals, tags and data segments by index, and indices
are known only when a whole module is laid out (layout.py). `encode_body` encodes a function's instructions as the
binary writer does, but writes each such index as a five-byte placeholder and notes, in order, where it is and what
it names (the id itself, or the block's function type); a `PrebuiltFunction` carries that `EncodedBody` into another
module, and the binary writer copies the bytes with each slot replaced by that module's index. Labels and locals
are the function's own, so their indices are already right. What the layout reads from a body (the function types of
its blocks, the functions it takes a `ref.func` of, whether it names a data segment) is kept beside the bytes, in code
order. The text writer cannot print such a function: only modules that are encoded, never printed, hold one.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from .binary import _BinaryWriter, s33, u32
from .ids import FuncId
from .instructions import BlockOp, FuncOp, Instr
from .layout import LabelStack
from .module import Function
from .types import AbsHeapType, FuncType

MARK = 2**28  # a placeholder index: five bytes as u32 and as s33 alike
MARK_BYTES = u32(MARK)
assert MARK_BYTES == s33(MARK) and len(MARK_BYTES) == 5

# What a slot holds: the index of a function, a type (u32, or s33 where a heap type is written), a global, a tag, a
# data segment, or the interned function type of a block.
FUNC, TYPE, HEAP, GLOBAL, TAG, DATA, BLOCK = range(7)
_DATA_MNEMONICS = ("array.new_data", "array.init_data", "memory.init", "data.drop")


class Unencodable(Exception):
    """A body this module cannot keep as bytes and slots (a second memory, a placeholder it cannot place)."""


@dataclass
class EncodedBody:
    """A function's code (its instructions and the final `end`, without the locals) with its index slots."""

    code: bytes
    slot_positions: array  # where each slot is in code, in order
    slot_kinds: bytearray  # what each holds (FUNC, TYPE, ...)
    slot_targets: list  # the id each names, or the block's FuncType
    offsets: array  # of each instruction in code
    instrs: list | None  # what stands for each instruction in the instruction map: the instruction, or any object
    # with its `span`; None for a body read back from storage, whose spans are `spans`
    block_types: list[FuncType] = field(default_factory=list)  # interned by the layout, in code order
    func_refs: list[FuncId] = field(default_factory=list)  # `ref.func` targets, in code order
    uses_data: bool = False
    labels: list[str] = field(default_factory=list)  # the names of its blocks' labels, in order
    name_maps: tuple[bytes, bytes] | None = None  # its locals' and labels' maps in the name section, when kept
    spans: tuple | None = None  # without instrs: (each instruction's index into bounds, bounds: the start and end of
    # each distinct span, -1 for none, base: what to add to them, the span type), for the instruction map
    # (instrmap.PrebuiltSpans)


@dataclass
class PrebuiltFunction(Function):
    """A defined function whose body is an `EncodedBody` (its `body` stays empty)."""

    encoded: EncodedBody | None = None


class _Slots:
    """Stands for the layout while a body is encoded once: each index asked for is noted and answered `MARK`."""

    def __init__(self, memory) -> None:
        self.memory_id = memory
        self.noted: list[tuple[int, object]] = []
        self.blocks: dict[int, FuncType] = {}
        self.block_types = self  # (the writer reads `layout.block_types[id(instr)]`)

    def __getitem__(self, key: int):
        ft = self.blocks.get(key)
        if ft is not None:
            self.noted.append((BLOCK, ft))
            return MARK
        return self.plain_blocks[key]

    def func(self, f):
        self.noted.append((FUNC, f))
        return MARK

    def type(self, t):
        self.noted.append((TYPE, t))
        return MARK

    def heap(self, t):
        self.noted.append((HEAP, t))
        return MARK

    def global_(self, g):
        self.noted.append((GLOBAL, g))
        return MARK

    def tag(self, t):
        self.noted.append((TAG, t))
        return MARK

    def data(self, d):
        self.noted.append((DATA, d))
        return MARK

    def memory(self, m) -> int:
        if m is None or m is self.memory_id:
            return 0
        raise Unencodable(f"memory {m!r}")

    @staticmethod
    def field(t, index: int, instr: Instr) -> int:
        return index


class _BodyWriter(_BinaryWriter):
    def __init__(self, slots: _Slots) -> None:
        self.module = None
        self.names = True
        self.layout = slots
        self.local_indices = {}

    def heap_type(self, heap) -> bytes:
        if isinstance(heap, AbsHeapType):
            return bytes([heap.code])
        return s33(self.layout.heap(heap))


def encode_body(f: Function, memory=None) -> EncodedBody:
    """f's code as bytes and slots; `memory`: the id of the module's one memory (instructions may name it)."""
    slots = _Slots(memory)
    writer = _BodyWriter(slots)
    writer.local_indices = {loc: i for i, loc in enumerate([*f.params, *(loc for loc, _ in f.locals)])}
    plain: dict[int, object] = {}
    encoded = EncodedBody(b"", array("q"), bytearray(), [], array("q"), [])
    for instr in f.body:
        if isinstance(instr, BlockOp):
            encoded.labels.append(instr.label.name)
            if instr.params or len(instr.results) > 1:
                ft = FuncType(instr.params, instr.results)
                slots.blocks[id(instr)] = ft
                encoded.block_types.append(ft)
            else:
                plain[id(instr)] = instr.results[0] if instr.results else None
        elif isinstance(instr, FuncOp) and instr.mnemonic == "ref.func":
            encoded.func_refs.append(instr.func)
        elif instr.mnemonic in _DATA_MNEMONICS:
            encoded.uses_data = True
    slots.plain_blocks = plain
    code = bytearray()
    labels = LabelStack()
    offsets, instrs = encoded.offsets, encoded.instrs
    positions, kinds, targets = encoded.slot_positions, encoded.slot_kinds, encoded.slot_targets
    noted = slots.noted
    for instr in f.body:
        start = len(code)
        offsets.append(start)
        instrs.append(instr)
        before = len(noted)
        writer.instr(instr, code, labels)
        if len(noted) > before:
            # Each noted index was written as MARK, in the order the bytes follow: find them in this instruction.
            at = start
            for kind, what in noted[before:]:
                at = code.find(MARK_BYTES, at)
                if at < 0:
                    raise Unencodable(f"{instr.mnemonic}: a slot that is not in its bytes")
                positions.append(at)
                kinds.append(kind)
                targets.append(what)
                at += 5
            if code.find(MARK_BYTES, at) >= 0:  # (bytes of the instruction itself that look like one)
                raise Unencodable(f"{instr.mnemonic}: bytes that look like a slot")
    code.append(0x0B)
    encoded.code = bytes(code)
    return encoded
