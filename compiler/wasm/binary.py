"""Binary writer: encodes a Module as a .wasm file and records the byte offset of every instruction."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from .instructions import (ArrayCopy, ArrayData, ArrayNewFixed, BlockOp, BrOnCast, BrTable, DataOp, FieldOp,
                           FuncOp, GlobalOp, HeapTypeOp, I32Const, I64Const, Instr, LabelOp, LocalOp, MemArgOp,
                           MemoryCopy, MemoryInit, MemoryOp, OPCODES, RefTypeOp, Select, Simple, TagOp, TryTable,
                           TypeOp, _FloatConst)
from .instrmap import InstrMap, PrebuiltSpans
from .layout import Layout, LabelStack
from .module import EXPORT_KINDS, Function, Module
from .types import AbsHeapType, ArrayType, FieldType, FuncType, NumType, PackedType, RefType, StructType

MAGIC_AND_VERSION = b"\x00asm\x01\x00\x00\x00"

# Opcode bytes by mnemonic, and the shapes whose opcode depends on their immediates (their `opcode` property).
_OPCODE_BYTES = {mnemonic: opcode for mnemonic, (opcode, _) in OPCODES.items()}
_DYNAMIC_OPCODE = frozenset(shape for _, shape in OPCODES.values() if shape.opcode is not Instr.opcode)


# LEB128. Most encoded numbers (indices, lengths, small constants) are small: those come from tables. The
# two-byte ones are made on first use: a table of all 16,256 of them took longer to build at import than a small
# program's whole encoding.

_ULEB_SMALL = [bytes([n]) for n in range(128)]
_ULEB_TWO: dict[int, bytes] = {}
_SLEB_SMALL = [bytes([n & 0x7F]) for n in range(-64, 64)]  # n at index n + 64


def uleb(n: int) -> bytes:
    if 0 <= n < 128:
        return _ULEB_SMALL[n]
    if 128 <= n < 16384:
        two = _ULEB_TWO.get(n)
        if two is None:
            two = _ULEB_TWO[n] = bytes((n & 0x7F | 0x80, n >> 7))
        return two
    if n < 0:
        raise ValueError(f"unsigned LEB128 of negative {n}")
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def sleb(n: int) -> bytes:
    if -64 <= n < 64:
        return _SLEB_SMALL[n + 64]
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7  # arithmetic shift: stays -1 for negatives
        if (n == 0 and not byte & 0x40) or (n == -1 and byte & 0x40):
            out.append(byte)
            return bytes(out)
        out.append(byte | 0x80)


def _ranged(n: int, lo: int, hi: int, what: str) -> int:
    if not lo <= n < hi:
        raise ValueError(f"{n} is out of the {what} range")
    return n


def u32(n: int) -> bytes:
    if 0 <= n < 128:
        return _ULEB_SMALL[n]
    return uleb(_ranged(n, 0, 2**32, "u32"))


def s32(n: int) -> bytes:
    return sleb(_ranged(n, -(2**31), 2**31, "s32"))


def s33(n: int) -> bytes:
    return sleb(_ranged(n, -(2**32), 2**32, "s33"))


def s64(n: int) -> bytes:
    return sleb(_ranged(n, -(2**63), 2**63, "s64"))


def read_uleb(data: bytes, pos: int = 0) -> tuple[int, int]:
    """Decode an unsigned LEB128 at `pos`; returns (value, position after it)."""
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return result, pos


def read_sleb(data: bytes, pos: int = 0) -> tuple[int, int]:
    """Decode a signed LEB128 at `pos`; returns (value, position after it)."""
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            if byte & 0x40:
                result -= 1 << shift
            return result, pos


def name_bytes(s: str) -> bytes:
    raw = s.encode("utf-8")
    return u32(len(raw)) + raw


@dataclass
class EncodedModule:
    """The .wasm bytes, and for every instruction its byte offset in the file (what wasmtime reports as a trap
    frame's `module_offset`)."""

    data: bytes
    instr_offsets: list[tuple[int, Instr]] = field(default_factory=list)


def encode(module: Module, names: bool = True) -> EncodedModule:
    """names=False leaves out the name section (smaller; traps and tools then show indices instead of names)."""
    return _BinaryWriter(module, names).write()


class _BinaryWriter:
    def __init__(self, module: Module, names: bool = True) -> None:
        self.module = module
        self.names = names
        self.layout = Layout(module)
        self.local_indices: dict = {}  # of the function being written
        self.slots_written: list[dict] = [{} for _ in range(7)]  # (prebuilt_body's, by slot kind and id of target)

    def write(self) -> EncodedModule:
        out = bytearray(MAGIC_AND_VERSION)
        offsets: list[tuple[int, Instr]] = []

        def section(section_id: int, payload: bytes, chunks: list[tuple[int, list[tuple[int, Instr]]]] = ()) -> None:
            """chunks: (base in payload, [(offset from base, instr)]) of the instructions in the payload."""
            out.append(section_id)
            out.extend(u32(len(payload)))
            start = len(out)
            out.extend(payload)
            for base, rel_offsets in chunks:
                at = start + base
                if rel_offsets and type(rel_offsets[0]) is PrebuiltSpans:
                    offsets.append(rel_offsets[0].moved(at))  # (a stored body's: left unexpanded, instrmap.py)
                else:
                    offsets.extend([(at + rel, instr) for rel, instr in rel_offsets])

        m, lay = self.module, self.layout
        if lay.type_count:
            section(0x01, self.type_section())
        if m.imports:
            section(0x02, self.vec([name_bytes(i.module) + name_bytes(i.name) + b"\x00" + u32(t)
                                    for i, t in zip(m.imports, lay.import_types)]))
        if m.functions:
            section(0x03, self.vec([u32(t) for t in lay.function_types]))
        if m.memories:
            section(0x05, self.vec([self.limits(mem.min_pages, mem.max_pages) for mem in m.memories]))
        if m.tags:
            section(0x0D, self.vec([b"\x00" + u32(t) for t in lay.tag_types]))
        if m.globals:
            payload = bytearray(u32(len(m.globals)))
            global_offsets: list[tuple[int, Instr]] = []
            for g in m.globals:
                payload += self.valtype(g.valtype) + (b"\x01" if g.mutable else b"\x00")
                self.expr(g.init, payload, global_offsets)
            section(0x06, bytes(payload), [(0, global_offsets)])
        if m.exports:
            section(0x07, self.vec([name_bytes(e.name) + bytes([EXPORT_KINDS[e.kind]]) + u32(self.export_index(e))
                                    for e in m.exports]))
        if m.start is not None:
            section(0x08, u32(lay.func(m.start)))
        if lay.declared_funcs:
            # One declarative segment (flags 3, elemkind funcref) makes `ref.func` legal for these functions.
            section(0x09, b"\x01\x03\x00" + self.vec([u32(lay.func(f)) for f in lay.declared_funcs]))
        if m.data:
            section(0x0C, u32(len(m.data)))
        if m.functions:
            payload = bytearray(u32(len(m.functions)))
            chunks: list[tuple[int, list[tuple[int, Instr]]]] = []
            for f in m.functions:
                body_offsets: list[tuple[int, Instr]] = []
                encoded = getattr(f, "encoded", None)
                body = self.function_body(f, body_offsets) if encoded is None else \
                    self.prebuilt_body(f, encoded, body_offsets)
                payload += u32(len(body))
                chunks.append((len(payload), body_offsets))
                payload += body
            section(0x0A, bytes(payload), chunks)
        if m.data:
            section(0x0B, self.vec([self.data_segment(d) for d in m.data]))
        names = self.name_section() if self.names else b""
        if names:
            section(0x00, name_bytes("name") + names)
        if any(type(item) is PrebuiltSpans for item in offsets):
            return EncodedModule(bytes(out), InstrMap(offsets))
        return EncodedModule(bytes(out), offsets)

    # Shared encodings.

    @staticmethod
    def vec(items: list[bytes]) -> bytes:
        return u32(len(items)) + b"".join(items)

    @staticmethod
    def limits(lo: int, hi: int | None) -> bytes:
        return b"\x00" + u32(lo) if hi is None else b"\x01" + u32(lo) + u32(hi)

    def heap_type(self, heap) -> bytes:
        if isinstance(heap, AbsHeapType):
            return bytes([heap.code])
        return s33(self.layout.type(heap))

    def valtype(self, t) -> bytes:
        if isinstance(t, NumType):
            return bytes([t.code])
        if isinstance(t, RefType):
            if t.nullable and isinstance(t.heap, AbsHeapType):
                return bytes([t.heap.code])  # the one-byte shorthand, as wasm-tools writes it
            return (b"\x63" if t.nullable else b"\x64") + self.heap_type(t.heap)
        raise TypeError(f"not a value type: {t!r}")

    def storage_type(self, ft: FieldType) -> bytes:
        st = ft.storage
        body = bytes([st.code]) if isinstance(st, PackedType) else self.valtype(st)
        return body + (b"\x01" if ft.mutable else b"\x00")

    def func_type(self, ft: FuncType) -> bytes:
        return (b"\x60" + self.vec([self.valtype(t) for t in ft.params])
                + self.vec([self.valtype(t) for t in ft.results]))

    def composite(self, c) -> bytes:
        if isinstance(c, StructType):
            return b"\x5f" + self.vec([self.storage_type(ft) for _, ft in c.fields])
        if isinstance(c, ArrayType):
            return b"\x5e" + self.storage_type(c.element)
        return self.func_type(c)

    # Sections.

    def type_section(self) -> bytes:
        groups: list[bytes] = []
        lay = self.layout
        if self.module.types:
            subtypes = []
            for td in self.module.types:
                comp = self.composite(td.composite)
                if td.final and td.supertype is None:
                    subtypes.append(comp)
                else:
                    supers = [] if td.supertype is None else [u32(lay.type(td.supertype))]
                    subtypes.append((b"\x4f" if td.final else b"\x50") + self.vec(supers) + comp)
            groups.append(b"\x4e" + self.vec(subtypes))
        groups.extend(self.func_type(ft) for ft in lay.interned)
        return self.vec(groups)

    def export_index(self, e) -> int:
        lay = self.layout
        return {"func": lay.func, "memory": lay.memory, "global": lay.global_, "tag": lay.tag}[e.kind](e.target)

    def data_segment(self, d) -> bytes:
        if d.offset is None:
            return b"\x01" + u32(len(d.data)) + d.data
        offset = b"\x41" + s32(_wrap32(d.offset)) + b"\x0b"
        memory = self.layout.memory(d.memory)
        head = b"\x00" if memory == 0 else b"\x02" + u32(memory)
        return head + offset + u32(len(d.data)) + d.data

    def expr(self, instrs: list[Instr], out: bytearray, offsets: list[tuple[int, Instr]]) -> None:
        labels = LabelStack()
        record, encode = offsets.append, self.instr
        for instr in instrs:
            record((len(out), instr))
            encode(instr, out, labels)
        out.append(0x0B)

    def locals_header(self, f: Function) -> bytearray:
        runs: list[tuple[int, bytes]] = []  # consecutive locals of one type share a run
        for _, t in f.locals:
            enc = self.valtype(t)
            if runs and runs[-1][1] == enc:
                runs[-1] = (runs[-1][0] + 1, enc)
            else:
                runs.append((1, enc))
        return bytearray(self.vec([u32(n) + enc for n, enc in runs]))

    def prebuilt_body(self, f: Function, encoded, offsets: list) -> bytearray:
        """A body encoded in another build (prebuilt.py): its bytes, each index slot patched with this module's."""
        from .prebuilt import BLOCK, DATA, FUNC, GLOBAL, HEAP, TAG, TYPE

        body = self.locals_header(f)
        base = len(body)
        lay = self.layout
        code = encoded.code
        last = shift = 0
        shifts: list[tuple[int, int]] = []  # (slot position, how much the bytes after it moved)
        # each slot kind: how its index is written and where this module's index comes from
        slot_index = {FUNC: (u32, lay.func), TYPE: (u32, lay.type), HEAP: (s33, lay.type), GLOBAL: (u32, lay.global_),
                      BLOCK: (s33, lay.interned_index), TAG: (u32, lay.tag), DATA: (u32, lay.data)}
        written = self.slots_written  # the bytes of each slot target's index, by kind (most are named many times)
        for at, kind, what in zip(encoded.slot_positions, encoded.slot_kinds, encoded.slot_targets):
            body += code[last:at]
            index = written[kind].get(id(what)) if kind < len(written) else None
            if index is None:
                found = slot_index.get(kind)
                if found is None:
                    raise ValueError(f"unknown slot kind {kind}")
                write, look_up = found
                index = written[kind][id(what)] = write(look_up(what))
            body += index
            last = at + 5
            shift += len(index) - 5
            shifts.append((at, shift))
        body += code[last:]
        if encoded.instrs is None:  # (read back from storage: its instruction map stays arrays, instrmap.py)
            which, bounds, span_base, make_span = encoded.spans
            offsets.append(PrebuiltSpans(base, encoded.offsets, shifts, which, bounds, span_base, make_span))
            return body
        # Each instruction moves by the slots before it: runs of instructions between two slots move alike.
        rels, instrs = encoded.offsets, encoded.instrs
        start = moved = 0
        for at, after in shifts:
            end = bisect_right(rels, at, start)
            if end > start:
                at_base = base + moved
                offsets.extend(zip([at_base + rel for rel in rels[start:end]], instrs[start:end]))
                start = end
            moved = after
        at_base = base + moved
        offsets.extend(zip([at_base + rel for rel in rels[start:]], instrs[start:]))
        return body

    def function_body(self, f: Function, offsets: list[tuple[int, Instr]]) -> bytearray:
        body = self.locals_header(f)
        self.local_indices = {loc: i for i, loc in enumerate([*f.params, *(loc for loc, _ in f.locals)])}
        try:
            self.expr(f.body, body, offsets)
        finally:
            self.local_indices = {}
        return body

    # Instructions.

    def instr(self, instr: Instr, out: bytearray, labels: LabelStack) -> None:
        cls = instr.__class__
        out += instr.opcode if cls in _DYNAMIC_OPCODE else _OPCODE_BYTES[instr.mnemonic]
        # Fast paths for the most frequent shapes; the same encodings as the match below.
        if cls is LocalOp:
            index = self.local_indices.get(instr.local)
            out += u32(self.local_index(instr) if index is None else index)
            return
        if cls is Simple:
            if instr.mnemonic == "end" and labels.labels:
                labels.pop()
            return
        if cls is I32Const:
            out += s32(instr.value)
            return
        lay = self.layout
        match instr:
            case Simple():
                if instr.mnemonic == "end" and labels.labels:
                    labels.pop()
            case I32Const():
                out += s32(instr.value)
            case I64Const():
                out += s64(instr.value)
            case _FloatConst():
                out += instr.bits.to_bytes(instr.WIDTH, "little")
            case LocalOp():
                out += u32(self.local_index(instr))
            case GlobalOp():
                out += u32(lay.global_(instr.global_))
            case FuncOp():
                out += u32(lay.func(instr.func))
            case LabelOp():
                out += u32(labels.depth(instr.label, instr))
            case BrTable():
                out += self.vec([u32(labels.depth(lab, instr)) for lab in instr.labels])
                out += u32(labels.depth(instr.default, instr))
            case TagOp():
                out += u32(lay.tag(instr.tag))
            case MemArgOp():
                memory = lay.memory(instr.memory)
                if memory:
                    # Multi-memory: bit 6 of the alignment field announces an explicit memory index.
                    out += u32(instr.align_log2 | 0x40) + u32(memory)
                else:
                    out += u32(instr.align_log2)
                out += u32(instr.offset)
            case MemoryOp():
                out += u32(lay.memory(instr.memory))
            case MemoryCopy():
                out += u32(lay.memory(instr.dst)) + u32(lay.memory(instr.src))
            case MemoryInit():
                out += u32(lay.data(instr.data)) + u32(lay.memory(instr.memory))
            case DataOp():
                out += u32(lay.data(instr.data))
            case TypeOp():
                out += u32(lay.type(instr.type_))
            case FieldOp():
                out += u32(lay.type(instr.type_)) + u32(lay.field(instr.type_, instr.field, instr))
            case ArrayNewFixed():
                out += u32(lay.type(instr.type_)) + u32(instr.length)
            case ArrayCopy():
                out += u32(lay.type(instr.dst_type)) + u32(lay.type(instr.src_type))
            case ArrayData():
                out += u32(lay.type(instr.type_)) + u32(lay.data(instr.data))
            case HeapTypeOp():
                out += self.heap_type(instr.heap)
            case RefTypeOp():
                out += self.heap_type(instr.ref_type.heap)
            case BrOnCast():
                flags = (1 if instr.from_type.nullable else 0) | (2 if instr.to_type.nullable else 0)
                out.append(flags)
                out += u32(labels.depth(instr.label, instr))
                out += self.heap_type(instr.from_type.heap) + self.heap_type(instr.to_type.heap)
            case Select():
                if instr.types:
                    out += self.vec([self.valtype(t) for t in instr.types])
            case BlockOp():
                bt = lay.block_types[id(instr)]
                out += b"\x40" if bt is None else s33(bt) if isinstance(bt, int) else self.valtype(bt)
                if isinstance(instr, TryTable):
                    # Catch labels are resolved before the try_table's own label is in scope.
                    clauses = []
                    for c in instr.catches:
                        tag = b"" if c.tag is None else u32(lay.tag(c.tag))
                        clauses.append(bytes([c.code]) + tag + u32(labels.depth(c.label, instr)))
                    out += self.vec(clauses)
                labels.push(instr.label)
            case _:
                raise TypeError(f"cannot encode {instr!r}")

    def local_index(self, instr: LocalOp) -> int:
        index = self.local_indices.get(instr.local)
        if index is None:
            raise ValueError(f"{instr.mnemonic}: {instr.local!r} is not a local of the function being written")
        return index

    # The name section.

    def name_section(self) -> bytes:
        m, lay = self.module, self.layout
        subsections: list[tuple[int, bytes]] = []

        name_map = _name_map

        def indirect_map(groups) -> bytes:
            return _indirect_map((i, name_map(pairs)) for i, pairs in groups)

        if m.name:
            subsections.append((0x00, name_bytes(m.name)))
        funcs = [(lay.func(i.id), i.id.name) for i in m.imports]
        funcs += [(lay.func(f.id), f.name) for f in m.functions]
        subsections.append((0x01, name_map(funcs)))
        maps = [(lay.func(f.id), _own_name_maps(f)) for f in m.functions]
        subsections.append((0x02, _indirect_map((i, locals_map) for i, (locals_map, _) in maps)))
        subsections.append((0x03, _indirect_map((i, labels_map) for i, (_, labels_map) in maps)))
        subsections.append((0x04, name_map((i, td.id.name) for i, td in enumerate(m.types))))
        subsections.append((0x06, name_map((i, mem.id.name) for i, mem in enumerate(m.memories))))
        subsections.append((0x07, name_map((i, g.id.name) for i, g in enumerate(m.globals))))
        subsections.append((0x09, name_map((i, d.id.name) for i, d in enumerate(m.data))))
        subsections.append((0x0A, indirect_map(
            (i, enumerate(name for name, _ in td.composite.fields))
            for i, td in enumerate(m.types) if isinstance(td.composite, StructType))))
        subsections.append((0x0B, name_map((i, t.id.name) for i, t in enumerate(m.tags))))
        return b"".join(bytes([sid]) + u32(len(body)) + body for sid, body in subsections if body)


def _name_map(pairs) -> bytes:
    named = [(i, n) for i, n in pairs if n]
    return _BinaryWriter.vec([u32(i) + name_bytes(n) for i, n in named]) if named else b""


def _indirect_map(entries) -> bytes:
    entries = [u32(i) + body for i, body in entries if body]
    return _BinaryWriter.vec(entries) if entries else b""


def own_name_maps(f: Function) -> tuple[bytes, bytes]:
    """The name section's maps of a function's own names (its locals', its labels'): they do not depend on the
    module, so a prebuilt body keeps them (EncodedBody.name_maps)."""
    return (_name_map(enumerate([p.name for p in f.params] + [loc.name for loc, _ in f.locals])),
            _name_map(enumerate(_label_names(f))))


def _own_name_maps(f: Function) -> tuple[bytes, bytes]:
    encoded = getattr(f, "encoded", None)
    kept = encoded.name_maps if encoded is not None else None
    return kept if kept is not None else own_name_maps(f)


def _label_names(f: Function):
    encoded = getattr(f, "encoded", None)
    if encoded is not None:
        return encoded.labels
    return (i.label.name for i in f.body if isinstance(i, BlockOp))


def _wrap32(n: int) -> int:
    """A data offset given as an unsigned address still encodes as the signed i32.const."""
    n &= 0xFFFFFFFF
    return n - 2**32 if n >= 2**31 else n
