"""Class layout and dispatch: the root `$Object` struct, each class's struct and vtable, and how a call on an
instance reaches its method (a direct `call` when the program has one implementation, else `call_ref` through
the vtable).

Layout (docs/architecture.md, "Objects"): every class instance is a struct whose field 0 is its class's vtable,
immutable, so a subclass's struct (the parent's fields first, then its own) is a Wasm subtype of its parent's and
refines field 0 to its own vtable type. The root vtable holds the class id, the class name, the interface table
and the slots of `toString`, `hashCode` and `equals`; a class's vtable adds one slot (a typed function reference)
per method it introduces. A method's function takes `this` as the struct of the class that introduced its slot,
so that every override fits the slot's type; an overriding method casts `this` back to its own class on entry.
"""
from __future__ import annotations

from ..semantics import tir
from .interfaces import InterfaceCode
from ..semantics import types as st
from ..semantics.caseclasses import generated_equals
from ..semantics.hierarchy import is_inherited, is_universal_signature, same_signature
from ..semantics.symbols import ClassSymbol, MethodSymbol, binary_simple_name
from ..wasm import (ANY, EQ, I32, STRUCT, ArrayType, FieldType, FuncId, FuncType, FunctionBuilder, GlobalId, RefType,
                    StructType, TypeDef, TypeId, make)

# The root vtable's fields before the first method slot.
ROOT_FIELDS = ("classId", "name", "itable", "toString", "hashCode", "equals")
ROOT_RESULTS = {"toString": st.STRING, "hashCode": st.INT, "equals": st.BOOLEAN}


def universal_name(method: MethodSymbol) -> str | None:
    """`toString`, `hashCode` or `equals` when the method is (an override of) Any's member of that name."""
    root = method.root
    owner = root.owner
    if root.overrides is None and (isinstance(owner, ClassSymbol) or getattr(owner, "module_class", None)) and \
            is_universal_signature(root):
        return root.name
    return None


