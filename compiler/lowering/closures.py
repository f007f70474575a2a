"""Closures, local `def`s, shared cells and tuples.

A function value of type `(A, B) => C` is a struct whose first field is a typed function reference
(`$Fn[sig].code`); a lambda that captures values is a subtype of that struct adding one immutable field per
captured value, and its code casts the struct back to read them. Calls are `call_ref`. The signature is that of
the lowered parameter and result types, so primitives travel unboxed (an erased generic parameter would simply
lower to a reference type there). A `var` that a closure or a local `def` captures lives in a one-field cell
struct shared by everyone who uses it; a local `def` is lifted to a function taking what it captures as extra
parameters (a captured `var` as its cell).
"""
from __future__ import annotations

from ..semantics import tir
from ..semantics import types as st
from ..semantics.generics import erase
from ..semantics.symbols import ClassSymbol, LocalSymbol, MethodSymbol
from ..wasm import I32, FieldType, FuncId, FuncType, FunctionBuilder, RefType, StructType, TypeDef, TypeId


class ClosureLowering:
    """The module side: function-value, cell and tuple types, lambda bodies, and what each function captures."""

    def _closure_state(self) -> None:
        self._fn_types: dict[tuple, tuple[TypeId, TypeId]] = {}
        self._cells: dict[object, TypeId] = {}
        self._tuples: dict[st.TupleType, TypeId] = {}
        self._captures: dict[int, tuple[list[LocalSymbol], bool]] = {}
        self._lambda_count = 0

    def slot_type(self, t: st.Type):
        """The Wasm type of a parameter or field holding a Scala value (Unit still takes an i32 slot)."""
        vt = self.types.valtype(t)
        return vt if vt is not None else I32

    def function_type(self, ft: st.FunctionType) -> tuple[TypeId, TypeId]:
        """The struct every function value of this signature is (or extends), and its code's func type."""
        self.record("unshareable")
        params = tuple(self.slot_type(p) for p in ft.params)
        results = self.types.results(ft.result)
        key = (params, results)
        found = self._fn_types.get(key)
        if found is None:
            n = len(self._fn_types)
            base = TypeId(f"Fn{n}[{ft.name}]")
            code = TypeId(f"Fn{n}.code")
            found = self._fn_types[key] = (base, code)
            self.module.add_type(TypeDef(code, FuncType((RefType(base, nullable=True), *params), results)))
            self.module.add_type(TypeDef(base, StructType([("code", FieldType(RefType(code, nullable=False),
                                                                                   mutable=False))]), final=False))
        return found

    def cell_type(self, t: st.Type) -> TypeId:
        """The shared cell of a captured `var`."""
        self.record("unshareable")
        vt = self.slot_type(t)
        tid = self._cells.get(vt)
        if tid is None:
            tid = self._cells[vt] = TypeId(f"Cell[{t.name}]")
            self.module.add_type(TypeDef(tid, StructType([("value", FieldType(vt, mutable=True))])))
        return tid

    def tuple_type(self, t: st.TupleType) -> TypeId:
        self.record("unshareable")
        t = erase(t)  # `(A, Box[Int])` is the struct of `(Any, Box)`
        tid = self._tuples.get(t)
        if tid is None:
            tid = self._tuples[t] = TypeId(f"Tuple{len(t.elements)}{t.name}")
            fields = [(f"_{i + 1}", FieldType(self.slot_type(e), mutable=False)) for i, e in enumerate(t.elements)]
            self.module.add_type(TypeDef(tid, StructType(fields)))
        return tid

    def local_type(self, sym: LocalSymbol):
        """The Wasm type of the local holding sym: its cell when it is a captured `var`."""
        if sym.boxed:
            return RefType(self.cell_type(sym.tpe), nullable=True)
        return self.types.valtype(sym.tpe)

    # ------------------------------------------------------------------------------------------ captures

    def captures(self, fn) -> tuple[list[LocalSymbol], bool]:
        """The enclosing locals a lambda or a local def uses (directly, through the lambdas inside it, or through
        the local defs it calls), and whether a lambda uses `this`. Local defs may call each other in cycles, so
        their sets grow together until nothing changes."""
        found = self._captures.get(id(fn))
        if found is not None:
            return found
        if isinstance(fn, MethodSymbol):
            group = self._call_group(fn)
            for m in group:
                self._captures[id(m)] = ([], False)
            changed = True
            while changed:
                changed = False
                for m in group:
                    new = self._free_locals(m.body, [*(m.params or ()), *m.locals], group)
                    if new != self._captures[id(m)]:
                        self._captures[id(m)] = new
                        changed = True
            return self._captures[id(fn)]
        found = self._captures[id(fn)] = self._free_locals(fn.body, [*fn.params, *fn.locals], ())
        return found

    def class_captures(self, cls) -> list[LocalSymbol]:
        """The enclosing block's locals a class defined in it uses anywhere in its code (through its lambdas, the
        local defs it calls and the local classes it creates too); each instance holds them in fields."""
        found = self._captures.get(id(cls))
        if found is not None:
            return found[0]
        self._captures[id(cls)] = ([], False)  # a class creating its own instances adds nothing
        defined = [*cls.params, *cls.init_locals]
        if cls.outer_param is not None:
            defined.append(cls.outer_param)
        bodies = [cls.init]
        for m in cls.every_method():
            defined += [*(m.params or ()), *m.locals]
            bodies.append(m.body)
        used: dict[int, LocalSymbol] = {}
        for body in bodies:
            if isinstance(body, tir.Expr):
                for c in self._free_locals(body, defined, ())[0]:
                    used.setdefault(id(c), c)
        if getattr(cls.superclass, "local_scope", None) is not None:
            # a local class extending one: its constructor fills the parent's captured locals too
            for c in self.class_captures(cls.superclass):
                used.setdefault(id(c), c)
        caps = list(used.values())
        self._captures[id(cls)] = (caps, False)
        return caps

    def _call_group(self, method: MethodSymbol) -> list[MethodSymbol]:
        """The local defs reachable by calls from `method` (itself included)."""
        group = [method]
        seen = {id(method)}
        for m in group:
            for n in tir.walk(m.body):
                if isinstance(n, tir.Call) and n.method.is_local and id(n.method) not in seen \
                        and id(n.method) not in self._captures:
                    seen.add(id(n.method))
                    group.append(n.method)
        return group

    def _free_locals(self, body: tir.Expr, defined: list, group) -> tuple[list[LocalSymbol], bool]:
        own = set(map(id, defined))
        used: dict[int, LocalSymbol] = {}
        uses_this = False
        for n in tir.walk(body):
            if isinstance(n, (tir.LocalGet, tir.LocalSet)):
                used.setdefault(id(n.sym), n.sym)
            elif isinstance(n, tir.This):
                uses_this = True
            elif isinstance(n, tir.Lambda):
                own.update(map(id, n.params))
                own.update(map(id, n.locals))
            elif isinstance(n, tir.Call) and n.method.is_local:
                caps, _ = self.captures(n.method) if n.method not in group else self._captures[id(n.method)]
                for c in caps:
                    used.setdefault(id(c), c)
            elif isinstance(n, tir.NewObject) and n.cls.local_scope is not None:
                for c in self.class_captures(n.cls):
                    used.setdefault(id(c), c)
        return [s for k, s in used.items() if k not in own], uses_this

    # ------------------------------------------------------------------------------------------ lambdas

    def capture_fields(self, cls) -> list[tuple[LocalSymbol, int]]:
        """Each captured local of a class defined in a block, with the index of the struct field that holds it.
        Each local class in the superclass chain holds the captures its parents do not, right after its own segment
        of the layout (`add_capture_fields`), so a subclass's struct extends its parent's."""
        slots: list[tuple[LocalSymbol, int]] = []
        extra = 0
        for c in _superclass_chain(cls):
            if c.local_scope is None:
                continue
            own = self._own_capture_slots(c)
            base = 2 + len(c.layout) + extra
            slots += [(x, base + i) for i, x in enumerate(own)]
            extra += len(own)
        return slots

    def _own_capture_slots(self, cls) -> list[LocalSymbol]:
        inherited = {id(x) for c in _superclass_chain(cls)[:-1] if c.local_scope is not None
                     for x in self.class_captures(c)}
        return [x for x in self.class_captures(cls) if id(x) not in inherited]

    def field_slot(self, sym) -> int:
        """The struct field index of a class field: its layout index, after the captured locals of the local
        classes whose layout segments come before it (none unless a class defined in a block is extended)."""
        owner = sym.owner
        if not isinstance(owner, ClassSymbol) or owner.is_trait or owner.local_scope is None and not any(
                c.local_scope is not None for c in _superclass_chain(owner)):
            return sym.index
        position, extra = sym.index - 2, 0
        for c in _superclass_chain(owner):
            if position < len(c.layout):
                break
            if c.local_scope is not None:
                extra += len(self._own_capture_slots(c))
        return sym.index + extra

    def class_struct_fields(self, cls, field_of) -> list:
        """A class's struct fields after the header: its layout, with the captured locals of each class defined
        in a block after that class's segment (field_of turns a layout FieldSymbol into a struct field)."""
        fields, start = [], 0
        for c in _superclass_chain(cls):
            fields += [field_of(f) for f in cls.layout[start:len(c.layout)]]
            start = len(c.layout)
            if c.local_scope is not None:
                fields += [(f"$captured.{x.name}", FieldType(self.local_type(x), mutable=True))
                           for x in self._own_capture_slots(c)]
        return fields

    def lambda_function(self, lam: tir.Lambda, owner) -> tuple[FuncId, TypeId]:
        """The function holding a lambda's body, and the struct type of its closures."""
        self.record("unshareable")
        key = ("lambda", id(lam))
        found = self.functions.get(key)
        if found is not None:
            return found
        caps, uses_this = self.captures(lam)
        base, code = self.function_type(lam.tpe)
        self._lambda_count += 1
        name = f"{getattr(owner, 'name', '?')}.$anonfun{self._lambda_count}"
        fid = FuncId(name)
        if caps or uses_this:
            struct = TypeId(f"{name}.closure")
            fields = [("code", FieldType(RefType(code, nullable=False), mutable=False))]
            if uses_this:
                fields.append(("this", FieldType(self.types.valtype(owner.tpe), mutable=False)))
            for c in caps:
                fields.append((c.name, FieldType(self.local_type(c), mutable=False)))
            self.module.add_type(TypeDef(struct, StructType(fields), supertype=base, final=True))
        else:
            struct = base
        self.functions[key] = (fid, struct)
        self._pending.append((fid, lambda f: self._build_lambda(lam, f, owner, struct, caps, uses_this), key))
        return fid, struct

    def _build_lambda(self, lam: tir.Lambda, fid: FuncId, owner, struct: TypeId, caps, uses_this) -> None:
        from .expressions import FunctionLowering

        base, code = self.function_type(lam.tpe)
        fb = FunctionBuilder(fid, fid.name, results=self.types.results(lam.tpe.result), type_id=code)
        fb.span = None if self.in_prelude(owner) else lam.span
        gen = FunctionLowering(self, fb, owner)
        closure = fb.add_param("closure", RefType(base, nullable=True))
        for p in lam.params:
            gen.declare_param(p)
        if caps or uses_this:
            env = fb.add_local("env", RefType(struct, nullable=False))
            fb.emit("local.get", closure)
            fb.emit("ref.cast", RefType(struct, nullable=False))
            fb.emit("local.set", env)
            index = 1
            if uses_this:
                gen.this_local = fb.add_local("this", self.types.valtype(owner.tpe))
                fb.emit("local.get", env)
                fb.emit("struct.get", struct, index)
                fb.emit("local.set", gen.this_local)
                index += 1
            for c in caps:
                local = gen.locals[c] = fb.add_local(c.name, self.local_type(c))
                fb.emit("local.get", env)
                fb.emit("struct.get", struct, index)
                fb.emit("local.set", local)
                index += 1
        gen.declare_locals(lam.locals)
        gen.expr(lam.body)
        self.module.add_function(fb.build())


