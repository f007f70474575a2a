"""Class hierarchies: parents, Scala's linearisation, inherited members, field layout, and override checks as
scalac reports them.

A class's `fields` and `methods` tables hold what it inherits beside what it defines (the inherited entries are the
parent's own symbols), so every member lookup of the typer sees inherited members without walking the hierarchy;
`every_method` still yields only the class's own methods. Private members and plain constructor parameters are
not inherited, as in Scala.
"""
from __future__ import annotations

from .. import diagnostics as codes
from ..diagnostics import Related
from ..source import Span
from ..syntax import ast
from ..syntax.caseclasses import is_synthetic
from . import arguments, tir
from .symbols import ClassSymbol, FieldSymbol, LocalSymbol, MethodSymbol, ObjectSymbol
from .generics import seen_from, substitute
from .types import BOOLEAN, PRIMITIVES_BY_NAME, STRING, INT, ERROR, UNIT, AppliedType, ClassType, Type, conforms

# Members every class inherits from Any/AnyRef that a class may override (with `override`): name -> parameter
# count. Their dispatch slots live in the root vtable (lowering.dispatch).
UNIVERSAL_MEMBERS = {"toString": 0, "hashCode": 0, "equals": 1}
UNIVERSAL_RESULTS = {"toString": STRING, "hashCode": INT}


def is_universal_signature(method) -> bool:
    """Whether a method has the name and parameters of Any's `toString()`, `hashCode()` or `equals(Any)` (an
    `equals` taking anything narrower is an overload, not an override)."""
    arity = UNIVERSAL_MEMBERS.get(method.name)
    params = method.params or ()
    if arity != len(params):
        return False
    return method.name != "equals" or getattr(params[0].tpe, "name", None) in ("Any", "AnyRef", "Object")