class DispatchLowering:
    """The module side of the object model (a mixin of Lowering)."""

    def _dispatch_state(self) -> None:
        self._object: TypeId | None = None
        self._root_vtable: TypeId | None = None
        self._vtable_types: dict[ClassSymbol, TypeId] = {}
        self._vtable_fields: dict[object, list] = {}
        self._slots: dict[ClassSymbol, list[MethodSymbol]] = {}
        self._slot_types: dict[tuple, TypeId] = {}
        self._vtables: dict[ClassSymbol, GlobalId] = {}
        self._defaults: dict[str, FuncId] = {}
        self._concrete: list[ClassSymbol] | None = None
        self._struct_defs: dict[TypeId, TypeDef] = {}
        self._itable: TypeId | None = None
        self._direct_targets: dict[tuple, object] = {}  # (method, static class) -> direct_target's answer
        self._concrete_below: dict[ClassSymbol, list[ClassSymbol]] = {}  # static class -> its concrete classes
        # Slots are filled only for the methods some reached code calls through a vtable or an interface table
        # (the rest hold a stub), so a class's unused methods are not linked: vtables are built at the end.
        self._slot_calls: set = set()
        self._vtable_order: list[ClassSymbol] = []
        self._slot_stubs: dict[TypeId, FuncId] = {}

    # ------------------------------------------------------------------------------------------ types

    def object_type(self) -> TypeId:
        """`$Object`: the root struct, holding only its (immutable) vtable."""
        self.record("object_type")  # (this module's own: see codegen.MODULE_LOCAL)
        if self._object is None:
            self._object = TypeId("Object")
            self._root_vtable = TypeId("VTable.Object")
            root = StructType([])
            vtable = StructType([])
            self.module.add_type(TypeDef(self._object, root, final=False))
            self.module.add_type(TypeDef(self._root_vtable, vtable, final=False))
            root.fields.extend(self.object_header(self._root_vtable))
            self._itable = self.module.add_type(TypeDef(TypeId("ITable"), ArrayType(
                FieldType(RefType(STRUCT, nullable=True), mutable=False))))
            this = RefType(self._object, nullable=True)
            fields = [("classId", FieldType(I32, mutable=False)),
                      ("name", FieldType(RefType(self.types.string, nullable=False), mutable=False)),
                      ("itable", FieldType(RefType(self._itable, nullable=True), mutable=False))]
            for name in ROOT_FIELDS[3:]:
                params = (this, RefType(ANY, nullable=True)) if name == "equals" else (this,)
                fn = self.slot_func_type(params, self.types.results(ROOT_RESULTS[name]))
                fields.append((name, FieldType(RefType(fn, nullable=False), mutable=False)))
            self._vtable_fields[None] = fields
            vtable.fields.extend(fields)
        return self._object

    @staticmethod
    def object_header(vtable: TypeId) -> list:
        """The fields every object starts with: its class's vtable, and its identity hash (0 until first asked
        for: prelude Identity.hash)."""
        return [("vtable", FieldType(RefType(vtable, nullable=False), mutable=False)),
                ("hash", FieldType(I32, mutable=True))]

    def class_struct(self, cls: ClassSymbol) -> TypeId:
        """A class's struct: its vtable, then its layout (the superclass's fields first). A trait has none of its
        own: values of a trait type are `$Object`s."""
        parent = self.types.class_type(cls.superclass) if cls.superclass is not None else self.object_type()
        tid = TypeId(cls.name)
        typedef = TypeDef(tid, StructType([]), supertype=parent, final=False)
        self.module.add_type(typedef)  # before its fields' types: a field may be of a subclass's type
        self._struct_defs[tid] = typedef
        return tid

    def fill_class_struct(self, cls: ClassSymbol, tid: TypeId) -> None:
        fields = self.object_header(self.vtable_type(cls))

        def field_of(f):
            vt = self.types.valtype(f.tpe) if f.tpe is not None else None
            # Unit fields still get a slot so field indices stay the symbol's index.
            return f.name, FieldType(vt if vt is not None else I32, mutable=True)

        # (a class defined in a block holds the locals it captures after its segment of the layout)
        fields += self.class_struct_fields(cls, field_of)
        self._struct_defs[tid].composite.fields.extend(fields)

    def vtable_type(self, cls: ClassSymbol | None) -> TypeId:
        """The vtable struct of a class: its parent's fields, then a slot per method the class introduces."""
        if cls is None or cls.is_trait:
            self.object_type()
            return self._root_vtable
        tid = self._vtable_types.get(cls)
        if tid is None:
            parent = self.vtable_type(cls.superclass)
            tid = self._vtable_types[cls] = TypeId(f"VTable.{cls.name}")
            typedef = TypeDef(tid, StructType([]), supertype=parent, final=False)
            self.module.add_type(typedef)
            fields = list(self._vtable_fields[cls.superclass])
            for m in self.own_slots(cls):
                fn = self.slot_func_type(*self.method_signature(m))
                fields.append((m.name, FieldType(RefType(fn, nullable=False), mutable=False)))
            self._vtable_fields[cls] = fields
            typedef.composite.fields.extend(fields)
        return tid

    def root_signature(self, name: str) -> tuple[tuple, tuple]:
        this = RefType(self.object_type(), nullable=True)
        params = (this, RefType(ANY, nullable=True)) if name == "equals" else (this,)
        return params, self.types.results(ROOT_RESULTS[name])

    def slot_func_type(self, params: tuple, results: tuple) -> TypeId:
        key = (params, results)
        tid = self._slot_types.get(key)
        if tid is None:
            tid = self._slot_types[key] = TypeId(f"Method{len(self._slot_types)}")
            self.module.add_type(TypeDef(tid, FuncType(params, results)))
        return tid

    def receiver_type(self, method: MethodSymbol) -> RefType:
        """The type of a method function's `this`: the struct of the class that introduced its slot."""
        if universal_name(method) is not None:
            return RefType(self.object_type(), nullable=True)
        return RefType(self.class_struct_of(method.root.owner), nullable=True)

    def class_struct_of(self, cls: ClassSymbol) -> TypeId:
        return self.object_type() if cls.is_trait else self.types.class_type(cls)

    def method_signature(self, method: MethodSymbol) -> tuple[tuple, tuple]:
        params = (self.receiver_type(method), *(self.slot_type(p.tpe) for p in method.params or ()))
        return params, self.types.results(method.result)

    def method_type_id(self, method: MethodSymbol) -> TypeId | None:
        """The func type a virtual method's function is declared with (its slot's), None for static ones."""
        if method.is_static or method.is_local or not isinstance(method.owner, ClassSymbol):
            return None
        self.record("method_type_id", method)  # (this module's own: see codegen.MODULE_LOCAL)
        return self.slot_func_type(*self.method_signature(method))

    # ------------------------------------------------------------------------------------------ slots

    def own_slots(self, cls: ClassSymbol) -> list[MethodSymbol]:
        """The methods that get a new vtable slot in this class: those it introduces (overriding nothing)."""
        found = self._slots.get(cls)
        if found is None:
            found = self._slots[cls] = [m for m in cls.every_method() if not m.is_constructor and m.overrides is None
                                        and universal_name(m) is None and is_inherited(m)]
        return found

    def slot_index(self, root: MethodSymbol) -> int:
        owner = root.owner
        self.vtable_type(owner)
        base = len(self._vtable_fields[owner.superclass])
        return base + self.own_slots(owner).index(root)

    def implementation(self, cls: ClassSymbol, method: MethodSymbol) -> MethodSymbol | None:
        """The method an instance of cls runs for a call of `method` (None: Any's own). A class's tables hold the
        winning member for each name and signature, its own or inherited."""
        universal = universal_name(method)
        if universal is not None:
            return self.universal_implementation(cls, universal)
        return next((m for m in cls.alternatives(method.name) if not m.is_abstract and same_signature(m, method, cls)),
                    None)

    @staticmethod
    def universal_implementation(cls: ClassSymbol, name: str) -> MethodSymbol | None:
        """The class's own or inherited override of Any's `toString`/`hashCode`/`equals` (None: Any's)."""
        return next((m for m in cls.alternatives(name) if universal_name(m) == name and not m.is_abstract), None)

    def concrete_classes(self) -> list[ClassSymbol]:
        if self._concrete is None:
            every = [*self.program.classes.values(), *self.prelude.classes.values()]
            self._concrete = [c for c in every if not c.is_abstract]
        return self._concrete

    def direct_target(self, method: MethodSymbol, static: ClassSymbol | None):
        """The one implementation every possible receiver runs (a direct call), `False` for Any's default, or None
        when the receiver's class decides (a virtual call). Recorded as a fact: the classes of the program include
        those defined in method bodies, which a stored function's key does not cover (lowering/stored.py)."""
        found = self._direct_targets.get((method, static), self._direct_targets)
        if found is self._direct_targets:
            found = self._direct_targets[(method, static)] = self._direct_target(method, static)
        answer = found
        self.record("fact_direct_target", method, static, answer)
        return answer

    def concrete_below(self, static: ClassSymbol) -> list[ClassSymbol]:
        """The concrete classes deriving from static (asked for each method called on it: found once)."""
        found = self._concrete_below.get(static)
        if found is None:
            found = self._concrete_below[static] = [c for c in self.concrete_classes() if c.derives_from(static)]
        return found

    def _direct_target(self, method: MethodSymbol, static: ClassSymbol | None):
        if static is None or not is_inherited(method):
            return method  # (a private method is never overridden)
        found = {id(impl): impl for cls in self.concrete_below(static) for impl in [self.implementation(cls, method)]}
        if len(found) == 1:
            only = next(iter(found.values()))
            return only if only is not None else False
        if not found and not method.is_abstract:
            return method  # no instance can exist: the call is only reached on null
        return None

    def universal_target(self, name: str, static: ClassSymbol):
        """Like direct_target, for Any's `toString`/`hashCode`/`equals` (a fact too)."""
        answer = self._universal_target(name, static)
        self.record("fact_universal_target", name, static, answer)
        return answer

    def _universal_target(self, name: str, static: ClassSymbol):
        found = {id(impl): impl for cls in self.concrete_below(static)
                 for impl in [self.universal_implementation(cls, name)]}
        if len(found) > 1:
            return None
        only = next(iter(found.values()), None)
        return only if only is not None else False

    # ------------------------------------------------------------------------------------------ vtables

    def note_slot_call(self, key) -> None:
        """A call through a vtable slot (its root method) or an interface table entry ((trait, kind, member))."""
        self.record("note_slot_call", key)
        self._slot_calls.add(key)

    def vtable_global(self, cls: ClassSymbol) -> GlobalId:
        """A concrete class's vtable (a constant struct of its class id, name and method references), made at the
        end of lowering (`emit_vtables`), when every call through a slot is known."""
        self.record("vtable_global", cls)  # (this module's own: see codegen.MODULE_LOCAL)
        gid = self._vtables.get(cls)
        if gid is None:
            gid = self._vtables[cls] = GlobalId(f"vtable.{cls.name}")
            self.vtable_type(cls)
            self._vtable_order.append(cls)
        return gid

    def used_slot(self, key) -> bool:
        return key in self._slot_calls

    def slot_stub(self, signature: tuple) -> FuncId:
        """What an uncalled slot holds: a function of its type that is never run."""
        tid = self.slot_func_type(*signature)
        fid = self._slot_stubs.get(tid)
        if fid is None:
            fid = self._slot_stubs[tid] = FuncId(f"unused.{tid.name}")
            params, results = signature
            fb = FunctionBuilder(fid, fid.name, results=results, type_id=tid)
            for i, t in enumerate(params):
                fb.add_param(f"p{i}", t)
            fb.emit("unreachable")
            self.module.add_function(fb.build())
        return fid

    def complete_vtables(self) -> None:
        """Schedule the functions of every slot that a call reached (until lowering has nothing left)."""
        for cls in list(self._vtable_order):
            self._vtable_init(cls, entries=True)

    def emit_vtables(self) -> None:
        for cls in self._vtable_order:
            self.module.add_global(self._vtables[cls], RefType(self.vtable_type(cls), nullable=False), False,
                                   self._vtable_init(cls))

    def _vtable_init(self, cls: ClassSymbol, entries: bool = False) -> list:
        """The vtable's constant initializer; entries=True: only what its entries need (the functions they name
        scheduled, as complete_vtables asks after every round of lowering), without its class id and name."""
        tid = self.vtable_type(cls)
        init = []
        if not entries:
            name = self.class_name(cls)
            init.append(make("i32.const", self.concrete_classes().index(cls) + 1))
            init += [make("i32.const", ord(c)) for c in name.encode("utf-16-le").decode("utf-16-le")]
            init.append(make("array.new_fixed", self.types.string, len(name)))
        init += self.itable_init(cls)
        for universal in ROOT_FIELDS[3:]:
            impl = self.universal_implementation(cls, universal)
            if impl is not None:
                fid = self.slot_entry(impl, self.root_signature(universal))
            elif universal == "equals" and generated_equals(cls) is not None:
                fid = self.case_equals_bridge(generated_equals(cls))
            else:
                fid = self.default_method(universal)
            init.append(make("ref.func", fid))
        chain = [c for c in reversed(cls.linearization) if not c.is_trait]
        for owner in chain:
            for root in self.own_slots(owner):
                if not self.used_slot(root):
                    init.append(make("ref.func", self.slot_stub(self.method_signature(root))))
                    continue
                impl = self.implementation(cls, root)
                init.append(make("ref.func", self.slot_entry(impl if impl is not None else root,
                                                             self.method_signature(root))))
        init.append(make("struct.new", tid))
        return init

    def case_equals_bridge(self, method: MethodSymbol) -> FuncId:
        """The `equals` slot of a case class: its generated equals (which takes its own class) when the other value
        is one of that class, else false."""
        key = ("case equals", method)
        fid = self.functions.get(key)
        if fid is not None:
            return fid
        fid = self.functions[key] = FuncId(f"{method.owner.name}.equals$bridge")
        params, results = self.root_signature("equals")
        fb = FunctionBuilder(fid, fid.name, results=results, type_id=self.slot_func_type(params, results))
        this = fb.add_param("this", params[0])
        that = fb.add_param("that", params[1])
        struct = RefType(self.types.class_type(method.owner), nullable=False)
        fb.emit("local.get", that)
        fb.emit("ref.test", struct)
        with fb.if_(results=(I32,)):
            fb.emit("local.get", this)
            fb.emit("ref.cast", struct)
            fb.emit("local.get", that)
            fb.emit("ref.cast", struct)
            fb.emit("call", self.method_function(method))
            fb.else_()
            fb.emit("i32.const", 0)
        self.module.add_function(fb.build())
        return fid

    def class_name(self, cls: ClassSymbol) -> str:
        """The JVM's name of the class (`getClass.getName`): package-qualified, `Outer$Inner` when nested."""
        if cls.jvm_name is not None:
            return cls.jvm_name
        for key, c in self.program.classes.items():
            if c is cls:
                break
        else:
            key = cls.name
        if cls.outer is not None:
            return f"{self.class_name(cls.outer) if isinstance(cls.outer, ClassSymbol) else cls.outer.name}" \
                   f"${binary_simple_name(cls)}"
        return key

    def default_method(self, name: str) -> FuncId:
        """Any's `toString` (`Name@hex` of the hash code), `hashCode` and `equals` (identity)."""
        fid = self._defaults.get(name)
        if fid is not None:
            return fid
        fid = self._defaults[name] = FuncId(f"Object.{name}")
        obj = self.object_type()
        this = RefType(obj, nullable=True)
        if name == "equals":
            params = (this, RefType(ANY, nullable=True))
        else:
            params = (this,)
        results = self.types.results(ROOT_RESULTS[name])
        fb = FunctionBuilder(fid, f"Object.{name}", results=results, type_id=self.slot_func_type(params, results))
        self_ = fb.add_param("this", this)
        if name == "equals":
            other = fb.add_param("that", params[1])
            fb.emit("local.get", other)
            fb.emit("ref.test", RefType(EQ, nullable=True))
            with fb.if_(results=(I32,)):
                fb.emit("local.get", self_)
                fb.emit("local.get", other)
                fb.emit("ref.cast", RefType(EQ, nullable=True))
                fb.emit("ref.eq")
                fb.else_()
                fb.emit("i32.const", 0)
        elif name == "hashCode":  # the identity hash (prelude Identity), as the JVM's Object.hashCode
            fb.emit("local.get", self_)
            fb.emit("call", self.prelude_function("Identity", "hash"))
        else:  # `Name@hex` of the identity hash, as anything without its own toString
            fb.emit("local.get", self_)
            fb.emit("ref.as_non_null")
            fb.emit("struct.get", obj, 0)
            fb.emit("struct.get", self._root_vtable, ROOT_FIELDS.index("name"))
            fb.emit("local.get", self_)
            fb.emit("call", self.prelude_function("Anys", "identityString"))
        self.module.add_function(fb.build())
        return fid


