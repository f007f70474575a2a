"""Lowering: the typed program (user code plus the reached prelude) into one in-memory Wasm module.

Functions are generated on demand from `main` outwards, so a module holds only what the program reaches: the
prelude's number formatting appears only when a number is printed, WASI imports only when called.
Every instruction carries the span of the typed node it came from.
"""
from __future__ import annotations

import math
import struct
import threading
import zlib
from typing import Callable

from ..semantics import tir
from ..semantics import types as st
from ..semantics.builtins import BOXED_CLASS_NAMES
from ..semantics.symbols import ClassSymbol, FieldSymbol, LocalSymbol, MethodSymbol, ObjectSymbol
from ..source import Span
from ..wasi import SIGNATURES, WASI_MODULE
from ..wasm import (F32, F64, I32, I64, DataId, FuncId, FuncType, Function, FunctionBuilder, GlobalId, LocalId,
                    MemoryId, Module, RefType, make)
from .wasmtypes import TypeLowering

HEAP_START = 16384  # below: the runtime's I/O area (see prelude/runtime.scala); above: the allocator's heap
PAGE = 65536

_I32_OPS = {"+": "i32.add", "-": "i32.sub", "*": "i32.mul", "&": "i32.and", "|": "i32.or", "^": "i32.xor",
            "<<": "i32.shl", ">>": "i32.shr_s", ">>>": "i32.shr_u", "==": "i32.eq", "!=": "i32.ne",
            "<": "i32.lt_s", "<=": "i32.le_s", ">": "i32.gt_s", ">=": "i32.ge_s"}
_I64_OPS = {k: v.replace("i32", "i64") for k, v in _I32_OPS.items()}
_F64_OPS = {"+": "f64.add", "-": "f64.sub", "*": "f64.mul", "/": "f64.div", "==": "f64.eq", "!=": "f64.ne",
            "<": "f64.lt", "<=": "f64.le", ">": "f64.gt", ">=": "f64.ge"}
_F32_OPS = {k: v.replace("f64", "f32") for k, v in _F64_OPS.items()}
_I64_COMPARISONS = {"==", "!=", "<", "<=", ">", ">="}


class LoweringError(Exception):
    """A typed program the lowering cannot handle: a compiler bug, reported as an internal error."""


class SharedLowering:
    """What does not depend on the user's program, kept for the whole process: the ids of the prelude's functions,
    globals and types, of runtime helpers, imports and string literals, and the prelude's functions once lowered.

    A module refers to these ids like to its own; only the writers turn ids into indices. So a prelude function
    lowered for one build is added as it is to the next, after replaying what it needs (the functions it calls,
    the globals and types it uses), which spares every build the lowering of the number formatting it reaches."""

    LIMIT = 200_000  # ids kept before starting afresh (a language server builds many programs)

    def __init__(self) -> None:
        self.ids: dict[tuple, object] = {}
        self.functions: dict[tuple, tuple[Function, tuple]] = {}
        self._lock = threading.Lock()  # the language server builds on two threads: one id per key, always

    def id(self, key: tuple, make_id: Callable[[], object]):
        found = self.ids.get(key)
        if found is None:
            with self._lock:
                found = self.ids.get(key)
                if found is None:
                    if len(self.ids) >= self.LIMIT:
                        self.ids.clear()
                        self.functions.clear()  # cached functions refer to the ids just forgotten
                    found = self.ids[key] = make_id()
        return found


SHARED = SharedLowering()


