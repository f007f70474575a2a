"""Typed Wasm instructions: one class per shape of immediates, every mnemonic and opcode in one table."""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from typing import Any, ClassVar

from .ids import DataId, FuncId, GlobalId, LabelId, LocalId, MemoryId, TagId, TypeId
from .types import AbsHeapType, RefType, check_valtypes


class Instr:
    """Base of all instructions.

    `span` is opaque: the caller's source-span object (or None), reported back by the writers next to the
    instruction's byte offset and text range.
    """

    __slots__ = ("mnemonic", "span")
    # Keyword immediates a shape accepts from `make`; only memory instructions take any.
    KEYWORDS: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, mnemonic: str, span: Any = None) -> None:
        entry = OPCODES.get(mnemonic)
        if entry is None or entry[1] is not type(self):
            if entry is None:
                raise ValueError(f"unknown instruction {mnemonic!r}")
            raise TypeError(f"{mnemonic} is a {entry[1].__name__} instruction, not {type(self).__name__}")
        self.mnemonic = mnemonic
        self.span = span

    @property
    def opcode(self) -> bytes:
        """The opcode bytes (prefix and sub-opcode); immediates may still adjust it (see `Select`, `RefTypeOp`)."""
        return OPCODES[self.mnemonic][0]

    @classmethod
    def from_args(cls, mnemonic: str, args: tuple, kwargs: dict) -> Instr:
        return cls(mnemonic, *args)

    def immediates(self) -> tuple:
        return tuple(getattr(self, s) for s in type(self).__slots__)

    def __repr__(self) -> str:
        imms = ", ".join(repr(i) for i in self.immediates())
        return f"{type(self).__name__}({self.mnemonic!r}{', ' if imms else ''}{imms})"


def _check(value: Any, kind: type | tuple, mnemonic: str, what: str) -> Any:
    if not isinstance(value, kind) or kind is int and isinstance(value, bool):
        expected = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise TypeError(f"{mnemonic}: {what} must be a {expected}, got {value!r}")
    return value


def _u32(value: Any, mnemonic: str, what: str) -> int:
    _check(value, int, mnemonic, what)
    if not 0 <= value < 2**32:
        raise ValueError(f"{mnemonic}: {what} {value} is out of the u32 range")
    return value


class Simple(Instr):
    """No immediates: numeric operators, `drop`, `return`, `else`, `end`, `ref.eq`, `array.len`, ..."""

    __slots__ = ()

    def __init__(self, mnemonic: str, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)


