"""Lowering: the typed program (user code plus the reached prelude) into one in-memory Wasm module.

Functions are generated on demand from `main` outwards, so a module holds only what the program reaches: the
prelude's number formatting appears only when a number is printed, WASI imports only when called.
Every instruction carries the span of the typed node it came from.
"""
from __future__ import annotations

import zlib
from typing import Callable

from ..semantics import tir
from ..semantics import types as st
from ..semantics.skipping import deferred_record
from ..semantics.symbols import FieldSymbol, LocalSymbol, MethodSymbol, ObjectSymbol
from ..wasi import SIGNATURES, WASI_MODULE
from ..wasm import I32, I64, DataId, FuncId, FuncType, Function, FunctionBuilder, GlobalId, MemoryId, Module, make
from .boxing import BoxLowering
from .closures import ClosureLowering
from .dispatch import DispatchLowering
from .interfaces import InterfaceLowering
from . import recursion, tailcalls
from .exceptions import ExceptionLowering
from .expressions import FunctionLowering
from .helpers import RuntimeHelpers
from .objects import ObjectLowering
from .shared import SHARED, LoweringError
from .wasmtypes import TypeLowering


# Uses of what each module makes for itself (a user class's struct, `$Object`, a constructor): replayable in a
# later build of the same program (lowering/stored.py), but never shared with another program's module.
MODULE_LOCAL = frozenset({"class_type", "object_type", "constructor", "method_type_id", "vtable_global",
                          "class_initializer"})