class Lowering:
    def __init__(self, program: tir.Program, prelude: tir.Program, *, unchecked: bool = False,
                 extensions: list | None = None) -> None:
        self.program = program
        self.prelude = prelude
        self.unchecked = unchecked
        self.extensions = extensions or []
        self.module = Module()
        self.module.name = "scalawasi"
        self.types = TypeLowering(self.module, self)
        self.memory = SHARED.id(("memory",), lambda: MemoryId("memory"))
        self._prelude_owners = {id(o) for o in (*prelude.objects.values(), *prelude.classes.values())}
        self._recording: dict[tuple, None] | None = None  # what the function being lowered uses, in order
        self.module.add_memory(self.memory, 1)
        self.module.export_memory("memory", self.memory)
        self.functions: dict[object, FuncId] = {}
        self._pending: list[tuple[FuncId, Callable[[FunctionBuilder], None], object]] = []
        self.imports: dict[tuple[str, str], FuncId] = {}
        self.globals: dict[FieldSymbol, GlobalId] = {}
        self.init_flags: dict[ObjectSymbol, GlobalId] = {}
        self.literals: dict[str, GlobalId] = {}
        self._literal_data = bytearray()
        self._literal_slices: list[tuple[GlobalId, int, int]] = []
        self.literal_segment = DataId("string literals")
        self.helpers: dict[str, FuncId] = {}
        self._mark: GlobalId | None = None

    def record(self, *use) -> None:
        """Note a use of a module entity by the function being lowered (for reuse of prelude functions)."""
        if self._recording is not None:
            self._recording[use] = None

    def in_prelude(self, symbol) -> bool:
        owner = getattr(symbol, "owner", symbol)
        return id(owner) in self._prelude_owners

    # ------------------------------------------------------------------------------------------ module

    def lower(self) -> Module:
        main = self.program.main
        if main is None:
            raise LoweringError("no main method")
        main_id = self.method_function(main)
        start = FuncId("_start")
        fb = FunctionBuilder(start, "_start")
        fb.span = main.span
        if self._uses_local(main, main.params[0]):
            fb.emit("call", self.prelude_function("Runtime", "mainArgs"))
        else:
            fb.emit("ref.null", self.types.array_type(st.STRING))
        self.ensure_init(fb, main.owner, None)
        fb.emit("call", main_id)
        self._drain()
        start_fn = fb.build()
        # Every reached string literal is known only now; their globals are filled before anything else runs.
        start_fn.body[:0] = self._literal_inits()
        self.module.add_function(start_fn)
        self.module.export_function("_start", start)
        if self._literal_data:
            self.module.add_data(self.literal_segment, bytes(self._literal_data), None)
        return self.module

    def _uses_local(self, method: MethodSymbol, sym: LocalSymbol) -> bool:
        if method.body is None:
            return False
        return any(isinstance(n, tir.LocalGet) and n.sym is sym for n in tir.walk(method.body))

    def _drain(self) -> None:
        while self._pending:
            fid, build, _key = self._pending.pop()
            build(fid)

    def _schedule(self, key: object, fid: FuncId, build: Callable[[FuncId], None]) -> FuncId:
        self.functions[key] = fid
        self._pending.append((fid, build, key))
        return fid

    def wasi_import(self, name: str) -> FuncId:
        return self.host_import(WASI_MODULE, name, *self._wasi_signature(name))

    def _wasi_signature(self, name: str):
        params, results = SIGNATURES[name]
        kinds = {"i32": I32, "i64": I64}
        return tuple(kinds[p] for p in params), tuple(kinds[r] for r in results)

    def host_import(self, module: str, name: str, params: tuple, results: tuple) -> FuncId:
        self.record("host_import", module, name, params, results)
        key = (module, name)
        fid = self.imports.get(key)
        if fid is None:
            fid = SHARED.id(("import", module, name, params, results), lambda: FuncId(f"{module}.{name}"))
            self.module.import_function(fid, module, name, FuncType(params, results))
            self.imports[key] = fid
        return fid

    # ------------------------------------------------------------------------------------------ functions

    def method_function(self, method: MethodSymbol) -> FuncId:
        self.record("method_function", method)
        fid = self.functions.get(method)
        if fid is not None:
            return fid
        for ext in self.extensions:
            fid = ext.method_function(self, method)
            if fid is not None:
                self.functions[method] = fid
                return fid
        if self.in_prelude(method):
            fid = SHARED.id(("method", method), lambda: FuncId(method.qualified_name))
        else:
            fid = FuncId(method.qualified_name)
        return self._schedule(method, fid, lambda f: self._build_method(method, f))

    def prelude_function(self, obj: str, name: str) -> FuncId:
        return self.method_function(self.prelude.objects[obj].methods[name])

    def _build_method(self, method: MethodSymbol, fid: FuncId) -> None:
        if not self.in_prelude(method):
            self._lower_method(method, fid)
            return
        key = (method, self.unchecked)
        cached = SHARED.functions.get(key)
        if cached is not None:
            function, uses = cached
            self.module.add_function(function)
            for name, *args in uses:
                if name == "array_type":
                    self.types.array_type(*args)
                else:
                    getattr(self, name)(*args)
            return
        self._recording = {}
        try:
            function = self._lower_method(method, fid)
            uses = tuple(self._recording)
        finally:
            self._recording = None
        if ("unshareable",) not in uses:
            SHARED.functions[key] = (function, uses)

    def _lower_method(self, method: MethodSymbol, fid: FuncId) -> Function:
        fb = FunctionBuilder(fid, method.qualified_name, results=self.types.results(method.result))
        fb.span = None if self.in_prelude(method) else method.span
        gen = FunctionLowering(self, fb, method.owner)
        if not method.is_static:
            gen.this_local = fb.add_param("this", self.types.valtype(method.owner.tpe))
        for p in method.params or ():
            gen.declare_param(p)
        gen.declare_locals(method.locals)
        gen.expr(method.body)
        function = fb.build()
        self.module.add_function(function)
        return function

    def constructor(self, cls: ClassSymbol) -> FuncId:
        self.record("unshareable")
        fid = self.functions.get(cls)
        if fid is not None:
            return fid
        return self._schedule(cls, FuncId(f"{cls.name}.<init>"), lambda f: self._build_constructor(cls, f))

    def _build_constructor(self, cls: ClassSymbol, fid: FuncId) -> None:
        ref = self.types.valtype(cls.tpe)
        fb = FunctionBuilder(fid, f"{cls.name}.<init>", results=(ref,))
        fb.span = cls.span
        gen = FunctionLowering(self, fb, cls)
        for p in cls.params:
            gen.declare_param(p)
        gen.this_local = fb.add_local("this", ref)
        gen.declare_locals(cls.init_locals)
        fb.emit("struct.new_default", self.types.class_type(cls))
        fb.emit("local.set", gen.this_local)
        gen.expr(cls.init)
        fb.emit("local.get", gen.this_local)
        self.module.add_function(fb.build())

    def mark_global(self) -> GlobalId:
        """The bump pointer of linear memory: everything below it is in use (the runtime's area, live segments);
        everything above is free, for the next allocation or for the runtime's scratch space while it prints."""
        self.record("mark_global")
        if self._mark is None:
            self._mark = SHARED.id(("mark",), lambda: GlobalId("memory.mark"))
            self.module.add_global(self._mark, I32, True, [make("i32.const", HEAP_START)])
        return self._mark

    def global_of(self, sym: FieldSymbol) -> GlobalId:
        self.record("global_of", sym)
        gid = self.globals.get(sym)
        if gid is None:
            gid = SHARED.id(("global", sym), lambda: GlobalId(sym.qualified_name)) if self.in_prelude(sym) \
                else GlobalId(sym.qualified_name)
            self.globals[sym] = gid
            vt = self.types.valtype(sym.tpe)
            if vt is None:
                vt = I32
            self.module.add_global(gid, vt, True, [self.constant_instr(sym.tpe, sym.initial, vt)])
        return gid

    def constant_instr(self, t: st.Type, value, vt):
        """The constant-expression initial value of a global. A reference global starts null: a string cannot be
        built in a constant expression, so a string constant is stored by the object's initializer instead."""
        if isinstance(vt, RefType):
            return make("ref.null", vt.heap)
        if vt is I32:
            return make("i32.const", int(value or 0))
        if vt is I64:
            return make("i64.const", int(value or 0))
        if vt is F32:
            return make("f32.const", float(value or 0.0))
        return make("f64.const", float(value or 0.0))

    def init_function(self, obj: ObjectSymbol) -> FuncId:
        self.record("init_function", obj)
        fid = self.functions.get(obj)
        if fid is not None:
            return fid
        shared = self.in_prelude(obj)
        flag = SHARED.id(("flag", obj), lambda: GlobalId(f"{obj.name}.<initialized>")) if shared \
            else GlobalId(f"{obj.name}.<initialized>")
        self.module.add_global(flag, I32, True, [make("i32.const", 0)])
        self.init_flags[obj] = flag
        fid = SHARED.id(("clinit", obj), lambda: FuncId(f"{obj.name}.<clinit>")) if shared \
            else FuncId(f"{obj.name}.<clinit>")
        return self._schedule(obj, fid, lambda f: self._build_init(obj, f, flag))

    def _build_init(self, obj: ObjectSymbol, fid: FuncId, flag: GlobalId) -> None:
        fb = FunctionBuilder(fid, f"{obj.name}.<clinit>")
        fb.span = None if self.in_prelude(obj) else obj.span
        gen = FunctionLowering(self, fb, obj)
        gen.declare_locals(obj.init_locals)
        fb.emit("i32.const", 1)
        fb.emit("global.set", flag)
        gen.expr(obj.init)
        self.module.add_function(fb.build())

    def ensure_init(self, fb: FunctionBuilder, obj: ObjectSymbol, current_owner) -> None:
        """Scala objects initialise on first access: guard accesses from outside the object."""
        if obj is current_owner:
            return
        init = self._string_constant_fields(obj)
        if not obj.needs_init and not init:
            return
        fid = self.init_function(obj)
        flag = self.init_flags[obj]
        fb.emit("global.get", flag)
        fb.emit("i32.eqz")
        with fb.if_():
            fb.emit("call", fid)

    def call_needs_init(self, method: MethodSymbol) -> bool:
        """Whether calling a method of an object must first run the object's initializer.

        Scala runs it on first access, so it may be skipped only when doing so cannot be observed: the
        initializer has no effect but setting the object's own fields, and the method (with what it calls in
        the same object) reads none of the fields the initializer sets."""
        obj = method.owner
        if not isinstance(obj, ObjectSymbol):
            return False
        if not obj.needs_init and not self._string_constant_fields(obj):
            return False
        if not self._pure_initializer(obj):
            return True
        # Asked at every call site: walk each method once (a complete answer, unlike the nested calls' answers).
        cached = getattr(method, "_reads_init", None)
        if cached is None:
            cached = self._reads_initialized_fields(method, set())
            method._reads_init = cached  # type: ignore[attr-defined]
        return cached

    def _pure_initializer(self, obj: ObjectSymbol) -> bool:
        cached = getattr(obj, "_pure_init", None)
        if cached is None:
            cached = all(isinstance(s, tir.GlobalSet) and s.sym.owner is obj and _pure_value(s.value)
                         for s in obj.init.stats)
            obj._pure_init = cached  # type: ignore[attr-defined]
        return cached

    def _reads_initialized_fields(self, method: MethodSymbol, seen: set) -> bool:
        if method in seen or not isinstance(method.body, tir.Expr):
            return False
        seen.add(method)
        for n in tir.walk(method.body):
            if isinstance(n, (tir.GlobalGet, tir.GlobalSet)) and n.sym.owner is method.owner:
                return True
            if isinstance(n, tir.Call) and n.method.owner is method.owner \
                    and self._reads_initialized_fields(n.method, seen):
                return True
        return False

    def _string_constant_fields(self, obj: ObjectSymbol) -> bool:
        # String-valued vars with a constant initial value are set by the initializer (Wasm cannot build a
        # string in a global's constant expression); the typer left them as constants, so add them here.
        if getattr(obj, "_string_inits_done", False):
            return getattr(obj, "_has_string_inits", False)
        obj._string_inits_done = True  # type: ignore[attr-defined]
        extra = []
        for f in obj.fields.values():
            if f.tpe is st.STRING and f.initial is not None and f.constant is None:
                extra.append(tir.GlobalSet(f.span, st.UNIT, f, tir.Const(f.span, st.STRING, f.initial)))
        if extra:
            obj.init.stats[:0] = extra
            obj.needs_init = True
        obj._has_string_inits = bool(extra)  # type: ignore[attr-defined]
        return bool(extra)

    # ------------------------------------------------------------------------------------------ literals

    def literal(self, text: str) -> GlobalId:
        self.record("literal", text)
        gid = self.literals.get(text)
        if gid is None:
            # Named by content, so the WAT of a program is the same whatever the process compiled before it.
            digest = zlib.crc32(text.encode("utf-8", "surrogatepass"))
            gid = SHARED.id(("literal", text), lambda: GlobalId(f"str.{digest:08x}"))
            self.literals[text] = gid
            self.module.add_global(gid, self.types.string_ref, True, [make("ref.null", self.types.string)])
            data = text.encode("utf-16-le", errors="surrogatepass")
            offset = len(self._literal_data)
            self._literal_data += data
            self._literal_slices.append((gid, offset, len(data) // 2))
        return gid

    def _literal_inits(self) -> list:
        out = []
        for gid, offset, length in self._literal_slices:
            out.append(make("i32.const", offset))
            out.append(make("i32.const", length))
            out.append(make("array.new_data", self.types.string, self.literal_segment))
            out.append(make("global.set", gid))
        return out

    # ------------------------------------------------------------------------------------------ helpers

    def helper(self, name: str) -> FuncId:
        """A hand-assembled runtime primitive (a few instructions each), built once per module when reached."""
        self.record("helper", name)
        fid = self.helpers.get(name)
        if fid is None:
            fid = SHARED.id(("helper", name), lambda: FuncId(f"rt.{name}"))
            self.helpers[name] = fid
            build = getattr(self, "_helper_" + name.replace(".", "_"))
            self._pending.append((fid, build, name))
        return fid

    def custom_helper(self, name: str, build: Callable[[FuncId], None]) -> FuncId:
        """A runtime primitive defined by an extension (the memory intrinsics), built once when reached."""
        self.record("unshareable")  # its builder belongs to the extension, not to the shared ids
        fid = self.helpers.get(name)
        if fid is None:
            fid = self.helpers[name] = FuncId(f"rt.{name}")
            self._pending.append((fid, build, name))
        return fid

    def _new_helper(self, fid: FuncId, results: tuple) -> FunctionBuilder:
        return FunctionBuilder(fid, fid.name, results=results)

    def _helper_div(self, fid: FuncId, *, wide: bool = False, remainder: bool = False) -> None:
        t = I64 if wide else I32
        p = "i64" if wide else "i32"
        fb = self._new_helper(fid, (t,))
        a = fb.add_param("a", t)
        b = fb.add_param("b", t)
        fb.emit("local.get", b)
        fb.emit(f"{p}.eqz")
        with fb.if_():
            fb.emit("call", self.prelude_function("Runtime", "divisionByZero"))
            fb.emit("unreachable")
        if not remainder:
            # The JVM gives MinValue / -1 == MinValue where Wasm traps: negate instead (it wraps the same way).
            fb.emit("local.get", b)
            fb.emit(f"{p}.const", -1)
            fb.emit(f"{p}.eq")
            with fb.if_():
                fb.emit(f"{p}.const", 0)
                fb.emit("local.get", a)
                fb.emit(f"{p}.sub")
                fb.emit("return")
        fb.emit("local.get", a)
        fb.emit("local.get", b)
        fb.emit(f"{p}.rem_s" if remainder else f"{p}.div_s")
        self.module.add_function(fb.build())

    def _helper_idiv(self, fid):
        self._helper_div(fid)

    def _helper_irem(self, fid):
        self._helper_div(fid, remainder=True)

    def _helper_ldiv(self, fid):
        self._helper_div(fid, wide=True)

    def _helper_lrem(self, fid):
        self._helper_div(fid, wide=True, remainder=True)

    def _helper_charAt(self, fid: FuncId) -> None:
        fb = self._new_helper(fid, (I32,))
        s = fb.add_param("s", self.types.string_ref)
        i = fb.add_param("i", I32)
        self._bounds_check(fb, s, i, self.prelude_function("Runtime", "stringIndexOutOfBounds"))
        fb.emit("local.get", s)
        fb.emit("local.get", i)
        fb.emit("array.get_u", self.types.string)
        self.module.add_function(fb.build())

    def _bounds_check(self, fb: FunctionBuilder, array: LocalId, index: LocalId, fail: FuncId) -> None:
        fb.emit("local.get", index)
        fb.emit("local.get", array)
        fb.emit("array.len")
        fb.emit("i32.ge_u")
        with fb.if_():
            fb.emit("local.get", index)
            fb.emit("local.get", array)
            fb.emit("array.len")
            fb.emit("call", fail)
            fb.emit("unreachable")

    def _helper_concat(self, fid: FuncId) -> None:
        # concat(parts): the parts joined, a null part read as "null" (String.valueOf), the result allocated once.
        string = self.types.string
        parts_t = self.types.array_type(st.STRING)
        fb = self._new_helper(fid, (self.types.string_ref,))
        parts = fb.add_param("parts", RefType(parts_t, nullable=True))
        n = fb.add_local("n", I32)
        i = fb.add_local("i", I32)
        total = fb.add_local("total", I32)
        part = fb.add_local("part", self.types.string_ref)
        out = fb.add_local("out", self.types.string_ref)
        fb.emit("local.get", parts)
        fb.emit("array.len")
        fb.emit("local.set", n)

        def measure() -> None:  # a null part becomes "null"; total += its length
            fb.emit("local.get", parts)
            fb.emit("local.get", i)
            fb.emit("array.get", parts_t)
            fb.emit("ref.is_null")
            with fb.if_():
                fb.emit("local.get", parts)
                fb.emit("local.get", i)
                fb.emit("global.get", self.literal("null"))
                fb.emit("array.set", parts_t)
            fb.emit("local.get", total)
            fb.emit("local.get", parts)
            fb.emit("local.get", i)
            fb.emit("array.get", parts_t)
            fb.emit("array.len")
            fb.emit("i32.add")
            fb.emit("local.set", total)

        def copy() -> None:  # out[total, ...) = part; total += its length
            fb.emit("local.get", parts)
            fb.emit("local.get", i)
            fb.emit("array.get", parts_t)
            fb.emit("local.set", part)
            fb.emit("local.get", out)
            fb.emit("local.get", total)
            fb.emit("local.get", part)
            fb.emit("i32.const", 0)
            fb.emit("local.get", part)
            fb.emit("array.len")
            fb.emit("array.copy", string, string)
            fb.emit("local.get", total)
            fb.emit("local.get", part)
            fb.emit("array.len")
            fb.emit("i32.add")
            fb.emit("local.set", total)

        _counted_loop(fb, i, n, measure)
        fb.emit("local.get", total)
        fb.emit("array.new_default", string)
        fb.emit("local.set", out)
        fb.emit("i32.const", 0)
        fb.emit("local.set", total)  # from here on: where the next part goes
        _counted_loop(fb, i, n, copy)
        fb.emit("local.get", out)
        self.module.add_function(fb.build())

    def _helper_substring(self, fid: FuncId) -> None:
        fb = self._new_helper(fid, (self.types.string_ref,))
        s = fb.add_param("s", self.types.string_ref)
        begin = fb.add_param("begin", I32)
        end = fb.add_param("end", I32)
        # 0 <= begin <= end <= length, else StringIndexOutOfBoundsException
        fb.emit("local.get", begin)
        fb.emit("i32.const", 0)
        fb.emit("i32.lt_s")
        fb.emit("local.get", end)
        fb.emit("local.get", s)
        fb.emit("array.len")
        fb.emit("i32.gt_s")
        fb.emit("i32.or")
        fb.emit("local.get", begin)
        fb.emit("local.get", end)
        fb.emit("i32.gt_s")
        fb.emit("i32.or")
        with fb.if_():
            fb.emit("local.get", begin)
            fb.emit("local.get", end)
            fb.emit("local.get", s)
            fb.emit("array.len")
            fb.emit("call", self.prelude_function("Runtime", "substringOutOfBounds"))
            fb.emit("unreachable")
        fb.emit("local.get", end)
        fb.emit("local.get", begin)
        fb.emit("i32.sub")
        count = fb.add_local("count", I32)
        fb.emit("local.set", count)
        self._copy_chars(fb, s, begin, count)
        self.module.add_function(fb.build())

    def _helper_newString(self, fid: FuncId) -> None:
        # new String(chars, offset, count): a copy, so later writes to the array do not change the string.
        fb = self._new_helper(fid, (self.types.string_ref,))
        chars = fb.add_param("chars", self.types.string_ref)
        offset = fb.add_param("offset", I32)
        count = fb.add_param("count", I32)
        self._copy_chars(fb, chars, offset, count)
        self.module.add_function(fb.build())

    def _copy_chars(self, fb: FunctionBuilder, source: LocalId, offset: LocalId, count: LocalId) -> None:
        """Leave a new string holding source[offset, offset + count) on the stack."""
        string = self.types.string
        out = fb.add_local("out", self.types.string_ref)
        fb.emit("local.get", count)
        fb.emit("array.new_default", string)
        fb.emit("local.set", out)
        fb.emit("local.get", out)
        fb.emit("i32.const", 0)
        fb.emit("local.get", source)
        fb.emit("local.get", offset)
        fb.emit("local.get", count)
        fb.emit("array.copy", string, string)
        fb.emit("local.get", out)

    def _helper_tryGrowTo(self, fid: FuncId) -> None:
        # Grow linear memory towards `end` bytes; returns the size reached (less than `end` when it cannot grow),
        # and never fails: printing has a way around a full memory.
        fb = self._new_helper(fid, (I32,))
        end = fb.add_param("end", I32)
        with fb.block() as done:
            with fb.loop() as again:
                fb.emit("memory.size", self.memory)
                fb.emit("i32.const", 16)
                fb.emit("i32.shl")
                fb.emit("local.get", end)
                fb.emit("i32.ge_u")
                fb.emit("br_if", done)
                fb.emit("i32.const", 1)
                fb.emit("memory.grow", self.memory)
                fb.emit("i32.const", -1)
                fb.emit("i32.ne")
                fb.emit("br_if", again)
        fb.emit("memory.size", self.memory)
        fb.emit("i32.const", 16)
        fb.emit("i32.shl")
        self.module.add_function(fb.build())

    def _helper_ensureAvailable(self, fid: FuncId) -> None:
        # Grow linear memory until `end` bytes exist, as tryGrowTo does; stop the program when it cannot.
        fb = self._new_helper(fid, ())
        end = fb.add_param("end", I32)
        fb.emit("local.get", end)
        fb.emit("call", self.helper("tryGrowTo"))
        fb.emit("local.get", end)
        fb.emit("i32.lt_u")
        with fb.if_():
            fb.emit("global.get", self.literal("java.lang.OutOfMemoryError: out of linear memory"))
            fb.emit("call", self.prelude_function("Runtime", "fail"))
            fb.emit("unreachable")
        self.module.add_function(fb.build())


class FunctionLowering:
    """Emits one function body: the typed tree, node by node, each under its own span."""

    def __init__(self, lowering: Lowering, fb: FunctionBuilder, owner) -> None:
        self.l = lowering
        self.fb = fb
        self.types = lowering.types
        self.owner = owner
        self.this_local: LocalId | None = None
        self.locals: dict[LocalSymbol, LocalId] = {}
        self.emit = fb.emit  # the hottest call of lowering: bound once, no forwarding layer
        # Spans are offsets into the user's file: the prelude's own code (another file) carries none, so the
        # instruction-to-span map, hovers and trap locations only ever point into the program being built.
        self.spans = not lowering.in_prelude(owner)
        # Code that must run when control leaves an enclosing construct early (a `return` out of a memory scope
        # restores the allocation mark); innermost last.
        self.exit_actions: list[Callable[[], None]] = []

    def declare_param(self, sym: LocalSymbol) -> None:
        vt = self.types.valtype(sym.tpe)
        self.locals[sym] = self.fb.add_param(sym.name, vt if vt is not None else I32)

    def declare_locals(self, syms: list[LocalSymbol]) -> None:
        for sym in syms:
            if sym in self.locals:
                continue
            vt = self.types.valtype(sym.tpe)
            if vt is not None:
                self.locals[sym] = self.fb.add_local(sym.name, vt)

    def scratch(self, vt, name: str = "tmp") -> LocalId:
        return self.fb.add_local(name, vt)

    # ------------------------------------------------------------------------------------------ dispatch

    def expr(self, e: tir.Expr) -> None:
        fb = self.fb
        saved = fb.span
        if self.spans:
            fb.span = e.span
        try:
            kind = type(e)
            gen = _GEN_DISPATCH.get(kind, _UNKNOWN)
            if gen is _UNKNOWN:
                gen = _GEN_DISPATCH[kind] = getattr(FunctionLowering, "gen_" + kind.__name__, None)
            if gen is not None:
                gen(self, e)
            else:
                self._gen_by_extension(e)
        finally:
            fb.span = saved

    def _gen_by_extension(self, e: tir.Expr) -> None:
        for ext in self.l.extensions:
            if ext.gen(self, e):
                return
        raise LoweringError(f"no lowering for {type(e).__name__}")

    def discard_value(self, e: tir.Expr) -> None:
        """Evaluate e for its effects only."""
        self.expr(e)
        if self.types.valtype(e.tpe) is not None:
            self.emit("drop")

    def gen_ErrorNode(self, e):
        raise LoweringError("an erroneous tree reached lowering")

    def gen_Discard(self, e: tir.Discard):
        self.discard_value(e.value)

    def gen_UnitValue(self, e):
        pass

    def gen_Const(self, e: tir.Const):
        self.const(e.tpe, e.value)

    def const(self, t: st.Type, value) -> None:
        if t in (st.INT, st.SHORT, st.BYTE, st.CHAR):
            self.emit("i32.const", int(value))
        elif t is st.BOOLEAN:
            self.emit("i32.const", 1 if value else 0)
        elif t is st.LONG:
            self.emit("i64.const", int(value))
        elif t is st.DOUBLE:
            self.emit("f64.const", float(value))
        elif t is st.FLOAT:
            self.emit("f32.const", float(value))
        elif t is st.STRING and value is not None:
            self.emit("global.get", self.l.literal(value))
        elif t is st.UNIT:
            pass
        else:
            vt = self.types.valtype(t)
            self.emit("ref.null", vt.heap)

    # ------------------------------------------------------------------------------------------ variables

    def gen_LocalGet(self, e: tir.LocalGet):
        local = self.locals.get(e.sym)
        if local is not None:
            self.emit("local.get", local)

    def gen_LocalSet(self, e: tir.LocalSet):
        self.expr(e.value)
        local = self.locals.get(e.sym)
        if local is not None:
            self.emit("local.set", local)

    def gen_LocalDef(self, e: tir.LocalDef):
        local = self.locals.get(e.sym)
        if local is None:
            vt = self.types.valtype(e.sym.tpe)
            if vt is not None:
                local = self.locals[e.sym] = self.fb.add_local(e.sym.name, vt)
        self.expr(e.value)
        if local is not None and self.types.valtype(e.value.tpe) is not None:
            self.emit("local.set", local)
        if e.value.tpe is st.NOTHING:
            return

    def gen_GlobalGet(self, e: tir.GlobalGet):
        self.l.ensure_init(self.fb, e.sym.owner, self.owner)
        if self.types.valtype(e.tpe) is not None:
            self.emit("global.get", self.l.global_of(e.sym))

    def gen_GlobalSet(self, e: tir.GlobalSet):
        self.l.ensure_init(self.fb, e.sym.owner, self.owner)
        self.expr(e.value)
        if self.types.valtype(e.sym.tpe) is not None:
            self.emit("global.set", self.l.global_of(e.sym))

    def gen_This(self, e):
        self.emit("local.get", self.this_local)

    def gen_FieldGet(self, e: tir.FieldGet):
        self.expr(e.obj)
        cls = e.sym.owner
        self.emit("struct.get", self.types.class_type(cls), e.sym.index)
        if self.types.valtype(e.tpe) is None:
            self.emit("drop")

    def gen_FieldSet(self, e: tir.FieldSet):
        self.expr(e.obj)
        self.expr(e.value)
        if self.types.valtype(e.value.tpe) is None:
            self.emit("i32.const", 0)
        self.emit("struct.set", self.types.class_type(e.sym.owner), e.sym.index)

    # ------------------------------------------------------------------------------------------ calls

    def gen_Call(self, e: tir.Call):
        method = e.method
        for ext in self.l.extensions:
            if ext.gen_call(self, e):
                return
        if method.is_static:
            if self.l.call_needs_init(method):
                self.l.ensure_init(self.fb, method.owner, self.owner)
        else:
            self.expr(e.receiver)
            if not isinstance(e.receiver, tir.This):
                self.emit("ref.as_non_null")  # a call on null is a NullPointerException, as on the JVM
        for a in e.args:
            self.expr(a)
            if self.types.valtype(a.tpe) is None and a.tpe is not st.NOTHING:
                self.emit("i32.const", 0)  # a Unit argument still fills its parameter slot
        self.emit("call", self.l.method_function(method))
        if e.tpe is st.NOTHING or method.result is st.NOTHING:
            self.emit("unreachable")

    def gen_NewObject(self, e: tir.NewObject):
        for a in e.args:
            self.expr(a)
            if self.types.valtype(a.tpe) is None and a.tpe is not st.NOTHING:
                self.emit("i32.const", 0)
        self.emit("call", self.l.constructor(e.cls))

    def call_prelude(self, obj: str, name: str) -> None:
        method = self.l.prelude.objects[obj].methods[name]
        if self.l.call_needs_init(method):
            self.l.ensure_init(self.fb, method.owner, self.owner)
        self.emit("call", self.l.method_function(method))

    # ------------------------------------------------------------------------------------------ arrays

    def gen_NewArray(self, e: tir.NewArray):
        size = self.scratch(I32, "size")
        self.expr(e.size)
        self.emit("local.tee", size)
        self.emit("i32.const", 0)
        self.emit("i32.lt_s")
        with self.fb.if_():
            self.emit("local.get", size)
            self.call_prelude("Runtime", "negativeArraySize")
            self.emit("unreachable")
        self.emit("local.get", size)
        self.emit("array.new_default", self.types.array_type(e.tpe.element))

    def gen_ArrayLiteral(self, e: tir.ArrayLiteral):
        for item in e.items:
            self.expr(item)
        self.emit("array.new_fixed", self.types.array_type(e.tpe.element), len(e.items))

    def _array_and_index(self, array: tir.Expr, index: tir.Expr) -> tuple[LocalId, LocalId]:
        """Evaluate array and index into locals and check the index (ArrayIndexOutOfBoundsException)."""
        arr = self.scratch(self.types.valtype(array.tpe), "array")
        idx = self.scratch(I32, "index")
        self.expr(array)
        self.emit("local.set", arr)
        self.expr(index)
        self.emit("local.set", idx)
        self.l._bounds_check(self.fb, arr, idx, self.l.prelude_function("Runtime", "arrayIndexOutOfBounds"))
        return arr, idx

    def gen_ArrayGet(self, e: tir.ArrayGet):
        arr, idx = self._array_and_index(e.array, e.index)
        self.emit("local.get", arr)
        self.emit("local.get", idx)
        self.emit(self.types.array_get_op(e.tpe), self.types.array_type(e.array.tpe.element))

    def gen_ArraySet(self, e: tir.ArraySet):
        arr, idx = self._array_and_index(e.array, e.index)
        self.emit("local.get", arr)
        self.emit("local.get", idx)
        self.expr(e.value)
        self.emit("array.set", self.types.array_type(e.array.tpe.element))

    def gen_ArrayLength(self, e: tir.ArrayLength):
        self.expr(e.array)
        self.emit("array.len")

    # ------------------------------------------------------------------------------------------ operators

    def gen_Convert(self, e: tir.Convert):
        self.expr(e.value)
        self.convert(e.value.tpe, e.tpe)

    def convert(self, source: st.Type, target: st.Type) -> None:
        if source is target:
            return
        if source in (st.FLOAT, st.DOUBLE):
            f = "f32" if source is st.FLOAT else "f64"
            if target is st.DOUBLE:
                self.emit("f64.promote_f32")
                return
            if target is st.FLOAT:
                self.emit("f32.demote_f64")
                return
            if target is st.LONG:
                self.emit(f"i64.trunc_sat_{f}_s")
                return
            self.emit(f"i32.trunc_sat_{f}_s")  # the JVM's d2i/f2i: truncate, saturate, NaN to 0
            self.narrow(target)
            return
        if source is st.LONG:
            if target is st.DOUBLE:
                self.emit("f64.convert_i64_s")
            elif target is st.FLOAT:
                self.emit("f32.convert_i64_s")
            else:
                self.emit("i32.wrap_i64")
                self.narrow(target)
            return
        # source is an i32-represented integral type (Byte, Short, Char, Int)
        if target is st.LONG:
            self.emit("i64.extend_i32_s")
        elif target is st.DOUBLE:
            self.emit("f64.convert_i32_s")
        elif target is st.FLOAT:
            self.emit("f32.convert_i32_s")
        elif target is not st.INT and not (target is st.SHORT and source is st.BYTE):
            self.narrow(target)

    def narrow(self, target: st.Type) -> None:
        if target is st.BYTE:
            self.emit("i32.extend8_s")
        elif target is st.SHORT:
            self.emit("i32.extend16_s")
        elif target is st.CHAR:
            self.emit("i32.const", 0xFFFF)
            self.emit("i32.and")

    def gen_Unary(self, e: tir.Unary):
        t = e.tpe
        if e.op == "!":
            self.expr(e.operand)
            self.emit("i32.eqz")
        elif e.op == "-":
            if t in (st.DOUBLE, st.FLOAT):
                self.expr(e.operand)
                self.emit("f64.neg" if t is st.DOUBLE else "f32.neg")
            else:
                p = "i64" if t is st.LONG else "i32"
                self.emit(f"{p}.const", 0)
                self.expr(e.operand)
                self.emit(f"{p}.sub")
        elif e.op == "~":
            p = "i64" if t is st.LONG else "i32"
            self.expr(e.operand)
            self.emit(f"{p}.const", -1)
            self.emit(f"{p}.xor")

    def gen_Binary(self, e: tir.Binary):
        op, t = e.op, e.operand_type
        if op in ("/", "%") and t in (st.INT, st.LONG):
            self.integer_division(e)
            return
        if op == "%" and t is st.FLOAT:
            # fmod of two floats is exact, so the Double remainder of the widened operands, narrowed, is the same.
            self.expr(e.lhs)
            self.emit("f64.promote_f32")
            self.expr(e.rhs)
            self.emit("f64.promote_f32")
            self.call_prelude("Runtime", "remainder")
            self.emit("f32.demote_f64")
            return
        self.expr(e.lhs)
        self.expr(e.rhs)
        if op in ("<<", ">>", ">>>"):
            count_type = e.rhs.tpe
            if t is st.LONG and count_type is not st.LONG:
                self.emit("i64.extend_i32_u")
            elif t is not st.LONG and count_type is st.LONG:
                self.emit("i32.wrap_i64")
        if t in (st.INT, st.BOOLEAN):
            self.emit(_I32_OPS[op])
        elif t is st.LONG:
            self.emit(_I64_OPS[op])
        elif t is st.DOUBLE:
            if op == "%":
                self.call_prelude("Runtime", "remainder")
            else:
                self.emit(_F64_OPS[op])
        elif t is st.FLOAT:
            if op == "%":
                raise LoweringError("Float % is lowered by float_remainder")
            self.emit(_F32_OPS[op])
        else:
            raise LoweringError(f"binary {op} on {t}")

    def integer_division(self, e: tir.Binary) -> None:
        wide = e.operand_type is st.LONG
        p = "i64" if wide else "i32"
        divisor = e.rhs.value if isinstance(e.rhs, tir.Const) else None
        if divisor is not None and divisor not in (0, -1):
            # A constant divisor other than 0 and -1 cannot fail: the plain instruction is exact.
            self.expr(e.lhs)
            self.expr(e.rhs)
            self.emit(f"{p}.div_s" if e.op == "/" else f"{p}.rem_s")
            return
        self.expr(e.lhs)
        self.expr(e.rhs)
        name = ("l" if wide else "i") + ("div" if e.op == "/" else "rem")
        self.emit("call", self.l.helper(name))

    def gen_Logical(self, e: tir.Logical):
        self.expr(e.lhs)
        with self.fb.if_(results=(I32,)):
            if e.op == "&&":
                self.expr(e.rhs)
                self.fb.else_()
                self.emit("i32.const", 0)
            else:
                self.emit("i32.const", 1)
                self.fb.else_()
                self.expr(e.rhs)

    def gen_RefEquals(self, e: tir.RefEquals):
        lhs_null = isinstance(e.lhs, tir.Const) and e.lhs.value is None
        rhs_null = isinstance(e.rhs, tir.Const) and e.rhs.value is None
        if lhs_null and rhs_null:
            self.emit("i32.const", 0 if e.negate else 1)
            return
        if lhs_null or rhs_null:
            self.expr(e.rhs if lhs_null else e.lhs)
            self.emit("ref.is_null")
        else:
            self.expr(e.lhs)
            self.expr(e.rhs)
            self.emit("ref.eq")
        if e.negate:
            self.emit("i32.eqz")

    def gen_StringEquals(self, e: tir.StringEquals):
        self.expr(e.lhs)
        self.expr(e.rhs)
        self.call_prelude("Runtime", "stringEquals")
        if e.negate:
            self.emit("i32.eqz")

    # ------------------------------------------------------------------------------------------ strings

    def gen_ToString(self, e: tir.ToString):
        self.to_string(e.value)

    def to_string(self, value: tir.Expr, null_ok: bool = False) -> None:
        """Leave String.valueOf(value) on the stack (with null_ok, a null String stays null)."""
        t = value.tpe
        if isinstance(value, tir.Const) and t is not st.STRING:
            text = constant_text(t, value.value)
            if text is not None:
                self.emit("global.get", self.l.literal(text))
                return
        if t is st.STRING:
            self.expr(value)
            if not null_ok and not isinstance(value, (tir.Const, tir.StringConcat, tir.ToString)) \
                    and not _never_null(value):
                self.call_prelude("Runtime", "stringOrNull")
            return
        self.expr(value)
        if t in (st.INT, st.SHORT, st.BYTE):
            self.call_prelude("NumberFormat", "intToString")
        elif t is st.LONG:
            self.call_prelude("NumberFormat", "longToString")
        elif t is st.DOUBLE:
            self.call_prelude("NumberFormat", "doubleToString")
        elif t is st.FLOAT:
            self.call_prelude("NumberFormat", "floatToString")
        elif t is st.CHAR:
            self.emit("array.new_fixed", self.types.string, 1)
        elif t is st.BOOLEAN:
            self.call_prelude("Runtime", "booleanToString")
        elif t is st.UNIT:
            self.emit("global.get", self.l.literal("()"))
        elif t is st.NULL:
            self.emit("drop")
            self.emit("global.get", self.l.literal("null"))
        elif t is st.NOTHING:
            pass
        else:
            # Class instances and arrays print as the JVM's `Name@hash`; there is no identity hash here, so the
            # name alone with a fixed marker keeps the output recognisable.
            name = t.name if not isinstance(t, st.ArrayType) else "[" + t.element.name
            ref = self.scratch(self.types.valtype(t), "obj")
            self.emit("local.tee", ref)
            self.emit("ref.is_null")
            with self.fb.if_(results=(self.types.string_ref,)):
                self.emit("global.get", self.l.literal("null"))
                self.fb.else_()
                self.emit("global.get", self.l.literal(name + "@0"))

    def gen_StringConcat(self, e: tir.StringConcat):
        parts = _fold_constant_parts(e.parts)
        if len(parts) == 1:
            self.to_string(parts[0])
            return
        # Every part becomes a string, in order; one helper call then sizes the result once and copies them in.
        for part in parts:
            self.to_string(part, null_ok=True)  # the helper reads a null part as "null"
        self.emit("array.new_fixed", self.types.array_type(st.STRING), len(parts))
        self.emit("call", self.l.helper("concat"))

    # ------------------------------------------------------------------------------------------ builtins

    def gen_Builtin(self, e: tir.Builtin):
        name = e.name
        args = e.args
        handler = _BUILTINS.get(name)
        if handler is not None:
            handler(self, e)
            return
        for ext in self.l.extensions:
            if ext.gen_builtin(self, e):
                return
        raise LoweringError(f"no lowering for builtin {name}")

    def builtin_print(self, e: tir.Builtin, newline: bool) -> None:
        if e.args:
            self.to_string(e.args[0])
        else:
            self.emit("global.get", self.l.literal(""))
        self.emit("i32.const", 1)
        self.emit("i32.const", 1 if newline else 0)
        self.call_prelude("Runtime", "print")

    def builtin_math(self, e: tir.Builtin) -> None:
        fn = e.name.split(".", 1)[1]
        t = e.tpe
        for a in e.args:
            self.expr(a)
        if t in (st.DOUBLE, st.FLOAT):
            f = "f64" if t is st.DOUBLE else "f32"
            op = {"max": "max", "min": "min", "abs": "abs", "sqrt": "sqrt", "floor": "floor", "ceil": "ceil"}.get(fn)
            if op is not None:
                self.emit(f"{f}.{op}")
                return
            if fn == "signum":
                # signum: -1.0, 0.0 (keeping -0.0 and NaN), 1.0
                x = self.scratch(F64 if t is st.DOUBLE else F32, "x")
                self.emit("local.tee", x)
                self.emit(f"{f}.const", 0.0)
                self.emit(f"{f}.gt")
                with self.fb.if_(results=(F64 if t is st.DOUBLE else F32,)):
                    self.emit(f"{f}.const", 1.0)
                    self.fb.else_()
                    self.emit("local.get", x)
                    self.emit(f"{f}.const", 0.0)
                    self.emit(f"{f}.lt")
                    with self.fb.if_(results=(F64 if t is st.DOUBLE else F32,)):
                        self.emit(f"{f}.const", -1.0)
                        self.fb.else_()
                        self.emit("local.get", x)
                return
        p = "i64" if t is st.LONG else "i32"
        vt = I64 if t is st.LONG else I32
        if fn in ("max", "min"):
            b = self.scratch(vt, "b")
            a = self.scratch(vt, "a")
            self.emit("local.set", b)
            self.emit("local.tee", a)
            self.emit("local.get", b)
            self.emit("local.get", a)
            self.emit("local.get", b)
            self.emit(f"{p}.gt_s" if fn == "max" else f"{p}.lt_s")
            self.emit("select")
            return
        if fn == "abs":
            a = self.scratch(vt, "a")
            self.emit("local.set", a)
            self.emit(f"{p}.const", 0)
            self.emit("local.get", a)
            self.emit(f"{p}.sub")
            self.emit("local.get", a)
            self.emit("local.get", a)
            self.emit(f"{p}.const", 0)
            self.emit(f"{p}.lt_s")
            self.emit("select")
            return
        if fn == "signum":
            a = self.scratch(vt, "a")
            self.emit("local.tee", a)
            self.emit(f"{p}.const", 0)
            self.emit(f"{p}.gt_s")
            self.emit("local.get", a)
            self.emit(f"{p}.const", 0)
            self.emit(f"{p}.lt_s")
            self.emit("i32.sub")
            if t is st.LONG:
                self.emit("i64.extend_i32_s")
            return
        raise LoweringError(f"math.{fn} on {t}")

    def builtin_exit(self, e: tir.Builtin) -> None:
        self.expr(e.args[0])
        self.emit("call", self.l.wasi_import("proc_exit"))
        self.emit("unreachable")

    def builtin_string(self, e: tir.Builtin) -> None:
        op = e.name.split(".", 1)[1]
        if op == "length":
            self.expr(e.args[0])
            self.emit("array.len")
        elif op == "isEmpty":
            self.expr(e.args[0])
            self.emit("array.len")
            self.emit("i32.eqz")
        elif op == "charAtUnchecked":
            self.expr(e.args[0])
            self.expr(e.args[1])
            self.emit("array.get_u", self.types.string)
        elif op == "charAt":
            self.expr(e.args[0])
            self.expr(e.args[1])
            self.emit("call", self.l.helper("charAt"))
        elif op == "substring":
            s, begin = e.args[0], e.args[1]
            if len(e.args) == 3:
                self.expr(s)
                self.expr(begin)
                self.expr(e.args[2])
            else:
                tmp = self.scratch(self.types.string_ref, "s")
                self.expr(s)
                self.emit("local.tee", tmp)
                self.expr(begin)
                self.emit("local.get", tmp)
                self.emit("array.len")
            self.emit("call", self.l.helper("substring"))
        else:
            raise LoweringError(f"string.{op}")

    def builtin_new_string(self, e: tir.Builtin) -> None:
        chars = e.args[0]
        if len(e.args) == 3:
            self.expr(chars)
            self.expr(e.args[1])
            self.expr(e.args[2])
        else:
            tmp = self.scratch(self.types.string_ref, "chars")
            self.expr(chars)
            self.emit("local.tee", tmp)
            self.emit("i32.const", 0)
            self.emit("local.get", tmp)
            self.emit("array.len")
        self.emit("call", self.l.helper("newString"))

    def builtin_bits(self, e: tir.Builtin) -> None:
        self.expr(e.args[0])
        kind = e.name.split(".", 1)[1]
        if kind in ("doubleToLong", "doubleToLongCanonical"):
            if kind == "doubleToLongCanonical":
                self._canonical_nan(F64, "f64", 0x7FF8000000000000)
            self.emit("i64.reinterpret_f64")
        elif kind in ("floatToInt", "floatToIntCanonical"):
            if kind == "floatToIntCanonical":
                self._canonical_nan(F32, "f32", 0x7FC00000)
            self.emit("i32.reinterpret_f32")
        elif kind == "longToDouble":
            self.emit("f64.reinterpret_i64")
        elif kind == "intToFloat":
            self.emit("f32.reinterpret_i32")

    def _canonical_nan(self, vt, f: str, bits: int) -> None:
        from ..wasm import FloatBits

        x = self.scratch(vt, "x")
        self.emit("local.tee", x)
        self.emit("local.get", x)
        self.emit(f"{f}.ne")
        with self.fb.if_(results=(vt,)):
            self.emit(f"{f}.const", FloatBits(bits))
            self.fb.else_()
            self.emit("local.get", x)

    def builtin_memory(self, e: tir.Builtin) -> None:
        op = e.name.split(".", 1)[1]
        for a in e.args:
            self.expr(a)
        if op == "heapStart":
            self.emit("i32.const", HEAP_START)
        elif op == "mark":
            self.emit("global.get", self.l.mark_global())
        elif op == "ensureAvailable":
            self.emit("call", self.l.helper("ensureAvailable"))
        elif op == "tryGrowTo":
            self.emit("call", self.l.helper("tryGrowTo"))
        else:
            instr = {"store8": "i32.store8", "store32": "i32.store", "load8u": "i32.load8_u",
                     "load32": "i32.load"}[op]
            self.emit(instr)

    def builtin_wasi(self, e: tir.Builtin) -> None:
        for a in e.args:
            self.expr(a)
        name = e.name.split(".", 1)[1]
        self.emit("call", self.l.wasi_import(name))
        if e.tpe is st.NOTHING:
            self.emit("unreachable")

    # ------------------------------------------------------------------------------------------ control

    def block_results(self, t: st.Type) -> tuple:
        return self.types.results(t)

    def gen_If(self, e: tir.If):
        self.expr(e.cond)
        results = self.block_results(e.tpe)
        with self.fb.if_(results=results):
            self.expr(e.then)
            if e.otherwise is not None:
                self.fb.else_()
                self.expr(e.otherwise)
        if e.tpe is st.NOTHING:
            self.emit("unreachable")

    def gen_While(self, e: tir.While):
        fb = self.fb
        forever = isinstance(e.cond, tir.Const) and e.cond.value is True
        with fb.block() as exit_:
            with fb.loop() as top:
                if not forever:
                    self.expr(e.cond)
                    self.emit("i32.eqz")
                    self.emit("br_if", exit_)
                self.expr(e.body)
                self.emit("br", top)
        if forever:
            # `while (true)` without a break never completes normally; what follows is unreachable.
            self.emit("unreachable")

    def gen_ForRange(self, e: tir.ForRange):
        fb = self.fb
        wide = e.var.tpe is st.LONG
        p = "i64" if wide else "i32"
        var = self.locals[e.var]
        end = self.scratch(I64 if wide else I32, "end")
        self.expr(e.start)
        self.emit("local.set", var)
        self.expr(e.end)
        self.emit("local.set", end)
        with fb.block() as exit_:
            self.emit("local.get", var)
            self.emit("local.get", end)
            self.emit(f"{p}.gt_s" if e.inclusive else f"{p}.ge_s")
            self.emit("br_if", exit_)
            with fb.loop() as top:
                self.expr(e.body)
                if e.inclusive:
                    # Stop after the last value before incrementing: `to Int.MaxValue` must not wrap around.
                    self.emit("local.get", var)
                    self.emit("local.get", end)
                    self.emit(f"{p}.eq")
                    self.emit("br_if", exit_)
                self.emit("local.get", var)
                self.emit(f"{p}.const", 1)
                self.emit(f"{p}.add")
                self.emit("local.tee" if not e.inclusive else "local.set", var)
                if e.inclusive:
                    self.emit("br", top)
                else:
                    self.emit("local.get", end)
                    self.emit(f"{p}.lt_s")
                    self.emit("br_if", top)

    def gen_ForArray(self, e: tir.ForArray):
        fb = self.fb
        arr = self.scratch(self.types.valtype(e.array.tpe), "array")
        idx = self.scratch(I32, "i")
        n = self.scratch(I32, "n")
        self.expr(e.array)
        self.emit("local.tee", arr)
        self.emit("array.len")
        self.emit("local.set", n)
        self.emit("i32.const", 0)
        self.emit("local.set", idx)  # a nested loop runs this again: the counter must restart each time
        with fb.block() as exit_:
            with fb.loop() as top:
                self.emit("local.get", idx)
                self.emit("local.get", n)
                self.emit("i32.ge_s")
                self.emit("br_if", exit_)
                var = self.locals.get(e.var)
                if var is not None:
                    self.emit("local.get", arr)
                    self.emit("local.get", idx)
                    self.emit(self.types.array_get_op(e.var.tpe), self.types.array_type(e.array.tpe.element))
                    self.emit("local.set", var)
                self.expr(e.body)
                self.emit("local.get", idx)
                self.emit("i32.const", 1)
                self.emit("i32.add")
                self.emit("local.set", idx)
                self.emit("br", top)

    def gen_Block(self, e: tir.Block):
        for s in e.stats:
            self.expr(s)
            if s.tpe is st.NOTHING:
                return  # the rest is dead code; the stack is already polymorphic
        if e.result is not None:
            self.expr(e.result)

    def gen_Match(self, e: tir.Match):
        fb = self.fb
        st_type = e.scrutinee.tpe
        temp = self.locals.get(e.temp)
        if temp is None:
            temp = self.locals[e.temp] = fb.add_local("scrutinee", self.types.valtype(st_type))
        self.expr(e.scrutinee)
        self.emit("local.set", temp)
        results = self.block_results(e.tpe)
        with fb.block(results=results) as done:
            for case in e.cases:
                with fb.block() as next_case:
                    if case.values:
                        self.match_values(st_type, temp, case.values)
                        self.emit("i32.eqz")
                        self.emit("br_if", next_case)
                    if case.binding is not None and case.binding in self.locals:
                        self.emit("local.get", temp)
                        self.emit("local.set", self.locals[case.binding])
                    if case.guard is not None:
                        self.expr(case.guard)
                        self.emit("i32.eqz")
                        self.emit("br_if", next_case)
                    self.expr(case.body)
                    if case.body.tpe is not st.NOTHING:
                        self.emit("br", done)
            # No case matched: scala.MatchError with the value and its boxed class.
            self.to_string(tir.LocalGet(e.span, st_type, e.temp))
            self.emit("global.get", self.l.literal(BOXED_CLASS_NAMES.get(st_type, "java.lang.Object")))
            self.call_prelude("Runtime", "matchError")
            self.emit("unreachable")
        if e.tpe is st.NOTHING:
            self.emit("unreachable")

    def match_values(self, t: st.Type, temp: LocalId, values: list) -> None:
        """Leave 1 on the stack when the scrutinee equals one of the values."""
        for i, v in enumerate(values):
            if t is st.STRING:
                self.emit("local.get", temp)
                self.const(t, v)
                self.call_prelude("Runtime", "stringEquals")
            elif t is st.LONG:
                self.emit("local.get", temp)
                self.emit("i64.const", int(v))
                self.emit("i64.eq")
            else:
                self.emit("local.get", temp)
                self.const(t, v)
                self.emit("i32.eq")
            if i:
                self.emit("i32.or")

    def gen_Return(self, e: tir.Return):
        if e.value is not None:
            self.expr(e.value)
            if self.types.valtype(e.value.tpe) is not None and not self.fb.results:
                self.emit("drop")
        for action in reversed(self.exit_actions):
            action()
        self.emit("return")

    def gen_Throw(self, e: tir.Throw):
        self.emit("global.get", self.l.literal(e.exception_class))
        if e.message is None:
            self.emit("ref.null", self.types.string)
        else:
            self.expr(e.message)
        self.call_prelude("Runtime", "throwException")
        self.emit("unreachable")


_UNKNOWN = object()
_GEN_DISPATCH: dict[type, object] = {}  # typed-tree class -> its gen_ method (None: an extension lowers it)


def _counted_loop(fb: FunctionBuilder, i: LocalId, n: LocalId, body: Callable[[], None]) -> None:
    """for (i = 0; i < n; i++) body()"""
    fb.emit("i32.const", 0)
    fb.emit("local.set", i)
    with fb.block() as done:
        with fb.loop() as again:
            fb.emit("local.get", i)
            fb.emit("local.get", n)
            fb.emit("i32.ge_u")
            fb.emit("br_if", done)
            body()
            fb.emit("local.get", i)
            fb.emit("i32.const", 1)
            fb.emit("i32.add")
            fb.emit("local.set", i)
            fb.emit("br", again)


def _fold_constant_parts(parts: list[tir.Expr]) -> list[tir.Expr]:
    """Join neighbouring constant parts of a concatenation at compile time ("n = " + 3 is one literal)."""
    out: list[tir.Expr] = []
    for part in parts:
        text = None
        if isinstance(part, tir.Const):
            text = part.value if part.tpe is st.STRING else constant_text(part.tpe, part.value)
        if text is not None and out and isinstance(out[-1], tir.Const) and out[-1].tpe is st.STRING:
            previous = out[-1]
            out[-1] = tir.Const(previous.span.to(part.span), st.STRING, previous.value + text)
        elif text is not None:
            out.append(tir.Const(part.span, st.STRING, text))
        else:
            out.append(part)
    return out


def _pure_value(e: tir.Expr) -> bool:
    """A value whose computation cannot be observed (no output, no failure): safe to compute later or never."""
    if isinstance(e, tir.Const):
        return True
    if isinstance(e, tir.NewArray):
        return isinstance(e.size, tir.Const) and e.size.value >= 0
    if isinstance(e, tir.ArrayLiteral):
        return all(_pure_value(i) for i in e.items)
    return False


def _never_null(e: tir.Expr) -> bool:
    return isinstance(e, tir.Builtin) and e.name in ("string.substring", "newString")


def constant_text(t: st.Type, value) -> str | None:
    """String.valueOf of a constant, computed at compile time where Python agrees exactly with the JVM."""
    if t in (st.INT, st.LONG, st.SHORT, st.BYTE):
        return str(value)
    if t is st.CHAR:
        return chr(value)
    if t is st.BOOLEAN:
        return "true" if value else "false"
    if t is st.NULL:
        return "null"
    return None  # Float and Double: the prelude's formatting is the one reference


_BUILTINS: dict[str, Callable[[FunctionLowering, tir.Builtin], None]] = {
    "println": lambda g, e: g.builtin_print(e, True),
    "print": lambda g, e: g.builtin_print(e, False),
    "sys.exit": FunctionLowering.builtin_exit,
    "newString": FunctionLowering.builtin_new_string,
    "trap": lambda g, e: g.emit("unreachable"),
}
for _fn in ("max", "min", "abs", "sqrt", "floor", "ceil", "signum"):
    _BUILTINS["math." + _fn] = FunctionLowering.builtin_math
for _op in ("length", "isEmpty", "charAt", "charAtUnchecked", "substring"):
    _BUILTINS["string." + _op] = FunctionLowering.builtin_string
for _op in ("doubleToLong", "doubleToLongCanonical", "floatToInt", "floatToIntCanonical", "longToDouble",
            "intToFloat"):
    _BUILTINS["bits." + _op] = FunctionLowering.builtin_bits
for _op in ("store8", "store32", "load8u", "load32", "heapStart", "mark", "ensureAvailable", "tryGrowTo"):
    _BUILTINS["mem." + _op] = FunctionLowering.builtin_memory
for _name in SIGNATURES:
    _BUILTINS["wasi." + _name] = FunctionLowering.builtin_wasi
