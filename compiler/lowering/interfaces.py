"""Trait dispatch: each trait's interface table type, each class's table of them, and calls through it.

A trait has no struct of its own (its values are `$Object`s). Each trait gets a dense id and an `$ITable.T` struct
of function references: one per method the trait introduces, a getter and a setter per field it declares (a trait's
field lives in each class that mixes the trait in, at an index that differs from class to class), and one per
`super.m(...)` its code makes (where that leads depends on the class's linearisation). A class's vtable holds an
array indexed by trait id, with its `$ITable.T` for each trait it has and null for the others, which is also what a
runtime type test of a trait reads.
"""
from __future__ import annotations

from ..semantics import types as st
from ..semantics.hierarchy import next_definition
from ..semantics.symbols import ClassSymbol, FieldSymbol, MethodSymbol
from ..wasm import ANY, I31, I32, STRUCT, FieldType, FuncId, FunctionBuilder, RefType, StructType, TypeDef, TypeId, make


def universal_name(method) -> str | None:
    from .dispatch import universal_name as name  # (dispatch imports this module)
    return name(method)


class InterfaceLowering:
    """The module side of trait dispatch (a mixin of Lowering, beside DispatchLowering)."""

    def _interface_state(self) -> None:
        self._itable_types: dict[ClassSymbol, TypeId] = {}
        self._itable_entries: dict[ClassSymbol, list] = {}
        self._trait_ids: dict[ClassSymbol, int] | None = None
        self._accessors: dict[tuple, FuncId] = {}
        self._bridges: dict[tuple, FuncId] = {}

    def trait_id(self, trait: ClassSymbol) -> int:
        """The trait's place among the program's traits. Recorded as a fact: a trait defined in a method body
        renumbers those after it, and a stored function's key does not cover bodies (lowering/stored.py)."""
        if self._trait_ids is None:
            traits = [c for c in (*self.program.classes.values(), *self.prelude.classes.values()) if c.is_trait]
            self._trait_ids = {t: i for i, t in enumerate(traits)}
        answer = self._trait_ids[trait]
        self.record("fact_trait_id", trait, answer)
        return answer

    def itable_entries(self, trait: ClassSymbol) -> list[tuple]:
        """(kind, member, signature) per slot of a trait's interface table, in order."""
        entries = self._itable_entries.get(trait)
        if entries is None:
            obj = RefType(self.object_type(), nullable=True)
            entries = [("method", m, self.method_signature(m)) for m in self.own_slots(trait)]
            for f in [f for f in trait.fields.values() if f.owner is trait]:
                value = self.slot_type(f.tpe)
                entries.append(("get", f, ((obj,), self.types.results(f.tpe))))
                entries.append(("set", f, ((obj, value), ())))
            for m in trait.super_calls:
                params = (obj, *(self.slot_type(p.tpe) for p in m.params or ()))
                entries.append(("super", m, (params, self.types.results(m.result))))
            self._itable_entries[trait] = entries
        return entries

    def itable_type(self, trait: ClassSymbol) -> TypeId:
        tid = self._itable_types.get(trait)
        if tid is None:
            tid = self._itable_types[trait] = TypeId(f"ITable.{trait.name}")
            typedef = TypeDef(tid, StructType([]))
            self.module.add_type(typedef)
            for kind, member, signature in self.itable_entries(trait):
                name = member.name if kind == "method" else f"{kind}${member.name}"
                fn = self.slot_func_type(*signature)
                typedef.composite.fields.append((name, FieldType(RefType(fn, nullable=False), mutable=False)))
        return tid

    def itable_slot(self, trait: ClassSymbol, kind: str, member) -> int:
        return next(i for i, (k, m, _sig) in enumerate(self.itable_entries(trait)) if k == kind and m is member)

    def itable_init(self, cls: ClassSymbol) -> list:
        """The constant expression of a class's interface tables (null when it has no trait)."""
        traits = [t for t in cls.linearization if t.is_trait]
        if not traits:
            return [make("ref.null", self._itable)]
        size = max(self.trait_id(t) for t in traits) + 1
        out = []
        for i in range(size):
            trait = next((t for t in traits if self.trait_id(t) == i), None)
            if trait is None:
                out.append(make("ref.null", STRUCT))
                continue
            for kind, member, signature in self.itable_entries(trait):
                used = self.used_slot((trait, kind, member))
                out.append(make("ref.func", self.itable_function(cls, trait, kind, member, signature) if used
                                else self.slot_stub(signature)))
            out.append(make("struct.new", self.itable_type(trait)))
        out.append(make("array.new_fixed", self._itable, size))
        return out

    def itable_function(self, cls: ClassSymbol, trait: ClassSymbol, kind: str, member, signature) -> FuncId:
        if kind == "method":
            impl = self.implementation(cls, member)
            return self.slot_entry(impl if impl is not None else member, signature)
        if kind == "super":
            target = next_definition(cls.linearization, trait, member)
            if target is None and universal_name(member) is not None:
                return self.default_method(member.name)  # no class below the trait overrides Any's member
            return self.slot_entry(target if target is not None else member, signature)
        return self.field_accessor(cls, member, kind == "set")

    def instance_test(self, cls: ClassSymbol) -> FuncId:
        """A function `(anyref) -> i32`: whether the value is a non-null instance of the class or trait (for type
        tests: `ref.test` of the class's struct; for a trait, a non-null entry at its id in the interface tables)."""
        key = ("instance-test", cls)
        fid = self._accessors.get(key)
        if fid is None:
            fid = self._accessors[key] = FuncId(f"{cls.name}.isInstance")
            fb = FunctionBuilder(fid, f"{cls.name}.isInstance", results=(I32,))
            value = fb.add_param("value", RefType(ANY, nullable=True))
            fb.emit("local.get", value)
            if not cls.is_trait:
                fb.emit("ref.test", RefType(self.types.class_type(cls), nullable=False))
            else:
                tables = fb.add_local("tables", RefType(self._itable_type(), nullable=True))
                obj = self.object_type()
                fb.emit("ref.test", RefType(obj, nullable=False))
                with fb.if_(results=(I32,)):
                    fb.emit("local.get", value)
                    fb.emit("ref.cast", RefType(obj, nullable=False))
                    fb.emit("struct.get", obj, 0)
                    fb.emit("struct.get", self.vtable_type(None), 2)
                    fb.emit("local.tee", tables)
                    fb.emit("ref.is_null")
                    with fb.if_(results=(I32,)):
                        fb.emit("i32.const", 0)
                        fb.else_()
                        fb.emit("local.get", tables)
                        fb.emit("array.len")
                        fb.emit("i32.const", self.trait_id(cls))
                        fb.emit("i32.gt_u")
                        with fb.if_(results=(I32,)):
                            fb.emit("local.get", tables)
                            fb.emit("i32.const", self.trait_id(cls))
                            fb.emit("array.get", self._itable)
                            fb.emit("ref.is_null")
                            fb.emit("i32.eqz")
                            fb.else_()
                            fb.emit("i32.const", 0)
                    fb.else_()
                    fb.emit("i32.const", 0)
            self.module.add_function(fb.build())
        return fid

    def _itable_type(self) -> TypeId:
        self.object_type()
        return self._itable

    # ------------------------------------------------------------------------------------------ adapters

    def slot_entry(self, impl: MethodSymbol, signature: tuple) -> FuncId:
        """The function to store in a slot of that signature: the method's own, or a bridge that casts `this`
        (the slot was introduced by a parent or a trait) and calls it."""
        own = None if impl.is_static else self.method_signature(impl)
        if own == signature:
            return self.method_function(impl)
        key = (impl, signature)
        fid = self._bridges.get(key)
        if fid is None:
            fid = self._bridges[key] = FuncId(f"{impl.qualified_name}$bridge{len(self._bridges)}")
            params, results = signature
            fb = FunctionBuilder(fid, f"{impl.qualified_name}$bridge", results=results,
                                 type_id=self.slot_func_type(*signature))
            locals_ = [fb.add_param(f"p{i}", t) for i, t in enumerate(params)]
            if own is not None:  # (a method of an object, which implements a parent's, needs no `this`)
                fb.emit("local.get", locals_[0])
                if own[0][0] != params[0]:
                    fb.emit("ref.cast", own[0][0])
            own_params = own[0][1:] if own is not None else tuple(self.slot_type(p.tpe) for p in impl.params or ())
            for local, slot_vt, own_vt, param in zip(locals_[1:], params[1:], own_params, impl.params or ()):
                fb.emit("local.get", local)
                if own_vt != slot_vt:  # a generic parent's `T` as this override's own type: unboxed or cast
                    self._bridge_from_erased(fb, own_vt, param.tpe)
            fb.emit("call", self.method_function(impl))
            own_results = self.types.results(impl.result)
            if own_results != results:
                if impl.result is st.NOTHING:
                    fb.emit("unreachable")
                elif results and not own_results:  # Unit where the slot has a `T`: the BoxedUnit
                    fb.emit("struct.new", self.box_type(st.UNIT))
                elif results and own_results and st.is_value_type(impl.result):
                    fb.emit("struct.new", self.box_type(impl.result))  # an Int where the slot has a `T`
            self.module.add_function(fb.build())
        return fid

    def _bridge_from_erased(self, fb: FunctionBuilder, own_vt, tpe: st.Type) -> None:
        """The anyref on the stack (a generic parent's parameter) as the override's own parameter type."""
        if tpe is st.INT:  # an i31ref or a Box.Int (boxing.py)
            box = self.box_type(tpe)
            x = fb.add_local("boxed", RefType(ANY, nullable=True))
            fb.emit("local.tee", x)
            fb.emit("ref.test", RefType(I31, nullable=False))
            with fb.if_(results=(I32,)):
                fb.emit("local.get", x)
                fb.emit("ref.cast", RefType(I31, nullable=False))
                fb.emit("i31.get_s")
                fb.else_()
                fb.emit("local.get", x)
                fb.emit("ref.cast", RefType(box, nullable=False))
                fb.emit("struct.get", box, 0)
        elif st.is_value_type(tpe):
            box = self.box_type(tpe)
            fb.emit("ref.cast", RefType(box, nullable=False))
            if tpe is not st.UNIT:
                fb.emit("struct.get", box, 0)
            else:
                fb.emit("drop")
        elif isinstance(own_vt, RefType):
            fb.emit("ref.cast", own_vt)

    def field_accessor(self, cls: ClassSymbol, field: FieldSymbol, setter: bool) -> FuncId:
        """A trait field's getter or setter in a class: the class's copy of the field, read or written."""
        key = (cls, field, setter)
        fid = self._accessors.get(key)
        if fid is None:
            held = cls.trait_fields.get(field, field)
            fid = self._accessors[key] = FuncId(f"{cls.name}.{'set' if setter else 'get'}${field.name}")
            obj = RefType(self.object_type(), nullable=True)
            value = self.slot_type(field.tpe)
            results = () if setter else self.types.results(field.tpe)
            params = (obj, value) if setter else (obj,)
            fb = FunctionBuilder(fid, f"{cls.name}.{field.name}", results=results,
                                 type_id=self.slot_func_type(params, results))
            this = fb.add_param("this", obj)
            arg = fb.add_param("value", value) if setter else None
            struct = self.types.class_type(held.owner)
            if setter and held.defn is not field.defn:
                # The class overrides the trait's val with its own: the trait's initializer does not change it.
                self.module.add_function(fb.build())
                return fid
            fb.emit("local.get", this)
            fb.emit("ref.cast", RefType(struct, nullable=False))
            if setter:
                fb.emit("local.get", arg)
                fb.emit("struct.set", struct, self.field_slot(held))
            else:
                fb.emit("struct.get", struct, self.field_slot(held))
                if not results:
                    fb.emit("drop")
            self.module.add_function(fb.build())
        return fid


class InterfaceCode:
    """The function side of trait dispatch (a mixin of FunctionLowering)."""

    def load_itable(self, trait: ClassSymbol) -> None:
        """With an `$Object` on the stack: replace it by its `$ITable.T` for the trait."""
        self.emit("struct.get", self.l.object_type(), 0)
        self.emit("struct.get", self.l.vtable_type(None), 2)
        self.emit("i32.const", self.l.trait_id(trait))
        self.emit("array.get", self.l._itable)
        self.emit("ref.cast", RefType(self.l.itable_type(trait), nullable=False))

    def itable_call(self, trait: ClassSymbol, kind: str, member) -> None:
        """With `this`, the arguments and the receiver again on the stack: the call through the trait's table."""
        self.l.note_slot_call((trait, kind, member))
        slot = self.l.itable_slot(trait, kind, member)
        signature = self.l.itable_entries(trait)[slot][2]
        self.load_itable(trait)
        self.emit("struct.get", self.l.itable_type(trait), slot)
        self.emit("call_ref", self.l.slot_func_type(*signature))
