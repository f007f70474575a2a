"""Text writer: prints a Module as flat WAT (like `wasm-tools print`) and records where each instruction is."""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field
from typing import Any

from .ids import LabelId
from .instructions import (ArrayCopy, ArrayData, ArrayNewFixed, BlockOp, BrOnCast, BrTable, DataOp, F32Const,
                           F64Const, FieldOp, FuncOp, GlobalOp, HeapTypeOp, I32Const, I64Const, Instr, LabelOp,
                           LocalOp, MemArgOp, MemoryCopy, MemoryInit, MemoryOp, RefTypeOp, Select, Simple, TagOp,
                           TryTable, TypeOp)
from .layout import Layout
from .module import Function, Module
from .types import AbsHeapType, ArrayType, FieldType, FuncType, NumType, PackedType, RefType, StructType

INDENT = "  "

# Characters allowed in a bare `$identifier` (the spec's idchar, minus ' and \ which some readers mishandle).
_BARE_ID = re.compile(r"[0-9A-Za-z!#$%&*+\-./:<=>?@^_`|~]+")

_NULL_SHORTHANDS = {"none": "nullref", "nofunc": "nullfuncref", "noextern": "nullexternref", "noexn": "nullexnref"}


@dataclass
class WatText:
    """The module text and, for every instruction, its (start, end) character range in `text`."""

    text: str
    instr_ranges: list[tuple[int, int, Instr]] = field(default_factory=list)


def to_wat(module: Module) -> WatText:
    return _WatWriter(module).write()


def quote_name(s: str) -> str:
    """A text-format string for a (UTF-8) name: escapes quotes, backslashes, controls and non-ASCII."""
    out = []
    for ch in s:
        c = ord(ch)
        if ch in '"\\' or c < 0x20 or c == 0x7F:
            out.append(f"\\{c:02x}")
        elif c > 0x7F:
            out.append(f"\\u{{{c:x}}}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def quote_bytes(data: bytes) -> str:
    """A text-format string for raw bytes: printable ASCII stays, everything else (and `"`, `\\`) is `\\hh`."""
    return '"' + "".join(chr(b) if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) else f"\\{b:02x}" for b in data) + '"'


def format_f32(bits: int) -> str:
    return _format_float(bits, 8, 23)


def format_f64(bits: int) -> str:
    return _format_float(bits, 11, 52)


def _format_float(bits: int, exp_bits: int, mant_bits: int) -> str:
    sign = "-" if bits >> (exp_bits + mant_bits) else ""
    exponent = (bits >> mant_bits) & ((1 << exp_bits) - 1)
    mantissa = bits & ((1 << mant_bits) - 1)
    if exponent == (1 << exp_bits) - 1:
        if mantissa == 0:
            return sign + "inf"
        if mantissa == 1 << (mant_bits - 1):
            return sign + "nan"
        return f"{sign}nan:{mantissa:#x}"
    # Hex floats are exact; an f32 widened to a Python float prints exactly and parses back to the same f32.
    fmt, width = ("<f", 4) if exp_bits == 8 else ("<d", 8)
    return struct.unpack(fmt, bits.to_bytes(width, "little"))[0].hex()


class _Namespace:
    """Assigns unique `$identifiers`; a renamed entity keeps its raw name through an `(@name "...")` annotation."""

    def __init__(self, used: set[str] | None = None) -> None:
        self.used: set[str] = set() if used is None else used

    def claim(self, name: str) -> str:
        """The first of `name`, `name_1`, `name_2`, ... not yet used; marks it used."""
        candidate, k = name, 0
        while candidate in self.used:
            k += 1
            candidate = f"{name}_{k}"
        self.used.add(candidate)
        return candidate

    def assign(self, name: str) -> tuple[str | None, str]:
        """Returns the `$id` (None for an unnamed entity) and the annotation to print after it."""
        if not name:
            return None, ""
        return _declaration(name, self.claim(name))


def _declaration(name: str, unique: str) -> tuple[str, str]:
    return format_id(unique), "" if unique == name else f" (@name {quote_name(name)})"


