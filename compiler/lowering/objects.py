"""Classes and objects: constructors, object fields as globals and Scala's initialise-on-first-access."""
from __future__ import annotations

from ..semantics import tir
from ..semantics.skipping import deferred_record
from ..semantics import types as st
from ..semantics.symbols import ClassSymbol, FieldSymbol, MethodSymbol, ObjectSymbol
from ..wasm import F32, I32, I64, FuncId, FunctionBuilder, GlobalId, RefType, make
from .expressions import FunctionLowering
from .shared import SHARED

class ObjectLowering:
    """Classes and objects of a module: constructors, the globals of object fields, first-access initialisation."""

    def constructor(self, cls: ClassSymbol) -> FuncId:
        """`new C(args)`: allocate the struct (its vtable and default field values), then initialise it."""
        self.record("constructor", cls)  # (this module's own: see codegen.MODULE_LOCAL)
        fid = self.functions.get(cls)
        if fid is not None:
            return fid
        return self._schedule(cls, FuncId(f"{cls.name}.<init>"), lambda f: self._build_constructor(cls, f))

    def _build_constructor(self, cls: ClassSymbol, fid: FuncId) -> None:
        self.lower_stored(self.stored_key("constructor", cls), fid, lambda: self._lower_constructor(cls, fid),
                          None if self.in_prelude(cls) else cls.defn)

    def _lower_constructor(self, cls: ClassSymbol, fid: FuncId) -> None:
        ref = self.types.valtype(cls.tpe)
        fb = FunctionBuilder(fid, f"{cls.name}.<init>", results=(ref,))
        fb.span = None if self.in_prelude(cls) else cls.span  # spans point into the program's own text only
        gen = FunctionLowering(self, fb, cls)
        for p in cls.params:
            gen.declare_param(p)
        if cls.outer_param is not None:
            gen.declare_param(cls.outer_param)
        captured = self.class_captures(cls) if cls.local_scope is not None else []
        for c in captured:  # (in the order gen_NewObject pushes them)
            gen.locals[c] = fb.add_param(c.name, self.local_type(c))
        gen.this_local = fb.add_local("this", ref)
        struct = self.types.class_type(cls)
        fb.emit("global.get", self.vtable_global(cls))
        fb.emit("i32.const", 0)  # no identity hash yet
        slots = {index: c for c, index in self.capture_fields(cls)} if captured else {}
        index = 2
        for f in cls.layout:
            while index in slots:  # the captured locals follow their class's segment of the layout
                fb.emit("local.get", gen.locals[slots.pop(index)])
                index += 1
            vt = self.types.valtype(f.tpe) if f.tpe is not None else None
            self.zero(fb, vt if vt is not None else I32)
            index += 1
        for i in sorted(slots):
            fb.emit("local.get", gen.locals[slots[i]])
        fb.emit("struct.new", struct)
        fb.emit("local.set", gen.this_local)
        if cls.outer_param is not None:  # scalac's inner classes throw NullPointerException on a null outer
            fb.emit("local.get", gen.locals[cls.outer_param])
            fb.emit("ref.as_non_null")
            fb.emit("drop")
        if self.is_extended(cls):  # the body is a function of its own, which subclasses' constructors call too
            fb.emit("local.get", gen.this_local)
            for p in cls.params:
                fb.emit("local.get", gen.locals[p])
            if cls.outer_param is not None:
                fb.emit("local.get", gen.locals[cls.outer_param])
            fb.emit("call", self.class_initializer(cls))
        else:
            gen.declare_locals(cls.init_locals)
            gen.expr(cls.init)
        fb.emit("local.get", gen.this_local)
        self.module.add_function(fb.build())

    def class_initializer(self, cls: ClassSymbol) -> FuncId:
        """The body of a class's primary constructor run on an allocated object: its own and its subclasses'."""
        self.record("class_initializer", cls)  # (this module's own: see codegen.MODULE_LOCAL)
        key = ("initializer", cls)
        fid = self.functions.get(key)
        if fid is not None:
            return fid
        return self._schedule(key, FuncId(f"{cls.name}.<body>"), lambda f: self._build_initializer(cls, f))

    def _build_initializer(self, cls: ClassSymbol, fid: FuncId) -> None:
        self.lower_stored(self.stored_key("body", cls), fid, lambda: self._lower_initializer(cls, fid),
                          None if self.in_prelude(cls) else cls.defn)

    def _lower_initializer(self, cls: ClassSymbol, fid: FuncId) -> None:
        fb = FunctionBuilder(fid, f"{cls.name}.<body>")
        fb.span = None if self.in_prelude(cls) else cls.span
        gen = FunctionLowering(self, fb, cls)
        gen.this_local = fb.add_param("this", self.types.valtype(cls.tpe))
        for p in cls.params:
            gen.declare_param(p)
        if cls.outer_param is not None:  # (an inner class's subclass passes the enclosing instance it reaches)
            gen.declare_param(cls.outer_param)
        if cls.local_scope is not None:  # a class defined in a block: the locals it captures, from the instance
            gen.load_class_captures(cls)
        gen.declare_locals(cls.init_locals)
        gen.expr(cls.init)
        self.module.add_function(fb.build())

    def is_extended(self, cls: ClassSymbol) -> bool:
        """Whether a class of the program extends cls. A fact (lowering/stored.py): a class defined in a method
        body may."""
        answer = any(c.superclass is cls for c in self.program.classes.values())
        self.record("fact_is_extended", cls, answer)
        return answer

    @staticmethod
    def zero(fb: FunctionBuilder, vt) -> None:
        if isinstance(vt, RefType):
            fb.emit("ref.null", vt.heap)
        elif vt is I32:
            fb.emit("i32.const", 0)
        elif vt is I64:
            fb.emit("i64.const", 0)
        elif vt is F32:
            fb.emit("f32.const", 0.0)
        else:
            fb.emit("f64.const", 0.0)

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
        if vt is F32:  # (not `value or 0.0`: -0.0 is falsy and must keep its sign)
            return make("f32.const", 0.0 if value is None else float(value))
        return make("f64.const", 0.0 if value is None else float(value))

    def init_function(self, obj: ObjectSymbol) -> FuncId:
        self.record("init_function", obj)
        fid = self.functions.get(obj)
        if fid is not None:
            return fid
        self._string_constant_fields(obj)  # (as ensure_init does first: a replayed use does only this)
        shared = self.in_prelude(obj)
        flag = SHARED.id(("flag", obj), lambda: GlobalId(f"{obj.name}.<initialized>")) if shared \
            else GlobalId(f"{obj.name}.<initialized>")
        self.module.add_global(flag, I32, True, [make("i32.const", 0)])
        self.init_flags[obj] = flag
        fid = SHARED.id(("clinit", obj), lambda: FuncId(f"{obj.name}.<clinit>")) if shared \
            else FuncId(f"{obj.name}.<clinit>")
        return self._schedule(obj, fid, lambda f: self._build_init(obj, f, flag))

    def _build_init(self, obj: ObjectSymbol, fid: FuncId, flag: GlobalId) -> None:
        self.lower_stored(self.stored_key("clinit", obj), fid, lambda: self._lower_init(obj, fid, flag),
                          None if self.in_prelude(obj) else obj.defn, {"flag": flag})

    def _lower_init(self, obj: ObjectSymbol, fid: FuncId, flag: GlobalId) -> None:
        fb = FunctionBuilder(fid, f"{obj.name}.<clinit>")
        fb.span = None if self.in_prelude(obj) else obj.span
        gen = FunctionLowering(self, fb, obj)
        gen.declare_locals(obj.init_locals)
        fb.emit("i32.const", 1)
        fb.emit("global.set", flag)
        # Runtime.report reports an exception escaping a user object's initializer as the JVM does
        # (ExceptionInInitializerError), so it must know one is running.
        depth = None if self.in_prelude(obj) else \
            self.global_of(self.prelude.objects["Runtime"].fields["initializing"])
        if depth is not None:
            fb.emit("global.get", depth)
            fb.emit("i32.const", 1)
            fb.emit("i32.add")
            fb.emit("global.set", depth)
        gen.expr(obj.init)
        if depth is not None:
            fb.emit("global.get", depth)
            fb.emit("i32.const", 1)
            fb.emit("i32.sub")
            fb.emit("global.set", depth)
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
        """Whether calling a method of an object must first run the object's initializer (see `_needs_init`).
        Recorded as a fact: the answer reads the bodies of the object's methods, which a stored function's key
        (lowering/stored.py) does not cover."""
        answer = self._needs_init_answers.get(method)
        if answer is None:
            answer = self._needs_init_answers[method] = self._needs_init(method)
        self.record("fact_call_needs_init", method, answer)
        return answer

    def _needs_init(self, method: MethodSymbol) -> bool:
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
        if method in seen:
            return False
        record = deferred_record(method)
        if record is not None:  # a body the build left untyped (semantics/skipping.py): what it touches is known
            seen.add(method)
            if record.touches_own_fields:
                return True
            own = list(method.owner.every_method())
            return any(self._reads_initialized_fields(own[i], seen) for i in record.own_callees)
        if not isinstance(method.body, tir.Expr):
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
            if f.tpe is st.STRING and f.initial is not None and not f.inlined:
                extra.append(tir.GlobalSet(f.span, st.UNIT, f, tir.Const(f.span, st.STRING, f.initial)))
        if extra:
            obj.init.stats[:0] = extra
            obj.needs_init = True
        obj._has_string_inits = bool(extra)  # type: ignore[attr-defined]
        return bool(extra)


def _pure_value(e: tir.Expr) -> bool:
    """A value whose computation cannot be observed (no output, no failure): safe to compute later or never."""
    if isinstance(e, tir.Const):
        return True
    if isinstance(e, tir.NewArray):
        return isinstance(e.size, tir.Const) and e.size.value >= 0
    if isinstance(e, tir.ArrayLiteral):
        return all(_pure_value(i) for i in e.items)
    return False