class HierarchyTyping:
    """Entering parents, completing each class's hierarchy and checking overrides (a mixin of the Typer)."""

    def enter_parents(self, cls: ClassSymbol) -> None:
        """Resolve `extends A(args) with T`: the superclass and the traits, as written."""
        defn = cls.defn
        for i, ref in enumerate(getattr(defn, "parents", ())):
            resolved = self.resolve_type(ref) if ref.qualifier or ref.args else None
            parent = resolved.symbol if resolved is not None and hasattr(resolved, "symbol") \
                else self.class_named(ref.name, ref.span) or self.library_throwable_of(ref)
            if isinstance(resolved, AppliedType):
                cls.parent_args[parent] = resolved.args  # `extends Box[Int]`: what Box's T is in this class
            elif isinstance(parent, ClassSymbol) and parent.type_params and resolved is None:
                self.error(codes.WRONG_TYPE_ARGUMENTS, f"{_kind(parent)} {parent.name} takes type parameters",
                           ref.span)
            if not isinstance(parent, ClassSymbol):
                if resolved is None or resolved is not ERROR:
                    if ref.name in ("AnyRef", "Object") and i == 0:
                        continue  # `extends AnyRef`: what every class does anyway
                    if ref.name in PRIMITIVES_BY_NAME:
                        self.error(codes.ILLEGAL_INHERITANCE, f"illegal inheritance from final class {ref.name}",
                                   ref.span)
                        continue
                    self.error(codes.UNRESOLVED_NAME, f"not found: type {ref.name}", ref.span)
                cls.unknown_parent = True  # what it would override is unknown: no override checks
                continue
            self.references.append((ref.span, parent))
            if parent is cls:
                self.error(codes.ILLEGAL_INHERITANCE, f"illegal cyclic reference involving {_kind(cls)} {cls.name}",
                           ref.span)
                continue
            if parent.is_final:
                self.error(codes.ILLEGAL_INHERITANCE, f"illegal inheritance from final class {parent.name}", ref.span)
            elif "sealed" in parent.modifiers and not self.same_file(parent.span, ref.span):
                self.error(codes.ILLEGAL_INHERITANCE, f"illegal inheritance from sealed {_kind(parent)} "
                           f"{parent.name}", ref.span)
            if parent.is_trait:
                cls.traits.append(parent)
            elif i == 0:
                cls.superclass = parent
            else:
                self.error(codes.ILLEGAL_INHERITANCE, f"class {parent.name} needs to be a trait to be mixed in",
                           ref.span)
        if getattr(defn, "super_args", None) is not None and cls.superclass is None and cls.traits:
            self.error(codes.ILLEGAL_INHERITANCE, f"trait {cls.traits[0].name} is a trait; does not take constructor "
                       "arguments", defn.parents[0].span)
        if cls.is_trait and cls.superclass is not None and getattr(defn, "super_args", None) is not None:
            self.error(codes.ILLEGAL_INHERITANCE, "traits or objects may not have parameters", defn.parents[0].span)

    def enter_module_class(self, obj: ObjectSymbol, key: str, parents=None) -> ClassSymbol:
        """`object O extends A(args) with T`: the class `O$` of its one instance, which holds the parents."""
        defn = obj.defn
        shape = ast.ClassDef(defn.span, f"{obj.name}$", defn.name_span, [], [], ["final"], [], [],
                             defn.parents if parents is None else parents, defn.super_args)
        cls = ClassSymbol(shape.name, defn.name_span, defn=shape, outer=obj.outer, module=obj)
        cls.tpe = ClassType(f"{obj.name}.type", cls)
        self.program.classes[f"{key}$"] = cls
        obj.module_class = cls
        obj.instance = FieldSymbol("MODULE$", defn.name_span, obj, cls.tpe, True)
        return cls

    def module_initializer(self, obj: ObjectSymbol, stats: list) -> list:
        """An object's initializer: its instance made first, then the object's statements, each val that the
        instance holds a copy of stored into the instance as soon as the val has its value (at once for a val whose
        constant initializer needs no statement)."""
        cls = obj.module_class
        out = [tir.GlobalSet(obj.span, UNIT, obj.instance, tir.NewObject(obj.span, cls.tpe, cls, []))]
        assigned = {id(stat.sym) for stat in stats if isinstance(stat, tir.GlobalSet)}

        def store(f: FieldSymbol, copy: FieldSymbol) -> None:
            copy.tpe = copy.tpe or f.tpe
            value = tir.Const(f.span, f.tpe, f.constant) if f.inlined else tir.GlobalGet(f.span, f.tpe, f)
            out.append(tir.FieldSet(f.span, UNIT, self.object_instance(obj, f.span), copy, value))

        for f, copy in cls.module_vals:
            if id(f) not in assigned:
                store(f, copy)
        for stat in stats:
            out.append(stat)
            for f, copy in cls.module_vals:
                if isinstance(stat, tir.GlobalSet) and stat.sym is f:
                    store(f, copy)
        return out

    def object_instance(self, obj: ObjectSymbol, span: Span) -> tir.Expr:
        return tir.GlobalGet(span, obj.module_class.tpe, obj.instance)

    def inherited_receiver(self, obj: ObjectSymbol, sym, span: Span) -> tir.Expr | None:
        """`O.m` where m is a member O inherits from a class or trait: called on O's instance."""
        if obj.instance is not None and isinstance(sym.owner, ClassSymbol):
            return self.object_instance(obj, span)
        return None

    def link_module(self, cls: ClassSymbol) -> None:
        """An object's own methods implement (or override) its parents' members; the parents' other members become
        the object's, used on its instance."""
        obj: ObjectSymbol = cls.module
        for m in list(obj.every_method()):
            parent = next((a for a in cls.alternatives(m.name) if same_signature(a, m, cls)), None)
            if parent is not None:
                m.overrides = parent
                _replace(cls, parent, m)
            elif is_universal_signature(m):
                cls.methods.setdefault(m.name, m)
        for f in list(obj.fields.values()):
            if f.owner is not obj or (f.name not in cls.fields and f.name not in cls.methods):
                continue
            if f.mutable:
                self.unsupported(f"an object's `var` overriding a member of its parents (`{f.name}`)", f.span)
                continue
            # The instance holds a copy of the val (set by the object's initializer right after the val), which
            # overrides the parent's member as a class's val would.
            copy = FieldSymbol(f.name, f.span, cls, f.tpe, False, defn=f.defn)
            parent_field, parent_method = cls.fields.get(f.name), cls.methods.get(f.name)
            cls.fields[f.name] = copy
            cls.module_vals.append((f, copy))
            if parent_field is not None:
                copy.overrides = parent_field
            elif not parent_method.params:
                self.val_as_method(cls, copy, parent_method)
        for name, method in cls.methods.items():
            if name not in obj.methods and name not in obj.fields:
                obj.methods[name] = method
                if name in cls.overloads:
                    obj.overloads[name] = list(cls.overloads[name])
        for name, f in cls.fields.items():
            if name not in obj.fields and name not in obj.methods:
                obj.fields[name] = f

    def signature_of(self, member) -> str:
        """A member's type for a message, inferring it first when it was left out."""
        if isinstance(member, FieldSymbol) and member.tpe is None and member.defn is not None:
            self.field_type(member, member.span)
        elif isinstance(member, MethodSymbol) and member.result is None and member.defn is not None:
            self.method_result(member, member.span)
        return signature_text(member)

    def same_file(self, a: Span, b: Span) -> bool:
        return self.scopes.at(a) is self.scopes.at(b)

    def complete_hierarchies(self, classes: list[ClassSymbol], done: set[int] | None = None) -> None:
        """Linearise, lay out and inherit, parents before children (a cycle is reported and cut); `done` holds the
        ids of classes already completed (a block's classes are completed after the program's)."""
        done = set() if done is None else done
        visiting: set[int] = set()
        for cls in classes:
            self._complete_after_parents(cls, done, visiting)

    def _complete_after_parents(self, cls: ClassSymbol, done: set[int], visiting: set[int]) -> None:
        # A method rather than a nested function: a nested function calling itself is a cycle (function, cell) that
        # only the cycle collector frees, one per call.
        if id(cls) in done or (cls.linearization and id(cls) not in visiting):
            return  # (a class of the prelude a program's class extends is complete already)
        if id(cls) in visiting:
            self.error(codes.ILLEGAL_INHERITANCE, f"illegal cyclic reference involving {_kind(cls)} {cls.name}",
                       cls.span)
            cls.superclass = None
            cls.traits = []
            return
        visiting.add(id(cls))
        for parent in self.parents_of(cls):
            self._complete_after_parents(parent, done, visiting)
        visiting.discard(id(cls))
        done.add(id(cls))
        self.complete(cls)

    def parents_of(self, cls: ClassSymbol) -> list[ClassSymbol]:
        return ([cls.superclass] if cls.superclass is not None else []) + cls.traits

    def complete(self, cls: ClassSymbol) -> None:
        # A class whose first parent is a trait has that trait's superclass as its own (the struct it extends).
        if cls.superclass is None:
            for t in cls.traits:
                base = next((c for c in t.linearization if not c.is_trait), None)
                if base is not None:
                    cls.superclass = base
                    break
        cls.linearization = [cls] + linearize(self.parents_of(cls))
        drop_inherited_case_members(cls)
        self.inherit(cls)
        if cls.module is not None:
            self.link_module(cls)
        inherited = list(cls.superclass.layout) if cls.superclass is not None and not cls.is_trait else []
        # A `val` overriding a parent's val takes over the parent's slot, so that a read through the parent's type
        # (a plain struct.get) sees the override: fields are not virtual in the subset.
        own = []
        for f in cls.fields.values():
            if f.owner is not cls:
                continue
            shared = f.overrides  # (an override of an override holds the slot of the first)
            while isinstance(shared, FieldSymbol) and shared not in inherited:
                shared = shared.overrides
            if isinstance(shared, FieldSymbol):
                f.index = shared.index
            else:
                own.append(f)
        if not cls.is_trait:
            own += self.mix_in_fields(cls)
        cls.layout = inherited + own
        for i, f in enumerate(cls.layout):
            if f.owner is cls:
                f.index = i + 2  # struct fields 0 and 1 are the vtable and the identity hash
        self.check_overrides(cls)

    def inherit(self, cls: ClassSymbol) -> None:
        """Enter the members of the linearisation (nearest first) that the class neither defines nor gets from a
        nearer parent; an own member with a parent's name and signature overrides it."""
        for ancestor in cls.linearization[1:]:
            for f in [f for f in ancestor.fields.values() if f.owner is ancestor]:
                if not is_inherited(f) or f is ancestor.outer_field:  # (each inner class has its own)
                    continue
                mine = cls.fields.get(f.name)
                if mine is None:
                    if f.name not in cls.methods:
                        cls.fields[f.name] = f
                elif mine.owner is cls and mine.overrides is None and is_inherited(mine):
                    mine.overrides = f
            for m in [m for m in ancestor.every_method() if not m.is_constructor]:
                if not is_inherited(m):
                    continue
                alternatives = cls.alternatives(m.name)
                twin = next((a for a in alternatives if same_signature(a, m, cls)), None)
                if twin is not None:
                    if twin.owner is cls and twin.overrides is None and not m.is_abstract \
                            and m.name in _SYNTHETIC_PRODUCT and is_synthetic(twin.defn):
                        _replace(cls, twin, m)  # scalac generates them only where no parent defines them
                    elif twin.owner is cls and twin.overrides is None:
                        twin.overrides = m
                    elif twin.owner is not cls and twin.is_abstract and not m.is_abstract:
                        _replace(cls, twin, m)  # a concrete member implements an abstract one, wherever it comes from
                    continue
                mine = cls.fields.get(m.name)
                if mine is not None and mine.owner is cls and is_inherited(mine) and not m.params:
                    self.val_as_method(cls, mine, m)  # `val x` implementing `def x: Int`
                    continue
                if not alternatives:
                    cls.methods[m.name] = m
                else:
                    cls.overloads.setdefault(m.name, list(alternatives)).append(m)

    def parent_initializers(self, cls: ClassSymbol, ctx) -> list[tir.Expr]:
        """The superclass's constructor with the arguments of `extends A(args)` (typed with the class's
        parameters in scope), to run first in the class's initializer."""
        if cls.is_trait:
            return []
        span = cls.defn.parents[0].span if getattr(cls.defn, "parents", None) else cls.span
        out = []
        sup = cls.superclass
        if sup is not None and sup.jvm_name is not None:  # a JVM throwable: its constructor forms
            args = self.throwable_arguments(sup, getattr(cls.defn, "super_args", None) or [], span, ctx)
            if args is not None:
                out.append(tir.InitParent(span, UNIT, sup, args))
        elif sup is not None:
            arg_nodes = getattr(cls.defn, "super_args", None) or []
            mapping = seen_from(cls, sup)  # `extends Box[Int](1)`: the parameter `x: T` takes an Int
            if isinstance(sup.outer, ClassSymbol) and isinstance(cls.outer, ClassSymbol):
                # an inner class extending its outer class's parent's inner class: that parent's type parameters
                # as the outer class fixes them (`class IdEntry(v: V) extends Entry(v)` in `IdDict[V] extends Dict[V]`)
                mapping = {**seen_from(cls.outer, sup.outer), **mapping}
            params = [LocalSymbol(p.name, p.span, substitute(p.tpe, mapping), is_param=True, by_name=p.by_name)
                      for p in sup.params] if mapping else sup.params
            self.in_super_call = True
            try:
                matched = arguments.match_arguments(self, sup.name, sup.span, params,
                                                    arguments.declared_params(sup), arg_nodes, span, ctx, sup,
                                                    None, None, sup.params)
            finally:
                self.in_super_call = False
            if matched is not None:
                args = [self.to_erased(a, p.tpe, ctx) for a, p in zip(matched.args, sup.params)]
                if sup.outer_field is not None:  # an inner class's parent: the enclosing instance seen from here
                    args.append(self.owner_instance(sup.outer, ctx, span, f"extending the inner class {sup.name}"))
                out.append(matched.wrap(tir.InitParent(span, UNIT, sup, args)))
        # Then the traits the superclass does not already have, farthest first (Scala's initialisation order).
        done = sup.linearization if sup is not None else []
        for trait in reversed(cls.linearization):
            if trait.is_trait and trait not in done:
                out.append(tir.InitParent(span, UNIT, trait, []))
        return out

    def expr_Super(self, node: ast.Super, ctx, expected):
        """`super` before `.m(...)`: `this` seen as the superclass (a trait's first parent for a trait)."""
        owner = ctx.owner
        if not isinstance(owner, ClassSymbol):
            return self.unsupported("`super` in an object", node.span)
        # Typed as the class itself, so that its tables (which hold what it inherits) find the member; the call
        # then goes to the next definition in the linearisation (super_call).
        mix = None
        if node.mix is not None:  # `super[T]`: T must be a parent written in the class's `extends` clause
            mix = next((p for p in self.parents_of(owner) if p.name == node.mix), None)
            if mix is None:
                return self.error(codes.NOT_A_MEMBER, f"{node.mix} does not name a parent class of "
                                  f"{_kind(owner)} {owner.name}", node.span)
            self.references.append((node.mix_span, mix))
        return tir.SuperRef(node.span, owner.tpe, owner, mix)

    def own_to_string(self, name: str, arg_nodes: list, span: Span, ctx):
        """A bare `toString` / `toString()` in a class (Any's, which every class has): `this.toString`."""
        owner = ctx.owner
        if name != "toString" or arg_nodes or not (isinstance(owner, ClassSymbol)
                                                   or getattr(owner, "instance", None) is not None):
            return None
        return tir.ToString(span, STRING, self.this_value(ctx, span))

    def super_call(self, method: MethodSymbol, receiver: tir.SuperRef, args: list, span: Span):
        """`super.m(args)`: in a class, the next definition in its linearisation (a direct call); in a trait, the
        member the trait's own one overrides, resolved per class at run time."""
        owner = receiver.cls
        if receiver.mix is not None:
            return self.mixin_super_call(method, receiver, args, span)
        stackable = False  # `abstract override`: the call lands in whatever the class mixes in below the trait
        if owner.is_trait:
            if method.owner is owner and method.overrides is not None:
                stackable = "abstract" in (getattr(method.defn, "modifiers", ()) or ())
                method = method.overrides
        else:
            target = self.super_target(owner, method)
            if target is None and method.owner is owner:
                return self.error(codes.NOT_A_MEMBER, f"value {method.name} is not a member of "
                                  f"{(self.parents_of(owner) or [owner])[0].name}", span)
            method = target or method
        if method.is_abstract and not stackable:
            return self.error(codes.NOT_A_MEMBER, f"method {method.name} in {_kind(method.owner)} "
                              f"{method.owner.name} is accessed from super. It may not be abstract unless it is "
                              "overridden by a member declared `abstract' and `override'", span)
        if owner.is_trait and method not in owner.super_calls:
            owner.super_calls.append(method)  # each class mixing the trait in says where it leads
        universal = method.overrides is None and not method.params and method.name in UNIVERSAL_RESULTS
        result = UNIVERSAL_RESULTS[method.name] if universal else self.method_result(method, span)
        return tir.Call(span, result, method, receiver, args, direct=True)

    def mixin_super_call(self, method: MethodSymbol, receiver: tir.SuperRef, args: list, span: Span):
        """`super[T].m(args)`: the definition of m that T has (its own or the one it inherits), called directly,
        as scalac calls it: statically, whatever the class mixes in after T."""
        owner, mix = receiver.cls, receiver.mix
        target = next((m for c in mix.linearization for m in c.every_method()
                       if m.name == method.name and same_signature(m, method)), None)
        if target is None:
            return self.error(codes.NOT_A_MEMBER, f"value {method.name} is not a member of {mix.name}", span)
        if target.is_abstract:
            return self.error(codes.NOT_A_MEMBER, f"method {method.name} in {_kind(target.owner)} "
                              f"{target.owner.name} is accessed from super. It may not be abstract unless it is "
                              "overridden by a member declared `abstract' and `override'", span)
        if owner.is_trait and not target.owner.is_trait:
            return self.unsupported(f"`super[{mix.name}]` of a class's method inside a trait", span)
        result = self.method_result(target, span)
        return tir.Call(span, result, target, tir.This(receiver.span, owner.tpe, owner), args, direct=True)

    def super_universal(self, receiver: tir.SuperRef, name: str, span: Span) -> tir.Expr:
        """`super.toString` / `super.hashCode`: a parent's override, else Any's own."""
        owner = receiver.cls
        if receiver.mix is not None:
            for c in receiver.mix.linearization:
                for m in c.every_method():
                    if m.name == name and not m.params and not m.is_abstract:
                        return self.mixin_super_call(m, receiver, [], span)
            return tir.AnyMember(span, STRING if name == "toString" else INT, name, receiver)
        if owner.is_trait:  # where it leads depends on the class: through the trait's table, like any trait super
            own = next((m for m in owner.every_method() if m.name == name and not m.params), None)
            if own is not None:
                return self.super_call(own, receiver, [], span)
        for c in owner.linearization[1:]:
            for m in c.every_method():
                if m.name == name and not m.params and not m.is_abstract:
                    if owner.is_trait:
                        return self.super_call(m, receiver, [], span)
                    return tir.Call(span, self.method_result(m, span), m, receiver, [], direct=True)
        return tir.AnyMember(span, STRING if name == "toString" else INT, name, receiver)

    @staticmethod
    def super_target(cls: ClassSymbol, method: MethodSymbol) -> MethodSymbol | None:
        """What `super.m` means in cls: the first concrete definition after cls in its linearisation."""
        return next_definition(cls.linearization, cls, method)

    def val_as_method(self, cls: ClassSymbol, val: FieldSymbol, parent: MethodSymbol) -> None:
        """A `val` that overrides (or implements) a parameterless `def`: reads through the parent's type call the
        method, so the class gets a getter returning the field, in the def's vtable slot."""
        val.overrides = parent
        if val.mutable:
            self.error(codes.OVERRIDE_FINAL, f"overriding {_what(parent)} {parent.name} in {_kind(parent.owner)} "
                       f"{parent.owner.name} of type {self.signature_of(parent)};\n variable {val.name} cannot "
                       "override a method", val.span)
            return
        getter = MethodSymbol(val.name, val.span, cls, parent.params and [], val.tpe, getter_of=val)
        getter.overrides = parent
        getter.body = tir.FieldGet(val.span, val.tpe, tir.This(val.span, cls.tpe, cls), val)
        cls.methods[val.name] = getter

    def mix_in_fields(self, cls: ClassSymbol) -> list[FieldSymbol]:
        """The fields of the traits this class mixes in (and its superclass does not): a copy of each concrete one
        in the class's struct; an abstract one is implemented by the class's member of that name."""
        inherited = cls.superclass.linearization if cls.superclass is not None else []
        if cls.superclass is not None:
            cls.trait_fields.update(cls.superclass.trait_fields)
        copies = []
        for trait in reversed(cls.linearization):
            if not trait.is_trait or trait in inherited:
                continue
            for f in [f for f in trait.fields.values() if f.owner is trait]:
                implementation = cls.fields.get(f.name)
                if f.is_abstract:
                    if implementation is not None and not implementation.is_abstract:
                        cls.trait_fields[f] = implementation
                    continue
                if implementation is not f and implementation is not None and implementation.owner is cls:
                    cls.trait_fields[f] = implementation  # overridden by the class's own val
                    continue
                copy = FieldSymbol(f.name, f.span, cls, f.tpe, f.mutable, defn=f.defn)
                copy.overrides = f
                cls.trait_fields[f] = copy
                copies.append(copy)
        return copies

    # ------------------------------------------------------------------------------------------ checks

    def check_overrides(self, cls: ClassSymbol) -> None:
        members = [*cls.every_method(), *(f for f in cls.fields.values() if f.owner is cls)]
        if cls.module is not None:
            members += list(cls.module.every_method())
        for member in members:
            if isinstance(member, MethodSymbol) and (member.is_constructor or member.getter_of is not None):
                continue
            defn = member.defn
            modifiers = getattr(defn, "modifiers", ()) or ()
            written = "override" in modifiers
            overridden = member.overrides
            universal = overridden is None and isinstance(member, MethodSymbol) \
                and is_universal_signature(member)
            if overridden is None and not universal:
                if written and not cls.unknown_parent:
                    self.error(codes.OVERRIDES_NOTHING, f"{_what(member)} {member.name} overrides nothing",
                               member.span)
                continue
            if universal:
                if not written and member.name in ("toString", "hashCode"):
                    self.error(codes.MISSING_OVERRIDE, f"overriding method {member.name} in class Object of type "
                               f"(){UNIVERSAL_RESULTS[member.name].name};\n method {member.name} needs `override' "
                               "modifier", member.span)
                continue
            where = f"{_what(overridden)} {overridden.name} in {_kind(overridden.owner)} {overridden.owner.name}"
            header = f"overriding {where} of type {self.signature_of(overridden)};\n {_what(member)} {member.name}"
            if "final" in (getattr(overridden.defn, "modifiers", ()) or ()):
                self.error(codes.OVERRIDE_FINAL, f"{header} cannot override final member", member.span,
                           [Related(overridden.span, "the final member")])
            elif not written and not overridden.is_abstract:
                self.error(codes.MISSING_OVERRIDE, f"{header} needs `override' modifier", member.span,
                           [Related(overridden.span, "the overridden member")])
            elif isinstance(overridden, FieldSymbol) and overridden.mutable and not overridden.is_abstract:
                self.error(codes.OVERRIDE_FINAL, f"{header} cannot override a mutable variable", member.span)
            elif isinstance(overridden, FieldSymbol) and isinstance(member, MethodSymbol):
                self.error(codes.OVERRIDE_FINAL, f"{header} needs to be a stable, immutable value", member.span)
        if not cls.is_abstract:
            self.check_implemented(cls)

    def check_implemented(self, cls: ClassSymbol) -> None:
        """A concrete class defines every abstract member it inherits (scalac's "needs to be abstract")."""
        missing = [m for name in cls.methods for m in cls.alternatives(name) if m.is_abstract]
        missing += [f for f in cls.fields.values() if f.is_abstract and f.owner is not cls]
        if not missing:
            return
        if len(missing) > 1:
            reason = f"since:\nit has {len(missing)} unimplemented members."
        else:
            m = missing[0]
            reason = f"since {_what(m)} {m.name} in {_kind(m.owner)} {m.owner.name} of type {self.signature_of(m)} is " \
                     "not defined"
        message = f"object creation impossible, {reason}" if cls.module is not None \
            else f"{_kind(cls)} {cls.name} needs to be abstract, {reason}"
        self.error(codes.ABSTRACT_MEMBER_MISSING, message, cls.span,
                   [Related(m.span, "an abstract member") for m in missing])

    def finish_hierarchies(self, classes: list[ClassSymbol]) -> None:
        """Once bodies are typed: the copies of trait fields take their (perhaps inferred) types, and overriding
        members' types are checked against the overridden ones."""
        for cls in classes:
            for f, held in cls.trait_fields.items():
                if held.tpe is None:
                    held.tpe = self.field_type(f, f.span)
            for m in cls.every_method():
                if m.getter_of is not None and m.result is None:
                    m.result = m.body.tpe = self.field_type(m.getter_of, m.span)
            self.check_override_types(cls)
        self.guard_overridden_vals(classes)

    def guard_overridden_vals(self, classes: list[ClassSymbol]) -> None:
        """A val overridden in a subclass shares its slot with the override, but on the JVM each class has its
        own field and reads are virtual: a parent's constructor stores its value into a field nobody reads, and
        reads the subclass's field (still 0/null until the subclass's constructor sets it). So the parent's store
        is skipped (its value still computed) when the object is of an overriding class."""
        overriders: dict[int, list[ClassSymbol]] = {}
        for cls in classes:
            for f in cls.fields.values():
                if f.owner is not cls:
                    continue
                parent = f.overrides
                while isinstance(parent, FieldSymbol) and parent.index == f.index and not parent.is_global:
                    overriders.setdefault(id(parent), []).append(cls)
                    parent = parent.overrides
        if not overriders:
            return
        for cls in classes:
            init = cls.init
            if not isinstance(init, tir.Block) or cls.is_trait:
                continue
            for i, stat in enumerate(init.stats):
                if not (isinstance(stat, tir.FieldSet) and id(stat.sym) in overriders
                        and isinstance(stat.obj, tir.This)):
                    continue
                this = stat.obj
                test = None
                for sub in overriders[id(stat.sym)]:
                    one = tir.InstanceOf(stat.span, BOOLEAN, self.box(this), sub.tpe)
                    test = one if test is None else tir.Logical(stat.span, BOOLEAN, "||", test, one)
                init.stats[i] = tir.If(stat.span, UNIT, test, self.discard(stat.value), stat)

    def check_override_types(self, cls: ClassSymbol) -> None:
        """Once bodies are typed: an overriding member's type conforms to the overridden one's."""
        for m in cls.every_method():
            parent = m.overrides
            if parent is None or m.result is None or parent.result in (None, ERROR) or m.result is ERROR:
                continue
            expected = parent.result if isinstance(parent, MethodSymbol) else parent.tpe
            into = seen_from(cls, parent.owner)
            if isinstance(parent, MethodSymbol):
                into.update(zip(parent.type_params, m.type_params))
            expected = substitute(expected, into)
            if expected is not None and not conforms(m.result, expected):
                self.error(codes.TYPE_MISMATCH, f"overriding {_what(parent)} {parent.name} in {_kind(parent.owner)} "
                           f"{parent.owner.name} of type {self.signature_of(parent)};\n method {m.name} has "
                           "incompatible type", m.span)