class I32Const(Instr):
    """`i32.const`; accepts [-2**31, 2**32) and keeps the signed value."""

    __slots__ = ("value",)

    def __init__(self, mnemonic: str, value: int, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        _check(value, int, mnemonic, "the constant")
        if not -(2**31) <= value < 2**32:
            raise ValueError(f"{mnemonic}: {value} does not fit in 32 bits")
        self.value = value - 2**32 if value >= 2**31 else value


class I64Const(Instr):
    """`i64.const`; accepts [-2**63, 2**64) and keeps the signed value."""

    __slots__ = ("value",)

    def __init__(self, mnemonic: str, value: int, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        _check(value, int, mnemonic, "the constant")
        if not -(2**63) <= value < 2**64:
            raise ValueError(f"{mnemonic}: {value} does not fit in 64 bits")
        self.value = value - 2**64 if value >= 2**63 else value


@dataclass(frozen=True)
class FloatBits:
    """An exact IEEE-754 bit pattern for `f32.const`/`f64.const`, for NaN payloads a Python float cannot carry."""

    bits: int


class _FloatConst(Instr):
    __slots__ = ("bits",)
    WIDTH: ClassVar[int]
    FORMAT: ClassVar[str]

    def __init__(self, mnemonic: str, value: float | FloatBits, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        if isinstance(value, FloatBits):
            if not 0 <= value.bits < 2 ** (8 * self.WIDTH):
                raise ValueError(f"{mnemonic}: bit pattern {value.bits:#x} is wider than {8 * self.WIDTH} bits")
            self.bits = value.bits
        else:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"{mnemonic}: the constant must be a float or FloatBits, got {value!r}")
            # struct rounds to f32 for 'f' (and raises on overflow, which we turn into inf like a cast would).
            try:
                packed = struct.pack("<" + self.FORMAT, float(value))
            except OverflowError:
                packed = struct.pack("<" + self.FORMAT, math.copysign(math.inf, value))
            self.bits = int.from_bytes(packed, "little")

    @property
    def value(self) -> float:
        return struct.unpack("<" + self.FORMAT, self.bits.to_bytes(self.WIDTH, "little"))[0]

    def immediates(self) -> tuple:
        return (self.value,)


class F32Const(_FloatConst):
    """`f32.const`; a Python float is rounded to the nearest f32."""

    __slots__ = ()
    WIDTH = 4
    FORMAT = "f"


class F64Const(_FloatConst):
    """`f64.const`."""

    __slots__ = ()
    WIDTH = 8
    FORMAT = "d"


class LocalOp(Instr):
    """`local.get/set/tee`."""

    __slots__ = ("local",)

    def __init__(self, mnemonic: str, local: LocalId, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.local = _check(local, LocalId, mnemonic, "the local")


class GlobalOp(Instr):
    """`global.get/set`."""

    __slots__ = ("global_",)

    def __init__(self, mnemonic: str, global_: GlobalId, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.global_ = _check(global_, GlobalId, mnemonic, "the global")


class FuncOp(Instr):
    """`call`, `return_call`, `ref.func`."""

    __slots__ = ("func",)

    def __init__(self, mnemonic: str, func: FuncId, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.func = _check(func, FuncId, mnemonic, "the function")


class LabelOp(Instr):
    """`br`, `br_if`, `br_on_null`, `br_on_non_null`."""

    __slots__ = ("label",)

    def __init__(self, mnemonic: str, label: LabelId, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.label = _check(label, LabelId, mnemonic, "the label")


class BrTable(Instr):
    """`br_table l* default`."""

    __slots__ = ("labels", "default")

    def __init__(self, mnemonic: str, labels: Any, default: LabelId, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        if isinstance(labels, LabelId):
            raise TypeError(f"{mnemonic}: the targets must be a sequence of labels, then the default label")
        self.labels = tuple(_check(lab, LabelId, mnemonic, "each target") for lab in labels)
        self.default = _check(default, LabelId, mnemonic, "the default target")


class TagOp(Instr):
    """`throw`."""

    __slots__ = ("tag",)

    def __init__(self, mnemonic: str, tag: TagId, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.tag = _check(tag, TagId, mnemonic, "the tag")


# Natural alignment (in bytes) of every load and store; also the set of mnemonics with a memarg.
NATURAL_ALIGN: dict[str, int] = {}


class MemArgOp(Instr):
    """Loads and stores. `offset` and `align` are in BYTES (as in the text format); align defaults to natural."""

    __slots__ = ("offset", "align", "memory")
    KEYWORDS = frozenset({"offset", "align", "memory"})

    def __init__(self, mnemonic: str, offset: int = 0, align: int | None = None, memory: MemoryId | None = None,
                 *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        natural = NATURAL_ALIGN[mnemonic]
        self.offset = _u32(offset, mnemonic, "offset")
        if align is None:
            align = natural
        _check(align, int, mnemonic, "align")
        if align <= 0 or align & (align - 1) or align > natural:
            raise ValueError(f"{mnemonic}: align={align} must be a power of two no larger than {natural} bytes")
        self.align = align
        self.memory = None if memory is None else _check(memory, MemoryId, mnemonic, "memory")

    @classmethod
    def from_args(cls, mnemonic: str, args: tuple, kwargs: dict) -> Instr:
        if args:
            raise TypeError(f"{mnemonic}: give the memarg as keywords (offset=, align= in bytes, memory=)")
        return cls(mnemonic, **kwargs)

    @property
    def align_log2(self) -> int:
        return self.align.bit_length() - 1

    @property
    def natural_align(self) -> int:
        return NATURAL_ALIGN[self.mnemonic]


class MemoryOp(Instr):
    """`memory.size`, `memory.grow`, `memory.fill` (memory 0 unless given)."""

    __slots__ = ("memory",)
    KEYWORDS = frozenset({"memory"})

    def __init__(self, mnemonic: str, memory: MemoryId | None = None, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.memory = None if memory is None else _check(memory, MemoryId, mnemonic, "memory")

    @classmethod
    def from_args(cls, mnemonic: str, args: tuple, kwargs: dict) -> Instr:
        return cls(mnemonic, *args, **kwargs)


class MemoryCopy(Instr):
    """`memory.copy dst src` (memory 0 unless given)."""

    __slots__ = ("dst", "src")

    def __init__(self, mnemonic: str, dst: MemoryId | None = None, src: MemoryId | None = None,
                 *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.dst = None if dst is None else _check(dst, MemoryId, mnemonic, "dst memory")
        self.src = None if src is None else _check(src, MemoryId, mnemonic, "src memory")


class MemoryInit(Instr):
    """`memory.init data` (memory 0 unless given)."""

    __slots__ = ("data", "memory")

    def __init__(self, mnemonic: str, data: DataId, memory: MemoryId | None = None, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.data = _check(data, DataId, mnemonic, "the data segment")
        self.memory = None if memory is None else _check(memory, MemoryId, mnemonic, "memory")


class DataOp(Instr):
    """`data.drop`."""

    __slots__ = ("data",)

    def __init__(self, mnemonic: str, data: DataId, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.data = _check(data, DataId, mnemonic, "the data segment")


class TypeOp(Instr):
    """One type index: `struct.new`, `array.get`, `call_ref`, ..."""

    __slots__ = ("type_",)

    def __init__(self, mnemonic: str, type_: TypeId, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.type_ = _check(type_, TypeId, mnemonic, "the type")


class FieldOp(Instr):
    """`struct.get/get_s/get_u/set type field` (field by index)."""

    __slots__ = ("type_", "field")

    def __init__(self, mnemonic: str, type_: TypeId, field: int, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.type_ = _check(type_, TypeId, mnemonic, "the type")
        self.field = _u32(field, mnemonic, "the field index")


class ArrayNewFixed(Instr):
    """`array.new_fixed type length`."""

    __slots__ = ("type_", "length")

    def __init__(self, mnemonic: str, type_: TypeId, length: int, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.type_ = _check(type_, TypeId, mnemonic, "the type")
        self.length = _u32(length, mnemonic, "the length")


class ArrayCopy(Instr):
    """`array.copy dst_type src_type`."""

    __slots__ = ("dst_type", "src_type")

    def __init__(self, mnemonic: str, dst_type: TypeId, src_type: TypeId, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.dst_type = _check(dst_type, TypeId, mnemonic, "the destination type")
        self.src_type = _check(src_type, TypeId, mnemonic, "the source type")


class ArrayData(Instr):
    """`array.new_data` / `array.init_data type data`."""

    __slots__ = ("type_", "data")

    def __init__(self, mnemonic: str, type_: TypeId, data: DataId, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.type_ = _check(type_, TypeId, mnemonic, "the type")
        self.data = _check(data, DataId, mnemonic, "the data segment")


class HeapTypeOp(Instr):
    """`ref.null heap`."""

    __slots__ = ("heap",)

    def __init__(self, mnemonic: str, heap: AbsHeapType | TypeId, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        if isinstance(heap, RefType):
            raise TypeError(f"{mnemonic}: takes a heap type (e.g. ANY or a TypeId), not a RefType")
        self.heap = _check(heap, (AbsHeapType, TypeId), mnemonic, "the heap type")


class RefTypeOp(Instr):
    """`ref.test` / `ref.cast`; the table holds the non-null opcode and a nullable target uses the next one."""

    __slots__ = ("ref_type",)

    def __init__(self, mnemonic: str, ref_type: RefType, *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.ref_type = _check(ref_type, RefType, mnemonic, "the target reference type")

    @property
    def opcode(self) -> bytes:
        base = OPCODES[self.mnemonic][0]
        return base[:-1] + bytes([base[-1] + 1]) if self.ref_type.nullable else base


class BrOnCast(Instr):
    """`br_on_cast` / `br_on_cast_fail label from_type to_type`."""

    __slots__ = ("label", "from_type", "to_type")

    def __init__(self, mnemonic: str, label: LabelId, from_type: RefType, to_type: RefType,
                 *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.label = _check(label, LabelId, mnemonic, "the label")
        self.from_type = _check(from_type, RefType, mnemonic, "the source reference type")
        self.to_type = _check(to_type, RefType, mnemonic, "the target reference type")


class Select(Instr):
    """`select`, or typed `select (result t)` when `types` is given (required for references): opcode 0x1C."""

    __slots__ = ("types",)

    def __init__(self, mnemonic: str, *types: Any, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.types = check_valtypes(types, mnemonic)

    @property
    def opcode(self) -> bytes:
        return b"\x1c" if self.types else b"\x1b"


class BlockOp(Instr):
    """`block`, `loop`, `if`: opens a structured construct labelled `label`, closed by a later `end`."""

    __slots__ = ("label", "params", "results")

    def __init__(self, mnemonic: str, label: LabelId, params: Any = (), results: Any = (),
                 *, span: Any = None) -> None:
        super().__init__(mnemonic, span)
        self.label = _check(label, LabelId, mnemonic, "the label")
        self.params = check_valtypes(params, f"{mnemonic} params")
        self.results = check_valtypes(results, f"{mnemonic} results")


@dataclass(frozen=True)
class Catch:
    """A `try_table` clause. kind: 'catch', 'catch_ref' (tag required), 'catch_all', 'catch_all_ref'."""

    kind: str
    label: LabelId
    tag: TagId | None = None

    KINDS: ClassVar[dict[str, int]] = {"catch": 0, "catch_ref": 1, "catch_all": 2, "catch_all_ref": 3}

    def __post_init__(self) -> None:
        if self.kind not in self.KINDS:
            raise ValueError(f"unknown catch kind {self.kind!r}; expected one of {', '.join(self.KINDS)}")
        if not isinstance(self.label, LabelId):
            raise TypeError(f"{self.kind}: the label must be a LabelId, got {self.label!r}")
        if self.kind.startswith("catch_all"):
            if self.tag is not None:
                raise ValueError(f"{self.kind} takes no tag")
        elif not isinstance(self.tag, TagId):
            raise TypeError(f"{self.kind}: the tag must be a TagId, got {self.tag!r}")

    @property
    def code(self) -> int:
        return self.KINDS[self.kind]


class TryTable(BlockOp):
    """`try_table bt catch*`; catch labels are resolved from OUTSIDE the try_table."""

    __slots__ = ("catches",)

    def __init__(self, mnemonic: str, label: LabelId, params: Any = (), results: Any = (), catches: Any = (),
                 *, span: Any = None) -> None:
        super().__init__(mnemonic, label, params, results, span=span)
        self.catches = tuple(_check(c, Catch, mnemonic, "each catch clause") for c in catches)


# Instructions that open or continue structured control; the builder emits them, never `emit`.
STRUCTURED = frozenset({"block", "loop", "if", "try_table", "else", "end"})


def _table() -> dict[str, tuple[bytes, type[Instr]]]:
    t: dict[str, tuple[bytes, type[Instr]]] = {}

    def add(mnemonic: str, opcode: int | bytes, shape: type[Instr]) -> None:
        assert mnemonic not in t, mnemonic
        t[mnemonic] = (bytes([opcode]) if isinstance(opcode, int) else opcode, shape)

    def fc(sub: int) -> bytes:
        return bytes([0xFC, sub])

    def fb(sub: int) -> bytes:
        return bytes([0xFB, sub])

    # Control.
    add("unreachable", 0x00, Simple)
    add("nop", 0x01, Simple)
    add("block", 0x02, BlockOp)
    add("loop", 0x03, BlockOp)
    add("if", 0x04, BlockOp)
    add("else", 0x05, Simple)
    add("throw", 0x08, TagOp)
    add("throw_ref", 0x0A, Simple)
    add("end", 0x0B, Simple)
    add("br", 0x0C, LabelOp)
    add("br_if", 0x0D, LabelOp)
    add("br_table", 0x0E, BrTable)
    add("return", 0x0F, Simple)
    add("call", 0x10, FuncOp)
    add("return_call", 0x12, FuncOp)
    add("call_ref", 0x14, TypeOp)
    add("return_call_ref", 0x15, TypeOp)
    add("drop", 0x1A, Simple)
    add("select", 0x1B, Select)
    add("try_table", 0x1F, TryTable)

    # Variables.
    add("local.get", 0x20, LocalOp)
    add("local.set", 0x21, LocalOp)
    add("local.tee", 0x22, LocalOp)
    add("global.get", 0x23, GlobalOp)
    add("global.set", 0x24, GlobalOp)

    # Memory.
    memory_ops = [
        ("i32.load", 4), ("i64.load", 8), ("f32.load", 4), ("f64.load", 8),
        ("i32.load8_s", 1), ("i32.load8_u", 1), ("i32.load16_s", 2), ("i32.load16_u", 2),
        ("i64.load8_s", 1), ("i64.load8_u", 1), ("i64.load16_s", 2), ("i64.load16_u", 2),
        ("i64.load32_s", 4), ("i64.load32_u", 4),
        ("i32.store", 4), ("i64.store", 8), ("f32.store", 4), ("f64.store", 8),
        ("i32.store8", 1), ("i32.store16", 2), ("i64.store8", 1), ("i64.store16", 2), ("i64.store32", 4),
    ]
    for i, (mnemonic, natural) in enumerate(memory_ops):
        add(mnemonic, 0x28 + i, MemArgOp)
        NATURAL_ALIGN[mnemonic] = natural
    add("memory.size", 0x3F, MemoryOp)
    add("memory.grow", 0x40, MemoryOp)
    add("memory.init", fc(0x08), MemoryInit)
    add("data.drop", fc(0x09), DataOp)
    add("memory.copy", fc(0x0A), MemoryCopy)
    add("memory.fill", fc(0x0B), MemoryOp)

    # Constants.
    add("i32.const", 0x41, I32Const)
    add("i64.const", 0x42, I64Const)
    add("f32.const", 0x43, F32Const)
    add("f64.const", 0x44, F64Const)

    # Numeric: the opcode space 0x45..0xC4 is contiguous, in exactly this order.
    numeric = (
        "i32.eqz i32.eq i32.ne i32.lt_s i32.lt_u i32.gt_s i32.gt_u i32.le_s i32.le_u i32.ge_s i32.ge_u "
        "i64.eqz i64.eq i64.ne i64.lt_s i64.lt_u i64.gt_s i64.gt_u i64.le_s i64.le_u i64.ge_s i64.ge_u "
        "f32.eq f32.ne f32.lt f32.gt f32.le f32.ge "
        "f64.eq f64.ne f64.lt f64.gt f64.le f64.ge "
        "i32.clz i32.ctz i32.popcnt i32.add i32.sub i32.mul i32.div_s i32.div_u i32.rem_s i32.rem_u "
        "i32.and i32.or i32.xor i32.shl i32.shr_s i32.shr_u i32.rotl i32.rotr "
        "i64.clz i64.ctz i64.popcnt i64.add i64.sub i64.mul i64.div_s i64.div_u i64.rem_s i64.rem_u "
        "i64.and i64.or i64.xor i64.shl i64.shr_s i64.shr_u i64.rotl i64.rotr "
        "f32.abs f32.neg f32.ceil f32.floor f32.trunc f32.nearest f32.sqrt "
        "f32.add f32.sub f32.mul f32.div f32.min f32.max f32.copysign "
        "f64.abs f64.neg f64.ceil f64.floor f64.trunc f64.nearest f64.sqrt "
        "f64.add f64.sub f64.mul f64.div f64.min f64.max f64.copysign "
        "i32.wrap_i64 i32.trunc_f32_s i32.trunc_f32_u i32.trunc_f64_s i32.trunc_f64_u "
        "i64.extend_i32_s i64.extend_i32_u i64.trunc_f32_s i64.trunc_f32_u i64.trunc_f64_s i64.trunc_f64_u "
        "f32.convert_i32_s f32.convert_i32_u f32.convert_i64_s f32.convert_i64_u f32.demote_f64 "
        "f64.convert_i32_s f64.convert_i32_u f64.convert_i64_s f64.convert_i64_u f64.promote_f32 "
        "i32.reinterpret_f32 i64.reinterpret_f64 f32.reinterpret_i32 f64.reinterpret_i64 "
        "i32.extend8_s i32.extend16_s i64.extend8_s i64.extend16_s i64.extend32_s"
    ).split()
    assert len(numeric) == 0xC4 - 0x45 + 1
    for i, mnemonic in enumerate(numeric):
        add(mnemonic, 0x45 + i, Simple)
    trunc_sat = ("i32.trunc_sat_f32_s i32.trunc_sat_f32_u i32.trunc_sat_f64_s i32.trunc_sat_f64_u "
                 "i64.trunc_sat_f32_s i64.trunc_sat_f32_u i64.trunc_sat_f64_s i64.trunc_sat_f64_u").split()
    for i, mnemonic in enumerate(trunc_sat):
        add(mnemonic, fc(i), Simple)

    # References.
    add("ref.null", 0xD0, HeapTypeOp)
    add("ref.is_null", 0xD1, Simple)
    add("ref.func", 0xD2, FuncOp)
    add("ref.eq", 0xD3, Simple)
    add("ref.as_non_null", 0xD4, Simple)
    add("br_on_null", 0xD5, LabelOp)
    add("br_on_non_null", 0xD6, LabelOp)

    # GC.
    add("struct.new", fb(0x00), TypeOp)
    add("struct.new_default", fb(0x01), TypeOp)
    add("struct.get", fb(0x02), FieldOp)
    add("struct.get_s", fb(0x03), FieldOp)
    add("struct.get_u", fb(0x04), FieldOp)
    add("struct.set", fb(0x05), FieldOp)
    add("array.new", fb(0x06), TypeOp)
    add("array.new_default", fb(0x07), TypeOp)
    add("array.new_fixed", fb(0x08), ArrayNewFixed)
    add("array.new_data", fb(0x09), ArrayData)
    add("array.get", fb(0x0B), TypeOp)
    add("array.get_s", fb(0x0C), TypeOp)
    add("array.get_u", fb(0x0D), TypeOp)
    add("array.set", fb(0x0E), TypeOp)
    add("array.len", fb(0x0F), Simple)
    add("array.fill", fb(0x10), TypeOp)
    add("array.copy", fb(0x11), ArrayCopy)
    add("array.init_data", fb(0x12), ArrayData)
    add("ref.test", fb(0x14), RefTypeOp)  # nullable target: 0x15
    add("ref.cast", fb(0x16), RefTypeOp)  # nullable target: 0x17
    add("br_on_cast", fb(0x18), BrOnCast)
    add("br_on_cast_fail", fb(0x19), BrOnCast)
    add("any.convert_extern", fb(0x1A), Simple)
    add("extern.convert_any", fb(0x1B), Simple)
    add("ref.i31", fb(0x1C), Simple)
    add("i31.get_s", fb(0x1D), Simple)
    add("i31.get_u", fb(0x1E), Simple)
    return t


# mnemonic -> (opcode bytes, instruction class). The one place an opcode is written down.
OPCODES: dict[str, tuple[bytes, type[Instr]]] = _table()

# Shapes whose from_args is the default `cls(mnemonic, *args)`, which `make` calls directly.
_POSITIONAL_SHAPES = frozenset(shape for _, shape in OPCODES.values()
                               if shape.from_args.__func__ is Instr.from_args.__func__)


def make(mnemonic: str, *args: Any, span: Any = None, **kwargs: Any) -> Instr:
    """Build an instruction from its mnemonic and immediates, with clear errors for wrong immediates."""
    return make_from(mnemonic, args, kwargs, span)


def make_from(mnemonic: str, args: tuple, kwargs: dict, span: Any = None) -> Instr:
    """`make` with the immediates already packed, for callers that receive them as *args/**kwargs themselves."""
    entry = OPCODES.get(mnemonic)
    if entry is None:
        raise ValueError(f"unknown instruction {mnemonic!r}")
    shape = entry[1]
    if kwargs:
        unknown = set(kwargs) - shape.KEYWORDS
        if unknown:
            raise TypeError(f"{mnemonic}: unexpected keyword immediate(s) {', '.join(sorted(unknown))}")
    try:
        # Most shapes take their immediates positionally: skip the from_args indirection for them.
        instr = shape(mnemonic, *args) if shape in _POSITIONAL_SHAPES else shape.from_args(mnemonic, args, kwargs)
    except TypeError as e:
        if str(e).startswith(mnemonic):
            raise
        # A wrong number of positional immediates surfaces as a bare signature error; say what was expected.
        raise TypeError(f"{mnemonic}: wrong immediates {args!r} for a {shape.__name__} instruction "
                        f"({shape.__doc__.strip() if shape.__doc__ else ''})") from None
    instr.span = span
    return instr
