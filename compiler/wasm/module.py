"""The in-memory Wasm module: what codegen builds and what both writers (binary and text) read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .ids import DataId, FuncId, GlobalId, LocalId, MemoryId, TagId, TypeId
from .instructions import Instr
from .types import FuncType, TypeDef, ValType, check_valtype, check_valtypes


@dataclass
class Function:
    """A defined function. `params` and `locals` hold the ids that `local.*` instructions refer to.

    `type_id` optionally pins the function to a declared func TypeDef; otherwise the writers use a declared
    TypeDef with the same signature (so `ref.func` matches `call_ref` on it) or intern one.
    """

    id: FuncId
    name: str
    params: list[LocalId]
    param_types: list[ValType]
    results: tuple
    locals: list[tuple[LocalId, ValType]]
    body: list[Instr]
    type_id: TypeId | None = None

    @property
    def signature(self) -> FuncType:
        return FuncType(tuple(self.param_types), tuple(self.results))


@dataclass
class FuncImport:
    id: FuncId
    module: str
    name: str
    type: FuncType


@dataclass
class Global:
    id: GlobalId
    valtype: ValType
    mutable: bool
    init: list[Instr]


@dataclass
class Memory:
    id: MemoryId
    min_pages: int
    max_pages: int | None = None


@dataclass
class DataSegment:
    """Active when `offset` is an int (placed in `memory`, default the first), passive when None."""

    id: DataId
    data: bytes
    offset: int | None
    memory: MemoryId | None = None


@dataclass
class Tag:
    id: TagId
    params: tuple


@dataclass
class Export:
    name: str
    kind: str  # "func", "memory" or "global"
    target: Any


EXPORT_KINDS = {"func": 0, "memory": 2, "global": 3, "tag": 4}


@dataclass
class Module:
    """A whole module. Entities are written in insertion order; imported functions come before defined ones."""

    name: str = ""
    types: list[TypeDef] = field(default_factory=list)
    imports: list[FuncImport] = field(default_factory=list)
    functions: list[Function] = field(default_factory=list)
    memories: list[Memory] = field(default_factory=list)
    tags: list[Tag] = field(default_factory=list)
    globals: list[Global] = field(default_factory=list)
    exports: list[Export] = field(default_factory=list)
    start: FuncId | None = None
    declared_func_refs: list[FuncId] = field(default_factory=list)
    data: list[DataSegment] = field(default_factory=list)
    # id() of the ids already added, by kind, for the duplicate checks of add_type/add_function/add_global.
    _known_ids: dict[str, set[int]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def add_type(self, typedef: TypeDef) -> TypeId:
        if not isinstance(typedef, TypeDef):
            raise TypeError(f"add_type takes a TypeDef, got {typedef!r}")
        self._check_new_indexed(typedef.id, "type", self.types)
        self.types.append(typedef)
        self._known_ids["type"].add(id(typedef.id))
        return typedef.id

    def import_function(self, func_id: FuncId, module: str, name: str, type: FuncType) -> FuncId:
        if not isinstance(type, FuncType):
            raise TypeError(f"import_function takes a FuncType, got {type!r}")
        self._check_new_indexed(func_id, "function", self.imports, self.functions)
        self.imports.append(FuncImport(func_id, module, name, type))
        self._known_ids["function"].add(id(func_id))
        return func_id

    def add_function(self, function: Function) -> FuncId:
        if not isinstance(function, Function):
            raise TypeError(f"add_function takes a Function (from FunctionBuilder.build()), got {function!r}")
        self._check_new_indexed(function.id, "function", self.imports, self.functions)
        self.functions.append(function)
        self._known_ids["function"].add(id(function.id))
        return function.id

    def add_global(self, global_id: GlobalId, valtype: ValType, mutable: bool, init: list[Instr]) -> GlobalId:
        check_valtype(valtype, "add_global")
        self._check_new_indexed(global_id, "global", self.globals)
        self.globals.append(Global(global_id, valtype, bool(mutable), list(init)))
        self._known_ids["global"].add(id(global_id))
        return global_id

    def add_memory(self, memory_id: MemoryId, min_pages: int, max_pages: int | None = None) -> MemoryId:
        self._check_new(memory_id, (m.id for m in self.memories), "memory")
        if max_pages is not None and max_pages < min_pages:
            raise ValueError(f"memory {memory_id.name!r}: max_pages {max_pages} < min_pages {min_pages}")
        self.memories.append(Memory(memory_id, min_pages, max_pages))
        return memory_id

    def add_data(self, data_id: DataId, data: bytes, offset: int | None, memory: MemoryId | None = None) -> DataId:
        self._check_new(data_id, (d.id for d in self.data), "data segment")
        if offset is None and memory is not None:
            raise ValueError("a passive data segment (offset=None) belongs to no memory")
        self.data.append(DataSegment(data_id, bytes(data), offset, memory))
        return data_id

    def add_tag(self, tag_id: TagId, params: Any) -> TagId:
        self._check_new(tag_id, (t.id for t in self.tags), "tag")
        self.tags.append(Tag(tag_id, check_valtypes(params, "add_tag params")))
        return tag_id

    def export_function(self, name: str, func_id: FuncId) -> None:
        self._export(name, "func", func_id, FuncId)

    def export_memory(self, name: str, memory_id: MemoryId) -> None:
        self._export(name, "memory", memory_id, MemoryId)

    def export_global(self, name: str, global_id: GlobalId) -> None:
        self._export(name, "global", global_id, GlobalId)

    def export_tag(self, name: str, tag_id: TagId) -> None:
        self._export(name, "tag", tag_id, TagId)

    def set_start(self, func_id: FuncId) -> None:
        self.start = func_id

    def declare_func_refs(self, *func_ids: FuncId) -> None:
        """Declare functions for `ref.func` (writers also declare every `ref.func` target found in code)."""
        for f in func_ids:
            if not isinstance(f, FuncId):
                raise TypeError(f"declare_func_refs takes FuncIds, got {f!r}")
            if f not in self.declared_func_refs:
                self.declared_func_refs.append(f)

    def _export(self, name: str, kind: str, target: Any, id_class: type) -> None:
        if not isinstance(target, id_class):
            raise TypeError(f"export of {name!r}: expected a {id_class.__name__}, got {target!r}")
        if any(e.name == name for e in self.exports):
            raise ValueError(f"duplicate export name {name!r}")
        self.exports.append(Export(name, kind, target))

    def _func_ids(self):
        yield from (i.id for i in self.imports)
        yield from (f.id for f in self.functions)

    def _check_new_indexed(self, new_id: Any, what: str, *lists: list) -> None:
        """`_check_new` against a set of the ids added so far instead of a scan of every entity (which made
        building a module quadratic). The set is rebuilt whenever the lists changed behind our back."""
        known = self._known_ids.setdefault(what, set())
        total = sum(len(entities) for entities in lists)
        if len(known) != total:
            known.clear()
            known.update(id(e.id) for entities in lists for e in entities)
            if len(known) != total:  # a duplicate got in by a direct append: report it as before
                known.clear()
                self._check_new(new_id, (e.id for entities in lists for e in entities), what)
                return
        self._check_new(new_id, (), what)  # the type check
        if id(new_id) in known:
            raise ValueError(f"{what} {new_id!r} was already added")

    @staticmethod
    def _check_new(new_id: Any, existing, what: str) -> None:
        expected = {"type": TypeId, "function": FuncId, "global": GlobalId, "memory": MemoryId,
                    "data segment": DataId, "tag": TagId}[what]
        if not isinstance(new_id, expected):
            raise TypeError(f"{what} id must be a {expected.__name__}, got {new_id!r}")
        if any(new_id is e for e in existing):
            raise ValueError(f"{what} {new_id!r} was already added")