def format_id(name: str) -> str:
    return "$" + name if _BARE_ID.fullmatch(name) else "$" + quote_name(name)


class _WatWriter:
    def __init__(self, module: Module) -> None:
        self.module = module
        self.layout = Layout(module)
        self.chunks: list[str] = []
        self.pos = 0
        self.ranges: list[tuple[int, int, Instr]] = []
        # Module-level identifiers: entity -> "$id", per index space.
        self.type_ids: dict[Any, str] = {}
        self.field_ids: dict[Any, list[str | None]] = {}
        self.field_annotations: dict[Any, list[str]] = {}
        self.func_ids: dict[Any, str] = {}
        self.global_ids: dict[Any, str] = {}
        self.memory_ids: dict[Any, str] = {}
        self.data_ids: dict[Any, str] = {}
        self.tag_ids: dict[Any, str] = {}
        self.annotations: dict[int, str] = {}  # id(entity id) -> (@name ...)
        self.local_ids: dict[Any, str] = {}
        self._assign_module_names()

    # Output.

    def emit(self, text: str) -> int:
        start = self.pos
        self.chunks.append(text)
        self.pos += len(text)
        return start

    def line(self, depth: int, text: str) -> None:
        self.emit(INDENT * depth + text + "\n")

    def instr_line(self, depth: int, instr: Instr, text: str) -> None:
        self.emit(INDENT * depth)
        self.instr_here(instr, text)
        self.emit("\n")

    def instr_here(self, instr: Instr, text: str) -> None:
        start = self.emit(text)
        self.ranges.append((start, start + len(text), instr))

    # Names.

    def _assign_module_names(self) -> None:
        m = self.module

        def assign(table: dict, space: _Namespace, key: Any, name: str) -> None:
            ident, note = space.assign(name)
            if ident is not None:
                table[key] = ident
                self.annotations[id(key)] = note

        types = _Namespace()
        for td in m.types:
            assign(self.type_ids, types, td.id, td.id.name)
            if isinstance(td.composite, StructType):
                space = _Namespace()
                pairs = [space.assign(name) for name, _ in td.composite.fields]
                self.field_ids[td.id] = [ident for ident, _ in pairs]
                self.field_annotations[td.id] = [note for _, note in pairs]
        funcs = _Namespace()
        for imp in m.imports:
            assign(self.func_ids, funcs, imp.id, imp.id.name)
        for f in m.functions:
            assign(self.func_ids, funcs, f.id, f.name)
        for table, items in ((self.global_ids, m.globals), (self.memory_ids, m.memories),
                             (self.data_ids, m.data), (self.tag_ids, m.tags)):
            space = _Namespace()
            for item in items:
                assign(table, space, item.id, item.id.name)

    def note(self, key: Any) -> str:
        return self.annotations.get(id(key), "")

    def decl(self, table: dict, key: Any, index: int) -> str:
        """The identifier part of a definition: `$id (@name ..)` or an index comment."""
        ident = table.get(key)
        return f" {ident}{self.note(key)}" if ident else f" (;{index};)"

    def type_ref(self, t: Any) -> str:
        return self.type_ids.get(t) or str(self.layout.type(t))

    def func_ref(self, f: Any) -> str:
        return self.func_ids.get(f) or str(self.layout.func(f))

    def global_ref(self, g: Any) -> str:
        return self.global_ids.get(g) or str(self.layout.global_(g))

    def memory_ref(self, mem: Any) -> str:
        return self.memory_ids.get(mem) or str(self.layout.memory(mem))

    def data_ref(self, d: Any) -> str:
        return self.data_ids.get(d) or str(self.layout.data(d))

    def tag_ref(self, t: Any) -> str:
        return self.tag_ids.get(t) or str(self.layout.tag(t))

    def field_ref(self, t: Any, index: int) -> str:
        idents = self.field_ids.get(t)
        if idents is not None and index < len(idents) and idents[index]:
            return idents[index]
        return str(index)

    # Types.

    def heap_type(self, heap: Any) -> str:
        return heap.name if isinstance(heap, AbsHeapType) else self.type_ref(heap)

    def valtype(self, t: Any) -> str:
        if isinstance(t, NumType):
            return t.name
        if isinstance(t, RefType):
            if t.nullable and isinstance(t.heap, AbsHeapType):
                return _NULL_SHORTHANDS.get(t.heap.name, t.heap.name + "ref")
            return f"(ref {'null ' if t.nullable else ''}{self.heap_type(t.heap)})"
        raise TypeError(f"not a value type: {t!r}")

    def storage(self, ft: FieldType) -> str:
        st = ft.storage
        text = st.name if isinstance(st, PackedType) else self.valtype(st)
        return f"(mut {text})" if ft.mutable else text

    def signature(self, params: tuple, results: tuple, param_names: list[str] | None = None) -> str:
        parts: list[str] = []
        anonymous: list[str] = []  # consecutive unnamed params share one (param ...), as wasm-tools prints them
        for i, p in enumerate(params):
            name = param_names[i] if param_names else ""
            if name:
                if anonymous:
                    parts.append("(param " + " ".join(anonymous) + ")")
                    anonymous = []
                parts.append(f"(param {name} {self.valtype(p)})")
            else:
                anonymous.append(self.valtype(p))
        if anonymous:
            parts.append("(param " + " ".join(anonymous) + ")")
        if results:
            parts.append("(result " + " ".join(self.valtype(r) for r in results) + ")")
        return " ".join(parts)

    def composite(self, td: Any) -> str:
        c = td.composite
        if isinstance(c, StructType):
            fields = []
            for i, (_, ft) in enumerate(c.fields):
                ident = self.field_ids[td.id][i]
                name = f" {ident}{self.field_annotations[td.id][i]}" if ident else ""
                fields.append(f" (field{name} {self.storage(ft)})")
            return "(struct" + "".join(fields) + ")"
        if isinstance(c, ArrayType):
            return f"(array {self.storage(c.element)})"
        return self.func_type(c)

    def func_type(self, ft: FuncType) -> str:
        sig = self.signature(ft.params, ft.results)
        return f"(func {sig})" if sig else "(func)"

    def typeuse(self, index: int, params: tuple, results: tuple, param_names: list[str] | None = None) -> str:
        # An explicit (type N) keeps wasm-tools from picking or appending a type of its own.
        ref = self.type_ids.get(self.module.types[index].id) if index < len(self.module.types) else None
        sig = self.signature(params, results, param_names)
        return f"(type {ref or index})" + (" " + sig if sig else "")

    # Module.

    def write(self) -> WatText:
        m, lay = self.module, self.layout
        self.emit("(module" + (" " + format_id(m.name) if m.name else "") + "\n")
        if m.types:
            self.line(1, "(rec")
            for i, td in enumerate(m.types):
                comp = self.composite(td)
                if not (td.final and td.supertype is None):
                    sup = f" {self.type_ref(td.supertype)}" if td.supertype is not None else ""
                    comp = f"(sub{' final' if td.final else ''}{sup} {comp})"
                self.line(2, f"(type{self.decl(self.type_ids, td.id, i)} {comp})")
            self.line(1, ")")
        for k, ft in enumerate(lay.interned):
            self.line(1, f"(type (;{len(m.types) + k};) {self.func_type(ft)})")
        for imp, t in zip(m.imports, lay.import_types):
            head = f"(func{self.decl(self.func_ids, imp.id, lay.func(imp.id))}"
            self.line(1, f"(import {quote_name(imp.module)} {quote_name(imp.name)} "
                         f"{head} {self.typeuse(t, imp.type.params, imp.type.results)}))")
        for i, mem in enumerate(m.memories):
            limits = f"{mem.min_pages}" + ("" if mem.max_pages is None else f" {mem.max_pages}")
            self.line(1, f"(memory{self.decl(self.memory_ids, mem.id, i)} {limits})")
        for i, (tag, t) in enumerate(zip(m.tags, lay.tag_types)):
            self.line(1, f"(tag{self.decl(self.tag_ids, tag.id, i)} {self.typeuse(t, tag.params, ())})")
        for i, g in enumerate(m.globals):
            gt = f"(mut {self.valtype(g.valtype)})" if g.mutable else self.valtype(g.valtype)
            self.emit(f"{INDENT}(global{self.decl(self.global_ids, g.id, i)} {gt}")
            self.local_ids = {}
            for instr in g.init:
                self.emit(" ")
                self.instr_here(instr, self.instr_text(instr, _LabelScope()))
            self.emit(")\n")
        for e in m.exports:
            ref = {"func": self.func_ref, "memory": self.memory_ref, "global": self.global_ref,
                   "tag": self.tag_ref}[e.kind](e.target)
            self.line(1, f"(export {quote_name(e.name)} ({e.kind} {ref}))")
        if m.start is not None:
            self.line(1, f"(start {self.func_ref(m.start)})")
        if lay.declared_funcs:
            self.line(1, "(elem declare func " + " ".join(self.func_ref(f) for f in lay.declared_funcs) + ")")
        for f, t in zip(m.functions, lay.function_types):
            self.function(f, t)
        for i, d in enumerate(m.data):
            placement = ""
            if d.offset is not None:
                memory = lay.memory(d.memory)
                offset = d.offset & 0xFFFFFFFF
                offset = offset - 2**32 if offset >= 2**31 else offset
                placement = (f" (memory {self.memory_ref(d.memory)})" if memory else "") + f" (i32.const {offset})"
            self.line(1, f"(data{self.decl(self.data_ids, d.id, i)}{placement} {quote_bytes(d.data)})")
        self.emit(")\n")
        return WatText("".join(self.chunks), self.ranges)

    def function(self, f: Function, type_index: int) -> None:
        space = _Namespace()
        self.local_ids = {}
        decls: list[str] = []
        for index, local in enumerate([*f.params, *(loc for loc, _ in f.locals)]):
            ident, note = space.assign(local.name)
            self.local_ids[local] = ident or str(index)
            decls.append(f"{ident}{note}" if ident else "")
        n = len(f.params)
        head = f"(func{self.decl(self.func_ids, f.id, self.layout.func(f.id))} "
        self.line(1, head + self.typeuse(type_index, tuple(f.param_types), tuple(f.results), decls[:n]))
        for decl, (_, t) in zip(decls[n:], f.locals):
            self.line(2, f"(local {decl} {self.valtype(t)})" if decl else f"(local {self.valtype(t)})")
        labels = _LabelScope()
        depth = 2
        for instr in f.body:
            if instr.mnemonic == "end":
                depth -= 1
                self.instr_line(depth, instr, "end")
                labels.pop()
            elif instr.mnemonic == "else":
                self.instr_line(depth - 1, instr, "else")
            else:
                self.instr_line(depth, instr, self.instr_text(instr, labels))
                if isinstance(instr, BlockOp):
                    depth += 1
        self.line(1, ")")

    # Instructions.

    def local_ref(self, instr: LocalOp) -> str:
        ident = self.local_ids.get(instr.local)
        if ident:
            return ident
        raise ValueError(f"{instr.mnemonic}: {instr.local!r} is not a local of the function being written")

    def instr_text(self, instr: Instr, labels: _LabelScope) -> str:
        mn, lay = instr.mnemonic, self.layout
        match instr:
            case Simple():
                return mn
            case I32Const() | I64Const():
                return f"{mn} {instr.value}"
            case F32Const():
                return f"{mn} {format_f32(instr.bits)}"
            case F64Const():
                return f"{mn} {format_f64(instr.bits)}"
            case LocalOp():
                return f"{mn} {self.local_ref(instr)}"
            case GlobalOp():
                return f"{mn} {self.global_ref(instr.global_)}"
            case FuncOp():
                return f"{mn} {self.func_ref(instr.func)}"
            case LabelOp():
                return f"{mn} {labels.ref(instr.label, instr)}"
            case BrTable():
                targets = [labels.ref(lab, instr) for lab in (*instr.labels, instr.default)]
                return f"{mn} " + " ".join(targets)
            case TagOp():
                return f"{mn} {self.tag_ref(instr.tag)}"
            case MemArgOp():
                parts = [mn]
                if lay.memory(instr.memory):
                    parts.append(self.memory_ref(instr.memory))
                if instr.offset:
                    parts.append(f"offset={instr.offset}")
                if instr.align != instr.natural_align:
                    parts.append(f"align={instr.align}")
                return " ".join(parts)
            case MemoryOp():
                return mn + (f" {self.memory_ref(instr.memory)}" if lay.memory(instr.memory) else "")
            case MemoryCopy():
                if lay.memory(instr.dst) or lay.memory(instr.src):
                    return f"{mn} {self.memory_ref(instr.dst)} {self.memory_ref(instr.src)}"
                return mn
            case MemoryInit():
                memory = f" {self.memory_ref(instr.memory)}" if lay.memory(instr.memory) else ""
                return f"{mn}{memory} {self.data_ref(instr.data)}"
            case DataOp():
                return f"{mn} {self.data_ref(instr.data)}"
            case TypeOp():
                return f"{mn} {self.type_ref(instr.type_)}"
            case FieldOp():
                field = lay.field(instr.type_, instr.field, instr)
                return f"{mn} {self.type_ref(instr.type_)} {self.field_ref(instr.type_, field)}"
            case ArrayNewFixed():
                return f"{mn} {self.type_ref(instr.type_)} {instr.length}"
            case ArrayCopy():
                return f"{mn} {self.type_ref(instr.dst_type)} {self.type_ref(instr.src_type)}"
            case ArrayData():
                return f"{mn} {self.type_ref(instr.type_)} {self.data_ref(instr.data)}"
            case HeapTypeOp():
                return f"{mn} {self.heap_type(instr.heap)}"
            case RefTypeOp():
                return f"{mn} {self.valtype(instr.ref_type)}"
            case BrOnCast():
                return (f"{mn} {labels.ref(instr.label, instr)} "
                        f"{self.valtype(instr.from_type)} {self.valtype(instr.to_type)}")
            case Select():
                if instr.types:
                    return f"{mn} (result " + " ".join(self.valtype(t) for t in instr.types) + ")"
                return mn
            case BlockOp():
                return self.block_text(instr, labels)
        raise TypeError(f"cannot print {instr!r}")

    def block_text(self, instr: BlockOp, labels: _LabelScope) -> str:
        # Catch clauses name labels outside the try_table, so resolve them before pushing its own label.
        catches = ""
        if isinstance(instr, TryTable):
            for c in instr.catches:
                tag = f" {self.tag_ref(c.tag)}" if c.tag is not None else ""
                catches += f" ({c.kind}{tag} {labels.ref(c.label, instr)})"
        ident, note = labels.push(instr.label)
        parts = [instr.mnemonic + (f" {ident}{note}" if ident else "")]
        bt = self.layout.block_types[id(instr)]
        if isinstance(bt, int):
            parts.append(self.typeuse(bt, instr.params, instr.results))
        elif bt is not None:
            parts.append(f"(result {self.valtype(bt)})")
        return " ".join(parts) + catches


class _LabelScope:
    """Labels open while printing a body. A label may reuse a sibling's name, but not an enclosing label's
    (that one would be shadowed and unreachable by name), so only open labels reserve a name."""

    def __init__(self) -> None:
        self.open: list[tuple[LabelId, str | None, str]] = []  # label, $id, unique raw name

    def push(self, label: LabelId) -> tuple[str | None, str]:
        if not label.name:
            self.open.append((label, None, ""))
            return None, ""
        unique = _Namespace({raw for _, _, raw in self.open if raw}).claim(label.name)
        ident, note = _declaration(label.name, unique)
        self.open.append((label, ident, unique))
        return ident, note

    def pop(self) -> None:
        if self.open:
            self.open.pop()

    def ref(self, label: LabelId, instr: Instr) -> str:
        for depth, (open_label, ident, _) in enumerate(reversed(self.open)):
            if open_label is label:
                return ident or str(depth)
        raise ValueError(f"{instr.mnemonic}: {label!r} is not an enclosing label")