class ClosureCode:
    """The function-body side: creating and calling function values, cells, tuples, calls of local defs."""

    def gen_Lambda(self, e: tir.Lambda):
        fid, struct = self.l.lambda_function(e, self.owner)
        caps, uses_this = self.l.captures(e)
        self.emit("ref.func", fid)
        if uses_this:
            self.emit("local.get", self.this_local)
        for c in caps:
            self.emit("local.get", self.locals[c])
        self.emit("struct.new", struct)

    def gen_CallValue(self, e: tir.CallValue):
        base, code = self.l.function_type(e.fn.tpe)
        fn = self.scratch(RefType(base, nullable=True), "fn")
        self.expr(e.fn)
        self.emit("local.tee", fn)
        for a in e.args:
            self.expr(a)
            if self.types.valtype(a.tpe) is None and a.tpe is not st.NOTHING:
                self.emit("i32.const", 0)
        self.emit("local.get", fn)
        self.emit("struct.get", base, 0)  # a null function value traps here, as the JVM throws
        self.emit("call_ref", code)
        if e.tpe is st.NOTHING:
            self.emit("unreachable")

    def push_captures(self, method: MethodSymbol) -> None:
        """The extra arguments of a call of a local def: what it captures, cells for captured `var`s."""
        caps, _ = self.l.captures(method)
        for c in caps:
            self.emit("local.get", self.locals[c])

    def declare_captures(self, method: MethodSymbol) -> None:
        caps, _ = self.l.captures(method)
        for c in caps:
            self.locals[c] = self.fb.add_param(c.name, self.l.local_type(c))

    def load_class_captures(self, cls) -> None:
        """In a method of a class defined in a block: the block's locals it uses, from the instance's fields."""
        struct = self.types.class_type(cls)
        for c, index in self.l.capture_fields(cls):
            local = self.locals[c] = self.fb.add_local(c.name, self.l.local_type(c))
            self.emit("local.get", self.this_local)
            self.emit("struct.get", struct, index)
            self.emit("local.set", local)

    def gen_NewTuple(self, e: tir.NewTuple):
        for item in e.items:
            self.expr(item)
            if self.types.valtype(item.tpe) is None and item.tpe is not st.NOTHING:
                self.emit("i32.const", 0)
        self.emit("struct.new", self.l.tuple_type(e.tpe))

    def gen_TupleGet(self, e: tir.TupleGet):
        self.expr(e.value)
        self.emit("struct.get", self.l.tuple_type(e.value.tpe), e.index)
        if self.types.valtype(e.tpe) is None:
            self.emit("drop")

    def builtin_tuple_equals(self, e: tir.Builtin) -> None:
        """Element by element, as Tuple.equals compares them: numbers by value, strings by content, tuples
        recursively, anything else by reference; stops at the first difference."""
        t: st.TupleType = e.args[0].tpe
        vt = self.types.valtype(t)
        a, b = self.scratch(vt, "left"), self.scratch(vt, "right")
        self.expr(e.args[0])
        self.emit("local.set", a)
        self.expr(e.args[1])
        self.emit("local.set", b)
        self.tuples_equal(t, a, b)

    def tuples_equal(self, t: st.TupleType, a, b) -> None:
        struct = self.l.tuple_type(t)
        with self.fb.block(results=(I32,)) as done:
            for i, element in enumerate(t.elements):
                if element in (st.UNIT, st.NOTHING):
                    continue
                for side in (a, b):
                    self.emit("local.get", side)
                    self.emit("struct.get", struct, i)
                if element in (st.INT, st.CHAR, st.SHORT, st.BYTE, st.BOOLEAN):
                    self.emit("i32.eq")
                elif element is st.LONG:
                    self.emit("i64.eq")
                elif element is st.DOUBLE:
                    self.emit("f64.eq")
                elif element is st.FLOAT:
                    self.emit("f32.eq")
                elif element is st.STRING:
                    self.call_prelude("Runtime", "stringEquals")
                elif isinstance(element, st.TupleType):
                    vt = self.types.valtype(element)
                    x, y = self.scratch(vt, "left"), self.scratch(vt, "right")
                    self.emit("local.set", y)
                    self.emit("local.set", x)
                    self.tuples_equal(element, x, y)
                else:
                    self.emit("ref.eq")
                self.emit("i32.eqz")
                with self.fb.if_():
                    self.emit("i32.const", 0)
                    self.emit("br", done)
            self.emit("i32.const", 1)

    def tuple_to_string(self, value: tir.Expr) -> None:
        """`(1,a)`: the elements' strings between parentheses, separated by commas, as Scala prints tuples."""
        t: st.TupleType = value.tpe
        temp = LocalSymbol("$tuple", value.span, t)
        self.locals[temp] = self.scratch(self.types.valtype(t), "tuple")
        self.expr(value)
        self.emit("local.set", self.locals[temp])
        parts: list[tir.Expr] = [tir.Const(value.span, st.STRING, "(")]
        for i, element in enumerate(t.elements):
            if i:
                parts.append(tir.Const(value.span, st.STRING, ","))
            parts.append(tir.TupleGet(value.span, element, tir.LocalGet(value.span, t, temp), i))
        parts.append(tir.Const(value.span, st.STRING, ")"))
        self.gen_StringConcat(tir.StringConcat(value.span, st.STRING, parts))

    # ------------------------------------------------------------------------------------------ cells

    def read_cell(self, sym: LocalSymbol) -> None:
        self.emit("local.get", self.locals[sym])
        self.emit("struct.get", self.l.cell_type(sym.tpe), 0)

    def write_cell(self, sym: LocalSymbol, value: tir.Expr) -> None:
        self.emit("local.get", self.locals[sym])
        self.expr(value)
        if self.types.valtype(value.tpe) is None:
            self.emit("i32.const", 0)
        self.emit("struct.set", self.l.cell_type(sym.tpe), 0)

    def new_cell(self, sym: LocalSymbol, value: tir.Expr) -> None:
        self.expr(value)
        if self.types.valtype(value.tpe) is None:
            self.emit("i32.const", 0)
        self.emit("struct.new", self.l.cell_type(sym.tpe))
        self.emit("local.set", self.locals[sym])


def _superclass_chain(cls) -> list:
    """The class and its superclasses, the root first."""
    chain = []
    while cls is not None:
        chain.append(cls)
        cls = cls.superclass
    return chain[::-1]