def drop_inherited_case_members(cls: ClassSymbol) -> None:
    """A case class gets no generated `toString`/`hashCode`/`equals` where a parent other than AnyRef defines that
    member concretely (scalac's rule: `case class E(c: Int) extends RuntimeException("x")` prints as the
    exception does)."""
    for name in UNIVERSAL_MEMBERS:
        own = cls.methods.get(name)
        if own is None or own.owner is not cls or not is_synthetic(own.defn) or name in cls.overloads:
            continue
        if any(not m.is_abstract and is_universal_signature(m) for c in cls.linearization[1:]
               for m in c.every_method() if m.name == name):
            del cls.methods[name]


_SYNTHETIC_PRODUCT = ("productElement", "canEqual", "productArity", "productPrefix")


def linearize(parents: list[ClassSymbol]) -> list[ClassSymbol]:
    """Scala's linearisation of a template's parents: L(Tn) +: ... +: L(T1), where each step keeps only the
    classes not already in what follows (so a class shared by several parents sits after all of them)."""
    result: list[ClassSymbol] = []
    for parent in parents:
        lin = parent.linearization or [parent]
        result = [c for c in lin if c not in result] + result
    return result


def next_definition(linearization: list[ClassSymbol], after: ClassSymbol, method: MethodSymbol):
    """The first class or trait after `after` in a linearisation that itself defines `method` concretely."""
    start = linearization.index(after) + 1 if after in linearization else 0
    for c in linearization[start:]:
        for m in c.every_method():
            if m.name == method.name and same_signature(m, method, linearization[0]) and not m.is_abstract:
                return m
    return None