class Lowering(ObjectLowering, RuntimeHelpers, ClosureLowering, ExceptionLowering, BoxLowering, DispatchLowering,
               InterfaceLowering):
    def __init__(self, program: tir.Program, prelude: tir.Program, *, unchecked: bool = False,
                 optimize: bool = True, extensions: list | None = None, stored=None) -> None:
        self.program = program
        self.prelude = prelude
        self.unchecked = unchecked
        self.optimize = optimize  # the rewriting rules (conditions.py, recursion.py, intrinsics/access.py, fill.py)
        self.extensions = extensions or []
        self.stored = stored  # stored.StoredFunctions: the user's methods' functions kept across builds, or None
        if stored is not None:
            from .stored import Watched

            self.extensions = [Watched(ext, self) for ext in self.extensions]
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
        self._closure_state()
        self._boxing_state()
        self._dispatch_state()
        self._needs_init_answers: dict[MethodSymbol, bool] = {}  # (objects.call_needs_init)
        self._interface_state()

    def record(self, *use) -> None:
        """Note a use of a module entity by the function being lowered (for reuse of prelude functions)."""
        if self._recording is not None:
            self._recording[use] = None

    def replay(self, use: tuple):
        """Do again what a recorded use did (adding nothing when it was done already); its result (an id, mostly).
        Facts (`fact_...`) are checked by whoever replays, not here."""
        name, *args = use
        if name in ("array_type", "vector_type", "made_vector_type", "char_array_type", "wrapped_array_type",
                    "class_type"):
            return getattr(self.types, name)(*args)
        if name.startswith("fact_"):
            return None
        return getattr(self, name)(*args)

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
        self.finish_dispatchers()
        self.emit_vtables()
        start_fn = fb.build()
        # Every reached string literal is known only now; their globals are filled before anything else runs.
        start_fn.body[:0] = self._literal_inits()
        self.module.add_function(start_fn)
        self.module.export_function("_start", start)
        if self._literal_data:
            self.module.add_data(self.literal_segment, bytes(self._literal_data), None)
        return self.module

    def _uses_local(self, method: MethodSymbol, sym: LocalSymbol) -> bool:
        record = deferred_record(method)
        if record is not None:  # a body the build left untyped (semantics/skipping.py): what it read is known
            return method.params.index(sym) in record.params_read
        if method.body is None:
            return False
        return any(isinstance(n, tir.LocalGet) and n.sym is sym for n in tir.walk(method.body))

    def _drain(self) -> None:
        while self._pending:
            while self._pending:
                fid, build, _key = self._pending.pop()
                build(fid)
            self.complete_vtables()  # the slots the lowered code calls: their functions, lowered in turn

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
        stored = self.stored
        if not self.in_prelude(method):
            key = stored.method_key(method) if stored is not None else None
            self.lower_stored(key, fid, lambda: self._lower_method(method, fid), method.defn)
            return
        key = (method, self.unchecked, self.optimize)
        cached = SHARED.functions.get(key)
        if cached is not None:
            function, uses = cached
            self.module.add_function(function)
            for use in uses:
                self.replay(use)
            return
        stored_key = stored.prelude_key("method", method) if stored is not None else None
        if stored_key is not None and stored.load(self, stored_key, fid):
            return
        self._recording = {}
        try:
            function = self._lower_method(method, fid)
            uses = tuple(self._recording)
        finally:
            self._recording = None
        if not any(use == ("unshareable",) or use[0] in MODULE_LOCAL for use in uses):
            SHARED.functions[key] = (function, uses)
        if stored_key is not None:
            stored.store(self, stored_key, function, uses)

    def stored_key(self, kind: str, owner) -> str | None:
        """The key a function lowered from a whole class or object (its constructor, body, initialiser) is stored
        under (lowering/stored.py), or None."""
        if self.stored is None:
            return None
        if self.in_prelude(owner):
            return self.stored.prelude_key(kind, owner)
        return self.stored.definition_key(kind, owner, owner.defn)

    def lower_stored(self, key: str | None, fid: FuncId, lower: Callable[[], object], defn=None,
                     own: dict | None = None) -> None:
        """lower() (which adds function fid to the module), or, when key is not None, the function an earlier build
        stored under it (then the function lowered now is stored). defn: the definition it is lowered from (its
        spans lie inside); own: the ids it names that no recorded use gives, by name."""
        stored = self.stored
        if key is None or stored is None:
            lower()
            return
        if stored.load(self, key, fid, own, 0 if defn is None else defn.span.start):
            return
        self._recording = {}
        try:
            lower()
            uses = tuple(self._recording)
        finally:
            self._recording = None
        function = self.module.functions[-1] if self.module.functions else None
        if function is not None and function.id is fid:
            stored.store(self, key, function, uses, None if defn is None else defn.span, own)

    def _lower_method(self, method: MethodSymbol, fid: FuncId) -> Function:
        fb = FunctionBuilder(fid, method.qualified_name, results=self.types.results(method.result),
                             type_id=self.method_type_id(method))
        fb.span = None if self.in_prelude(method) else method.span
        gen = FunctionLowering(self, fb, method.owner)
        cast_this = None
        if not method.is_static:
            own = self.types.valtype(method.owner.tpe)
            receiver = self.receiver_type(method)
            if receiver == own:
                gen.this_local = fb.add_param("this", own)
            else:  # an override: the slot's `this` is a parent's struct; cast it back once, on entry
                cast_this = fb.add_param("this.slot", receiver)
        for p in method.params or ():
            gen.declare_param(p)
        if method.is_local:
            gen.declare_captures(method)
        gen.declare_locals(method.locals)
        if cast_this is not None:
            gen.this_local = fb.add_local("this", own)
            fb.emit("local.get", cast_this)
            fb.emit("ref.cast", own)
            fb.emit("local.set", gen.this_local)
        if getattr(method.owner, "local_scope", None) is not None and not method.is_static:
            gen.load_class_captures(method.owner)  # (from `this` as its own class's struct)
        for ext in self.extensions:
            ext.enter_function(gen, method)
        gen.tail_calls = tailcalls.tail_self_calls(method)
        plan = recursion.find(method) if self.optimize and not self.in_prelude(method) else None
        if plan is not None:
            recursion.lower_as_loop(gen, method, plan)
        else:
            gen.expr(method.body)
        function = fb.build()
        self.module.add_function(function)
        return function

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
