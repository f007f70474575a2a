"""Wasm value, storage, heap, reference and composite types (GC proposal, final form)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from .ids import TypeId


@dataclass(frozen=True)
class NumType:
    """A numeric (or vector) value type: `i32`, `i64`, `f32`, `f64`, `v128`."""

    name: str
    code: int

    def __repr__(self) -> str:
        return self.name.upper()


@dataclass(frozen=True)
class PackedType:
    """A packed storage type, allowed only as a struct field or array element."""

    name: str
    code: int

    def __repr__(self) -> str:
        return self.name.upper()


@dataclass(frozen=True)
class AbsHeapType:
    """An abstract heap type; `code` is both its heap-type byte and its nullable shorthand value-type byte."""

    name: str
    code: int

    def __repr__(self) -> str:
        return self.name.upper()


I32 = NumType("i32", 0x7F)
I64 = NumType("i64", 0x7E)
F32 = NumType("f32", 0x7D)
F64 = NumType("f64", 0x7C)
V128 = NumType("v128", 0x7B)

I8 = PackedType("i8", 0x78)
I16 = PackedType("i16", 0x77)

ANY = AbsHeapType("any", 0x6E)
EQ = AbsHeapType("eq", 0x6D)
I31 = AbsHeapType("i31", 0x6C)
STRUCT = AbsHeapType("struct", 0x6B)
ARRAY = AbsHeapType("array", 0x6A)
NONE = AbsHeapType("none", 0x71)
FUNC = AbsHeapType("func", 0x70)
NOFUNC = AbsHeapType("nofunc", 0x73)
EXTERN = AbsHeapType("extern", 0x6F)
NOEXTERN = AbsHeapType("noextern", 0x72)
EXN = AbsHeapType("exn", 0x69)
NOEXN = AbsHeapType("noexn", 0x74)

HeapType = Union[AbsHeapType, TypeId]


@dataclass(frozen=True)
class RefType:
    """`(ref null? heap)`; `heap` is an abstract heap type or the `TypeId` of a concrete type."""

    heap: HeapType
    nullable: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.heap, (AbsHeapType, TypeId)):
            raise TypeError(f"RefType heap must be an abstract heap type or a TypeId, got {self.heap!r}")

    def __repr__(self) -> str:
        return f"RefType({self.heap!r}{'' if self.nullable else ', nullable=False'})"


ValType = Union[NumType, RefType]
StorageType = Union[NumType, PackedType, RefType]


def ref(heap: HeapType) -> RefType:
    """`(ref heap)`: a non-nullable reference."""
    return RefType(heap, nullable=False)


def ref_null(heap: HeapType) -> RefType:
    """`(ref null heap)`: a nullable reference."""
    return RefType(heap, nullable=True)


def is_valtype(t: object) -> bool:
    return isinstance(t, (NumType, RefType))


def check_valtype(t: object, what: str) -> None:
    if not is_valtype(t):
        raise TypeError(f"{what}: expected a value type (I32, I64, F32, F64, V128 or RefType), got {t!r}")


def check_valtypes(ts: object, what: str) -> tuple:
    if is_valtype(ts) or isinstance(ts, (str, bytes)):
        raise TypeError(f"{what}: expected a sequence of value types, got {ts!r}")
    ts = tuple(ts)  # type: ignore[arg-type]
    for t in ts:
        check_valtype(t, what)
    return ts


@dataclass(frozen=True)
class FieldType:
    """A struct field or array element: a storage type and its mutability."""

    storage: StorageType
    mutable: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.storage, (NumType, PackedType, RefType)):
            raise TypeError(f"FieldType storage must be a value type, I8 or I16, got {self.storage!r}")

    @property
    def packed(self) -> bool:
        return isinstance(self.storage, PackedType)


@dataclass
class StructType:
    """A struct type; field names ('' for none) go to the name section and the text format."""

    fields: list[tuple[str, FieldType]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.fields = list(self.fields)
        for entry in self.fields:
            if not (isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], str)
                    and isinstance(entry[1], FieldType)):
                raise TypeError(f"StructType fields must be (name, FieldType) pairs, got {entry!r}")


@dataclass(frozen=True)
class ArrayType:
    """An array type."""

    element: FieldType

    def __post_init__(self) -> None:
        if not isinstance(self.element, FieldType):
            raise TypeError(f"ArrayType element must be a FieldType, got {self.element!r}")


@dataclass(frozen=True)
class FuncType:
    """A function signature; compared structurally, which is how the writers intern it."""

    params: tuple = ()
    results: tuple = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", check_valtypes(self.params, "FuncType params"))
        object.__setattr__(self, "results", check_valtypes(self.results, "FuncType results"))


CompositeType = Union[StructType, ArrayType, FuncType]


@dataclass
class TypeDef:
    """One entry of the module's rec group: a composite type with optional supertype and finality."""

    id: TypeId
    composite: CompositeType
    supertype: TypeId | None = None
    final: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.id, TypeId):
            raise TypeError(f"TypeDef id must be a TypeId, got {self.id!r}")
        if not isinstance(self.composite, (StructType, ArrayType, FuncType)):
            raise TypeError(f"TypeDef composite must be StructType, ArrayType or FuncType, got {self.composite!r}")
        if self.supertype is not None and not isinstance(self.supertype, TypeId):
            raise TypeError(f"TypeDef supertype must be a TypeId or None, got {self.supertype!r}")