class DispatchCode(InterfaceCode):
    """The function side: virtual and direct calls (a mixin of FunctionLowering)."""

    def call_method(self, method: MethodSymbol, receiver_class: ClassSymbol | None, receiver, args,
                    direct: bool = False) -> None:
        """Push the receiver (checked for null) and the arguments, then call `method` on it: directly when the
        program leaves one possible target, else through the receiver's vtable (or its trait's table)."""
        trait_super = direct and isinstance(receiver, tir.SuperRef) and receiver.cls.is_trait
        target = None if trait_super else method if direct else self.l.direct_target(method, receiver_class)
        self.expr(receiver)
        if not _is_this(receiver):
            self.non_null(receiver.tpe, trapping=False)  # a call on null is a NullPointerException, as on the JVM
        root = method.root
        if target is None and not trait_super:
            # A trait's value is an `$Object`: a method of the class the trait extends needs that class's struct.
            if receiver_class is not None and receiver_class.is_trait and not root.owner.is_trait \
                    and universal_name(method) is None:
                self.emit("ref.cast", RefType(self.l.class_struct_of(root.owner), nullable=False))
        elif target not in (None, False):
            need = self.l.receiver_type(target)
            if receiver_class is not None and receiver_class.is_trait and need.heap != self.l.object_type():
                self.emit("ref.cast", RefType(need.heap, nullable=False))
        if target not in (None, False) and target.is_static:
            self.emit("drop")  # an object's own method implements the member: it takes no `this`
        if target is None:
            this = self.scratch(RefType(self.l.object_type(), nullable=True) if trait_super or root.owner.is_trait
                                else self.l.receiver_type(method), "receiver")
            self.emit("local.tee", this)
        self.push_args(args)
        if target is False:
            self.emit("call", self.l.default_method(universal_name(method)))
        elif target is not None:
            declared = self.l.method_signature(method) if not method.is_static else None
            own = self.l.method_signature(target) if declared is not None and not target.is_static else None
            if own is not None and (own[0][1:], own[1]) != (declared[0][1:], declared[1]):
                # an override whose erased signature differs (`def get: Int` for a generic parent's `def get: T`):
                # called through its bridge, which takes the arguments and gives the result as `method` does
                self.emit("call", self.l.slot_entry(target, declared))
            else:
                self.emit("call", self.l.method_function(target))
        elif trait_super:
            self.emit("local.get", this)
            self.itable_call(receiver.cls, "super", method)
        elif root.owner.is_trait and universal_name(method) is None:
            self.emit("local.get", this)
            self.itable_call(root.owner, "method", root)
        else:
            self.emit("local.get", this)
            self.virtual_slot(method)

    def field_access(self, e, value=None) -> bool:
        """A field of a trait (its getter or setter, unless the receiver's class is known), or a class's field on
        a value of a trait type (cast to the class's struct first). False: an ordinary struct access."""
        sym = e.sym
        static = e.obj.tpe.symbol if isinstance(e.obj.tpe, st.ClassType) else None
        if not sym.owner.is_trait:
            if static is None or not static.is_trait:
                return False
            self.expr(e.obj)
            self.non_null(e.obj.tpe, trapping=False)
            self.emit("ref.cast", RefType(self.types.class_type(sym.owner), nullable=False))
            self.struct_access(sym, value)
            return True
        held = static.trait_fields.get(sym) if static is not None and not static.is_trait else None
        self.expr(e.obj)
        if not _is_this(e.obj):
            self.non_null(e.obj.tpe, trapping=True)
        if held is not None:
            self.struct_access(held, value)
            return True
        this = self.scratch(RefType(self.l.object_type(), nullable=True), "receiver")
        self.emit("local.tee", this)
        if value is not None:
            self.expr(value)
        self.emit("local.get", this)
        self.itable_call(sym.owner, "set" if value is not None else "get", sym)
        return True

    def struct_access(self, sym, value) -> None:
        """With the object on the stack: read the field, or (given the value) write it."""
        struct = self.types.class_type(sym.owner)
        if value is not None:
            self.expr(value)
            self.emit("struct.set", struct, self.l.field_slot(sym))
        else:
            self.emit("struct.get", struct, self.l.field_slot(sym))

    def call_universal(self, name: str, static: ClassSymbol, receiver) -> None:
        """`toString`/`hashCode` of the (non-null) object in local `receiver`."""
        target = self.l.universal_target(name, static)
        self.emit("local.get", receiver)
        self.emit("ref.as_non_null")
        if target is False:
            self.emit("call", self.l.default_method(name))
        elif target is not None:
            if target.is_static:
                self.emit("drop")  # an object's own method, which takes no `this`
            self.emit("call", self.l.method_function(target))
        else:
            self.emit("local.get", receiver)
            self.emit("ref.as_non_null")
            self.emit("struct.get", self.l.object_type(), 0)
            self.emit("struct.get", self.l.vtable_type(None), ROOT_FIELDS.index(name))
            this = RefType(self.l.object_type(), nullable=True)
            self.emit("call_ref", self.l.slot_func_type((this,), self.types.results(ROOT_RESULTS[name])))

    def virtual_slot(self, method: MethodSymbol) -> None:
        """With the receiver on the stack: load its vtable's slot for `method`, then `call_ref` it."""
        universal = universal_name(method)
        if universal is not None:
            obj = self.l.object_type()
            self.emit("struct.get", obj, 0)
            self.emit("struct.get", self.l.vtable_type(None), ROOT_FIELDS.index(universal))
        else:
            root = method.root
            self.l.note_slot_call(root)
            self.emit("struct.get", self.l.class_struct_of(root.owner), 0)
            self.emit("struct.get", self.l.vtable_type(root.owner), self.l.slot_index(root))
        self.emit("call_ref", self.l.slot_func_type(*self.l.method_signature(method.root)))

    def push_args(self, args) -> None:
        for a in args:
            self.expr(a)
            if self.types.valtype(a.tpe) is None and a.tpe is not st.NOTHING:
                self.emit("i32.const", 0)  # a Unit argument still fills its parameter slot


def _is_this(e) -> bool:
    return isinstance(e, tir.This)
