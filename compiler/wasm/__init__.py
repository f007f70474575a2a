"""A general WebAssembly library (WasmGC, exceptions, linear memory): types, instructions, module, builder,
binary and text writers. It knows nothing about Scala."""

from .binary import EncodedModule, encode
from .builder import FunctionBuilder
from .ids import DataId, FuncId, GlobalId, LabelId, LocalId, MemoryId, TagId, TypeId
from .instructions import Catch, FloatBits, Instr, make
from .module import Function, Module
from .types import (ANY, ARRAY, EQ, EXN, EXTERN, F32, F64, FUNC, I8, I16, I31, I32, I64, NOEXN, NOEXTERN, NOFUNC,
                    NONE, STRUCT, V128, ArrayType, FieldType, FuncType, RefType, StructType, TypeDef, ref, ref_null)


def __getattr__(name: str):
    """The text writer on first use: a build that writes no WAT does not import it."""
    if name in ("WatText", "to_wat"):
        from . import wat

        return getattr(wat, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ANY", "ARRAY", "EQ", "EXN", "EXTERN", "F32", "F64", "FUNC", "I8", "I16", "I31", "I32", "I64", "NOEXN",
    "NOEXTERN", "NOFUNC", "NONE", "STRUCT", "V128",
    "ArrayType", "Catch", "DataId", "EncodedModule", "FieldType", "FloatBits", "FuncId", "FuncType", "Function",
    "FunctionBuilder", "GlobalId", "Instr", "LabelId", "LocalId", "MemoryId", "Module", "RefType", "StructType",
    "TagId", "TypeDef", "TypeId", "WatText", "encode", "make", "ref", "ref_null", "to_wat",
]