def _replace(cls: ClassSymbol, old: MethodSymbol, new: MethodSymbol) -> None:
    if cls.methods.get(old.name) is old:
        cls.methods[old.name] = new
    alternatives = cls.overloads.get(old.name)
    if alternatives:
        alternatives[alternatives.index(old)] = new


def same_signature(a: MethodSymbol, b: MethodSymbol, seen_in: ClassSymbol | None = None) -> bool:
    """Whether a and b take the same parameter types, as seen in class seen_in (where the type parameters of
    generic parents are what seen_in's `extends` clauses make them)."""
    if seen_in is None:
        return [p.tpe for p in a.params or ()] == [p.tpe for p in b.params or ()]
    into_a, into_b = seen_from(seen_in, a.owner), seen_from(seen_in, b.owner)
    if len(a.type_params) != len(b.type_params):
        return False
    into_b.update(zip(b.type_params, a.type_params))  # `def fold[R]` overrides `def fold[S]` as the same method
    return [substitute(p.tpe, into_a) for p in a.params or ()] == [substitute(p.tpe, into_b) for p in b.params or ()]


def signature_text(m) -> str:
    """A member's type as scalac prints it in override messages: `()Int`, `(x: Int)String`, `=> Int`."""
    if isinstance(m, FieldSymbol):
        return _type_name(m.tpe)
    result = _type_name(m.result)
    if m.params is None:
        return f"=> {result}"
    return "(" + ", ".join(f"{p.name}: {_type_name(p.tpe)}" for p in m.params) + ")" + result


def _type_name(t: Type | None) -> str:
    return t.name if t is not None else "?"


def is_inherited(member) -> bool:
    """Private members and plain constructor parameters stay with their class."""
    defn = member.defn
    if isinstance(defn, ast.ClassParam):
        return defn.binding is not None and not (defn.access or "").startswith("private")
    return not any(m == "private" or m == "private[this]" for m in getattr(defn, "modifiers", ()) or ())


def _kind(cls) -> str:
    return "trait" if getattr(cls, "is_trait", False) else "object" if not isinstance(cls, ClassSymbol) else "class"


def _what(member) -> str:
    if isinstance(member, FieldSymbol):
        return "variable" if member.mutable else "value"
    return "method"
