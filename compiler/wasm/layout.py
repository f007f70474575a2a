"""Index assignment shared by the binary and text writers, so the two views of a module always agree."""

from __future__ import annotations

from typing import Any

from .ids import DataId, FuncId, GlobalId, LabelId, MemoryId, TagId, TypeId
from .instructions import BlockOp, FuncOp, Instr, Simple
from .module import Module
from .types import FuncType, StructType, TypeDef


class Layout:
    """Indices of every entity of one module.

    Type space: the caller's TypeDefs first, all in ONE rec group (so they may refer to each other freely),
    then every interned function type as its own singleton group. Interned types must stay outside the rec
    group: type identity includes the whole group, so a `fd_write` signature inside the group would not match
    the host's `(func (param i32 i32 i32 i32) (result i32))` and instantiation fails.
    """

    def __init__(self, module: Module) -> None:
        self.module = module
        self.typedefs: dict[TypeId, TypeDef] = {t.id: t for t in module.types}
        self.type_indices: dict[TypeId, int] = {t.id: i for i, t in enumerate(module.types)}
        self.interned: list[FuncType] = []
        self._interned_indices: dict[FuncType, int] = {}

        self.func_indices: dict[FuncId, int] = {}
        for i, f in enumerate([*(imp.id for imp in module.imports), *(f.id for f in module.functions)]):
            self.func_indices[f] = i
        self.global_indices = {g.id: i for i, g in enumerate(module.globals)}
        self.memory_indices = {m.id: i for i, m in enumerate(module.memories)}
        self.data_indices = {d.id: i for i, d in enumerate(module.data)}
        self.tag_indices = {t.id: i for i, t in enumerate(module.tags)}

        # The first declared func type of each signature that a function without a type_id may reuse.
        self._reusable: dict[FuncType, int] = {}
        for i, td in enumerate(module.types):
            if isinstance(td.composite, FuncType) and td.final and td.supertype is None:
                self._reusable.setdefault(td.composite, i)

        # Interning order fixes the type indices: imports, functions, tags, then block types in code order.
        self.import_types = [self._intern(imp.type) for imp in module.imports]
        self.function_types = [self._function_type(f) for f in module.functions]
        self.tag_types = [self._intern(FuncType(t.params, ())) for t in module.tags]
        self.block_types: dict[int, Any] = {}
        declared = list(module.declared_func_refs)
        uses_data_index = False
        data_mnemonics = ("array.new_data", "array.init_data", "memory.init", "data.drop")
        for f in module.functions:
            encoded = getattr(f, "encoded", None)
            if encoded is not None:  # a prebuilt body (prebuilt.py): what its code holds, kept in code order
                for ft in encoded.block_types:
                    self._intern(ft)
                declared.extend(fid for fid in encoded.func_refs if fid not in declared)
                uses_data_index = uses_data_index or encoded.uses_data
                continue
            for instr in f.body:
                cls = instr.__class__
                if cls is Simple:  # the most frequent shape, and none of the cases below
                    continue
                if isinstance(instr, BlockOp):
                    self.block_types[id(instr)] = self._block_type(instr)
                elif cls is FuncOp and instr.mnemonic == "ref.func" and instr.func not in declared:
                    declared.append(instr.func)
                elif instr.mnemonic in data_mnemonics:
                    uses_data_index = True
        # `ref.func` in code needs its target declared; doing it here removes a whole class of invalid modules.
        self.declared_funcs = declared
        self.uses_data_index = uses_data_index

    # Types.

    def _intern(self, ft: FuncType) -> int:
        index = self._interned_indices.get(ft)
        if index is None:
            index = len(self.module.types) + len(self.interned)
            self.interned.append(ft)
            self._interned_indices[ft] = index
        return index

    def _function_type(self, f: Any) -> int:
        sig = f.signature
        if f.type_id is not None:
            td = self.typedefs.get(f.type_id)
            if td is None or not isinstance(td.composite, FuncType):
                raise ValueError(f"function {f.name!r}: type_id {f.type_id!r} is not a declared function type")
            if td.composite != sig:
                raise ValueError(f"function {f.name!r}: signature {sig} differs from its type_id's {td.composite}")
            return self.type_indices[f.type_id]
        # Reuse a declared type with this signature so `ref.func f` has the type `call_ref` expects.
        index = self._reusable.get(sig)
        return self._intern(sig) if index is None else index

    def _block_type(self, instr: BlockOp) -> Any:
        """None for no params/results, a value type for one result, else a type index."""
        if instr.params or len(instr.results) > 1:
            return self._intern(FuncType(instr.params, instr.results))
        return instr.results[0] if instr.results else None

    def interned_index(self, ft: FuncType) -> int:
        """The index of a function type interned for a block (of a prebuilt body)."""
        return self._interned_indices[ft]

    @property
    def type_count(self) -> int:
        return len(self.module.types) + len(self.interned)

    # Lookups with readable errors for ids that were never added.

    def type(self, t: TypeId) -> int:
        return self._get(self.type_indices, t, "type", "add_type")

    def func(self, f: FuncId) -> int:
        return self._get(self.func_indices, f, "function", "add_function or import_function")

    def global_(self, g: GlobalId) -> int:
        return self._get(self.global_indices, g, "global", "add_global")

    def memory(self, m: MemoryId | None) -> int:
        return 0 if m is None else self._get(self.memory_indices, m, "memory", "add_memory")

    def data(self, d: DataId) -> int:
        return self._get(self.data_indices, d, "data segment", "add_data")

    def tag(self, t: TagId) -> int:
        return self._get(self.tag_indices, t, "tag", "add_tag")

    def field(self, t: TypeId, field: int, instr: Instr) -> int:
        """The field index, checked against the struct type so a typo fails here rather than in validation."""
        td = self.typedefs.get(t)
        if td is None:
            self.type(t)  # raises the unknown-type error
        if not isinstance(td.composite, StructType):
            raise ValueError(f"{instr.mnemonic}: {t!r} is not a struct type")
        if field >= len(td.composite.fields):
            raise ValueError(f"{instr.mnemonic}: {t!r} has no field {field} ({len(td.composite.fields)} fields)")
        return field

    @staticmethod
    def _get(table: dict, key: Any, what: str, how: str) -> int:
        try:
            return table[key]
        except KeyError:
            raise ValueError(f"unknown {what} {key!r}: it was never added to the module ({how})") from None


class LabelStack:
    """Open labels of a function body while writing it; turns a LabelId into a relative branch depth."""

    def __init__(self) -> None:
        self.labels: list[LabelId] = []

    def push(self, label: LabelId) -> None:
        self.labels.append(label)

    def pop(self) -> None:
        self.labels.pop()

    def depth(self, label: LabelId, instr: Instr) -> int:
        for depth, open_label in enumerate(reversed(self.labels)):
            if open_label is label:
                return depth
        raise ValueError(f"{instr.mnemonic}: {label!r} is not an enclosing label")
