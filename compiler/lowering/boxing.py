"""The top types in Wasm: `anyref`, the box of each primitive, casts and type tests, and the per-program dispatchers.

A value of type Any, AnyRef or AnyVal is an `anyref`. Strings, arrays, tuples, closures and class instances are
already references and flow in unchanged; a primitive is boxed into a small immutable struct of its own type
(`Box.Int { value: i32 }`, one per primitive, `Box.Unit` with no field; an Int that fits 31 bits is an `i31ref`,
which allocates nothing) and unboxed with `ref.cast`. What a value
in an Any does (toString, ==, hashCode) is the prelude's `Anys` (prelude/anys.scala); only what the prelude
cannot name, the program's own tuple, array, function and class types, is asked of small dispatchers generated
here once the whole program is lowered (`AnyTypes.*`): a class instance (any `$Object`) answers through the
`toString`/`hashCode`/`equals` slots and the name of its vtable, so a subclass's override wins wherever the value
is held."""
from __future__ import annotations

from ..semantics import tir
from ..semantics import types as st
from ..semantics.builtins import BOXED_CLASS_NAMES
from ..semantics.collections import RANGE_FIELDS
from ..semantics.symbols import ClassSymbol, binary_simple_name
from ..wasm import (ANY, ARRAY, EQ, I31, I32, FieldType, FuncId, FunctionBuilder, GlobalId, RefType, StructType,
                    TypeDef, TypeId, make)
from .helpers import counted_loop
from .shared import SHARED

ANYREF = RefType(ANY, nullable=True)
EQREF = RefType(EQ, nullable=True)
BOX_CLASS_NAMES = {**BOXED_CLASS_NAMES, st.UNIT: "scala.runtime.BoxedUnit"}
# The JVM's descriptor letter of each primitive array element (`[I`), for class names.
_ARRAY_LETTERS = {st.INT: "I", st.LONG: "J", st.DOUBLE: "D", st.FLOAT: "F", st.BOOLEAN: "Z", st.BYTE: "B",
                  st.SHORT: "S", st.CHAR: "C"}


# The WrappedArray subclass of each primitive element type (`WrappedArray$ofInt`); others are `ofRef`.
_WRAPPED_CLASSES = {st.INT: "Int", st.LONG: "Long", st.DOUBLE: "Double", st.FLOAT: "Float", st.BOOLEAN: "Boolean",
                    st.BYTE: "Byte", st.SHORT: "Short", st.CHAR: "Char", st.UNIT: "Unit"}


def jvm_class_name(t: st.Type) -> str:
    """The name `getClass.getName` gives for a value of static type t (boxed for a primitive)."""
    if t in BOX_CLASS_NAMES:
        return BOX_CLASS_NAMES[t]
    if isinstance(t, st.BoxedType):
        return BOX_CLASS_NAMES[t.primitive]
    if isinstance(t, st.ArrayType):
        if t.is_seq:
            return "scala.collection.immutable.Vector"
        return "[" + _descriptor(t.element)
    if isinstance(t, st.TupleType):
        return f"scala.Tuple{len(t.elements)}"
    if isinstance(t, st.FunctionType):
        return f"scala.Function{len(t.params)}"
    if isinstance(t, st.ClassType) and isinstance(t.symbol, ClassSymbol):
        return getattr(t.symbol, "jvm_name", None) or _binary_name(t.symbol)  # the prelude's library classes
    if st.is_top(t):
        return "java.lang.Object"
    return t.name


def box_int(fb: FunctionBuilder, scratch, box: TypeId) -> None:
    """The Int on the stack as an Any: an i31ref when it fits 31 bits, allocated nowhere (a List[Int] holds its
    elements so), else a Box.Int (box). Unboxing and `isInstanceOf[Int]` accept both. scratch: an i32 local."""
    fb.emit("local.tee", scratch)
    fb.emit("i32.const", 1)
    fb.emit("i32.shl")
    fb.emit("i32.const", 1)
    fb.emit("i32.shr_s")
    fb.emit("local.get", scratch)
    fb.emit("i32.eq")
    with fb.if_(results=(RefType(EQ, nullable=False),)):
        fb.emit("local.get", scratch)
        fb.emit("ref.i31")
        fb.else_()
        fb.emit("local.get", scratch)
        fb.emit("struct.new", box)


def _trait_of(t: st.Type):
    """The trait a type names, or None."""
    symbol = getattr(t, "symbol", None) if isinstance(t, st.ClassType) else None
    return symbol if isinstance(symbol, ClassSymbol) and symbol.is_trait else None


def _is_chars(t: st.Type) -> bool:
    """`Array[Char]` (not a Vector of Chars)."""
    return isinstance(t, st.ArrayType) and not t.is_seq and t.element is st.CHAR


def _descriptor(t: st.Type) -> str:
    letter = _ARRAY_LETTERS.get(t)
    if letter is not None:
        return letter
    if isinstance(t, st.ArrayType) and not t.is_seq:
        return "[" + _descriptor(t.element)
    return f"L{jvm_class_name(t)};"


def _binary_name(cls) -> str:
    """`a.b.Outer$Inner`: a nested class is named after the classes and objects around it, joined by `$`."""
    outer = getattr(cls, "outer", None)
    if outer is None:
        return getattr(cls, "jvm_name", None) or cls.name
    return f"{_binary_name(outer)}${binary_simple_name(cls).rsplit('.', 1)[-1]}"


class BoxLowering:
    """The module side: box types, and the dispatchers over the program's own types (built last)."""

    def _boxing_state(self) -> None:
        self._boxes: dict[st.Type, TypeId] = {}
        self._dispatchers: dict[str, FuncId] = {}
        self._boolean_boxes: dict[bool, GlobalId] = {}

    def boolean_box(self, value: bool) -> GlobalId:
        """The one box of true (or false): Scala boxes a Boolean with `java.lang.Boolean.valueOf`, whose TRUE and
        FALSE are the only instances, so `eq` between two boxed trues holds as on the JVM."""
        self.record("boolean_box", value)
        gid = self._boolean_boxes.get(value)
        if gid is None:
            box = self.box_type(st.BOOLEAN)
            gid = SHARED.id(("global", "boolean_box", value), lambda: GlobalId(f"Boolean.{str(value).upper()}"))
            self._boolean_boxes[value] = gid
            self.module.add_global(gid, RefType(box, nullable=False), False,
                                   [make("i32.const", int(value)), make("struct.new", box)])
        return gid

    def box_type(self, t: st.Type) -> TypeId:
        self.record("box_type", t)
        tid = self._boxes.get(t)
        if tid is None:
            tid = SHARED.id(("type", "box", t.name), lambda: TypeId(f"Box.{t.name}"))
            fields = [] if t is st.UNIT else [("value", FieldType(self.types.valtype(t), mutable=False))]
            self.module.add_type(TypeDef(tid, StructType(fields)))
            self._boxes[t] = tid
        return tid

    def any_dispatcher(self, name: str) -> FuncId:
        self.record("any_dispatcher", name)
        fid = self._dispatchers.get(name)
        if fid is None:
            fid = self._dispatchers[name] = SHARED.id(("anyTypes", name), lambda: FuncId(f"anyTypes.{name}"))
        return fid

    def _known_types(self) -> tuple:
        return (len(self._tuples), len(self.types._classes), len(self.types._arrays), len(self.types.made_vectors),
                self.types.wrapped_array is not None, len(self._fn_types), len(self._dispatchers))

    def finish_dispatchers(self) -> None:
        """Build the dispatchers once nothing else is left to lower: only then are all the program's types known.
        Building one may reach new code (a class's toString) and so new types: then they are built again."""
        built: dict[str, tuple] = {}
        functions = {}
        while True:
            known = self._known_types()
            stale = [name for name in self._dispatchers if built.get(name) != known]
            if not stale:
                break
            for name in stale:
                built[name] = known
                functions[name] = getattr(self, "_dispatch_" + name)(self._dispatchers[name])
            self._drain()
        for function in functions.values():
            self.module.add_function(function)

    @staticmethod
    def _dispatch_function(fid: FuncId, params: int, results: tuple):
        fb = FunctionBuilder(fid, fid.name, results=results)
        return fb, [fb.add_param(f"x{i}", ANYREF) for i in range(params)]

    @staticmethod
    def _when_instance(fb: FunctionBuilder, x, tid: TypeId, body) -> None:
        """`if (x is a tid) return <what body leaves>`."""
        fb.emit("local.get", x)
        fb.emit("ref.test", RefType(tid, nullable=False))
        with fb.if_():
            body()
            fb.emit("return")

    def _call_prelude(self, fb: FunctionBuilder, obj: str, name: str) -> None:
        """A call of a prelude method from a dispatcher, its object initialised first (Identity's table)."""
        method = self.prelude.objects[obj].methods[name]
        if self.call_needs_init(method):
            self.ensure_init(fb, method.owner, None)
        fb.emit("call", self.method_function(method))

    def _program_tuples(self):
        return [(t, tid) for t, tid in list(self._tuples.items()) if t != RANGE_FIELDS]

    def _program_classes(self):
        # Subclasses before their parents: the dispatchers test `ref.test` of each struct in turn, and an instance
        # of a subclass passes its parent's test too.
        return sorted(self.types._classes.items(), key=lambda item: -len(getattr(item[0], "linearization", None) or ()))

    def _program_arrays(self):
        return list(self.types._arrays.items())

    def _program_vectors(self):
        # A Vector's array passes its Array's `ref.test` too (it is a subtype): the dispatchers test these first.
        return list(self.types.made_vectors.items())

    def _when_vector(self, fb: FunctionBuilder, x, body, ranges: bool = False) -> None:
        """`if (x is a Vector) return <what body leaves>` (or a Range or a WrappedArray too, Seqs as well): nothing
        when the program makes none."""
        types = [vid for _element, vid in self._program_vectors()]
        if ranges and RANGE_FIELDS in self._tuples:
            types.append(self._tuples[RANGE_FIELDS])
        if ranges and self.types.wrapped_array is not None:
            types.append(self.types.wrapped_array)
        if not types:
            return
        for k, tid in enumerate(types):
            fb.emit("local.get", x)
            fb.emit("ref.test", RefType(tid, nullable=False))
            if k:
                fb.emit("i32.or")
        with fb.if_():
            body()
            fb.emit("return")

    def _dispatch_isVector(self, fid: FuncId):
        """Whether x is a Vector or a Range: an IndexedSeq, which equals a List of the same elements."""
        fb, (x,) = self._dispatch_function(fid, 1, (I32,))
        self._when_vector(fb, x, lambda: fb.emit("i32.const", 1), ranges=True)
        fb.emit("i32.const", 0)
        return fb.build()

    def _dispatch_isVectorOnly(self, fid: FuncId):
        """Whether x is a Vector of any elements (a Range is not): `isInstanceOf[Vector[Int]]`, erased as on the
        JVM, where a Vector[Char] passes too."""
        fb, (x,) = self._dispatch_function(fid, 1, (I32,))
        self._when_vector(fb, x, lambda: fb.emit("i32.const", 1))
        fb.emit("i32.const", 0)
        return fb.build()

    def vector_cast(self, target: st.ArrayType, ranges: bool = False) -> FuncId:
        """`x.asInstanceOf[Vector[A]]` (and a pattern `v: Vector[A]`): the JVM erases A, so any Vector passes; one of
        other elements is rebuilt as a Vector[A] (each element cast as `asInstanceOf[A]` would, a ClassCastException
        when one is no A), since each element type has its own Vector type here. ranges: a Range passes too, as an
        `IndexedSeq[A]` (`v: IndexedSeq[Int]`), rebuilt as a Vector of its elements."""
        self.record("unshareable")
        key = ("vector cast", target.element, ranges)
        fid = self.functions.get(key)
        if fid is None:
            name = f"cast.{'IndexedSeq' if ranges else 'Vector'}[{target.element.name}]"
            fid = self._schedule(key, FuncId(name), lambda f: self._build_vector_cast(target, ranges, f))
        return fid

    def _build_vector_cast(self, target: st.ArrayType, ranges: bool, fid: FuncId) -> None:
        from .expressions import FunctionLowering

        vid = self.types.made_vector_type(target.element)
        result = RefType(vid, nullable=True)
        fb, (x,) = self._dispatch_function(fid, 1, (result,))
        gen = FunctionLowering(self, fb, None)
        array = self.types.array_type(st.ANY)
        elements = fb.add_local("elements", RefType(array, nullable=True))
        out = fb.add_local("out", result)
        i = fb.add_local("i", I32)
        n = fb.add_local("n", I32)
        self._when_instance(fb, x, vid, lambda: (fb.emit("local.get", x), fb.emit("ref.cast", result)))
        fb.emit("local.get", x)
        fb.emit("ref.is_null")
        with fb.if_():
            fb.emit("ref.null", vid)
            fb.emit("return")
        fb.emit("local.get", x)
        fb.emit("call", self.any_dispatcher("isVector" if ranges else "isVectorOnly"))
        fb.emit("i32.eqz")
        with fb.if_():
            gen.cast_failed(x, target)
            fb.emit("unreachable")
        fb.emit("local.get", x)
        fb.emit("call", self.any_dispatcher("vectorElements"))
        fb.emit("ref.as_non_null")
        fb.emit("local.tee", elements)
        fb.emit("array.len")
        fb.emit("local.tee", n)
        fb.emit("array.new_default", vid)
        fb.emit("local.set", out)

        def cast_one() -> None:
            fb.emit("local.get", out)
            fb.emit("local.get", i)
            fb.emit("local.get", elements)
            fb.emit("local.get", i)
            fb.emit("array.get", array)
            gen.cast_reference(ANYREF, target.element)
            fb.emit("array.set", vid)

        counted_loop(fb, i, n, cast_one)
        fb.emit("local.get", out)
        self.module.add_function(fb.build())

    def _program_functions(self):
        return [(ids, len(params)) for (params, _results), ids in list(self._fn_types.items())]

    def tuple_cast(self, target: st.TupleType) -> FuncId:
        """`x.asInstanceOf[(A, B)]`: the JVM erases it to Tuple2, so any pair passes; a pair of other element types
        is rebuilt as this one (each element cast as `asInstanceOf[A]` would), since each tuple type is its own
        struct here."""
        self.record("unshareable")
        key = ("tuple cast", target)
        fid = self.functions.get(key)
        if fid is None:
            fid = self._schedule(key, FuncId(f"cast.{target.name}"), lambda f: self._build_tuple_cast(target, f))
        return fid

    def _build_tuple_cast(self, target: st.TupleType, fid: FuncId) -> None:
        from .expressions import FunctionLowering

        tid = self.tuple_type(target)
        result = RefType(tid, nullable=True)
        fb, (x,) = self._dispatch_function(fid, 1, (result,))
        gen = FunctionLowering(self, fb, None)
        array = self.types.array_type(st.ANY)
        elements = fb.add_local("elements", RefType(array, nullable=True))
        self._when_instance(fb, x, tid, lambda: (fb.emit("local.get", x), fb.emit("ref.cast", result)))
        fb.emit("local.get", x)
        fb.emit("ref.is_null")
        with fb.if_():
            fb.emit("ref.null", tid)
            fb.emit("return")
        fb.emit("local.get", x)
        fb.emit("call", self.any_dispatcher("tupleElements"))
        fb.emit("local.tee", elements)
        fb.emit("ref.is_null")
        with fb.if_(results=(I32,)):
            fb.emit("i32.const", 1)
            fb.else_()
            fb.emit("local.get", elements)
            fb.emit("array.len")
            fb.emit("i32.const", len(target.elements))
            fb.emit("i32.ne")
        with fb.if_():
            gen.cast_failed(x, target)
            fb.emit("unreachable")
        for i, element in enumerate(target.elements):
            fb.emit("local.get", elements)
            fb.emit("i32.const", i)
            fb.emit("array.get", array)
            gen.cast_reference(ANYREF, element)
            if element is st.UNIT:
                fb.emit("i32.const", 0)  # a Unit slot holds an i32
        fb.emit("struct.new", tid)
        self.module.add_function(fb.build())

    def _box_on_stack(self, fb: FunctionBuilder, t: st.Type, scratch) -> None:
        """Box the primitive t on the stack as gen_Box does (scratch: an i32 local, for an Int)."""
        if t is st.INT:
            box_int(fb, scratch, self.box_type(t))
        else:
            fb.emit("struct.new", self.box_type(t))

    def _dispatch_tupleElements(self, fid: FuncId):
        """The elements of a tuple, each boxed, as an Array[Any]; null when x is no tuple."""
        array = self.types.array_type(st.ANY)
        fb, (x,) = self._dispatch_function(fid, 1, (RefType(array, nullable=True),))
        scratch = fb.add_local("int", I32)

        def elements(t: st.TupleType, tid: TypeId) -> None:
            for i, element in enumerate(t.elements):
                fb.emit("local.get", x)
                fb.emit("ref.cast", RefType(tid, nullable=False))
                fb.emit("struct.get", tid, i)
                if st.is_value_type(element):
                    if element is st.UNIT:
                        fb.emit("drop")  # the i32 that fills a Unit slot
                    self._box_on_stack(fb, element, scratch)
            fb.emit("array.new_fixed", array, len(t.elements))

        for t, tid in self._program_tuples():
            self._when_instance(fb, x, tid, lambda: elements(t, tid))
        fb.emit("ref.null", array)
        return fb.build()

    def _dispatch_vectorElements(self, fid: FuncId):
        """The elements of a Vector, a Range or a WrappedArray, each boxed, as an Array[Any]; null when x is none of
        them (an Array is no Vector)."""
        array = self.types.array_type(st.ANY)
        fb, (x,) = self._dispatch_function(fid, 1, (RefType(array, nullable=True),))
        out = fb.add_local("out", RefType(array, nullable=True))
        i = fb.add_local("i", I32)
        n = fb.add_local("n", I32)
        scratch = fb.add_local("int", I32)

        def elements(element: st.Type, vid: TypeId, source, deep=None) -> None:
            vector = RefType(vid, nullable=False)
            nested = deep is not None and isinstance(element, st.ArrayType) and not element.is_seq

            def copy_one() -> None:  # out(i) = the element, boxed (of a deep view, a nested array as one too)
                fb.emit("local.get", out)
                fb.emit("local.get", i)
                fb.emit("local.get", source)
                fb.emit("ref.cast", vector)
                fb.emit("local.get", i)
                fb.emit(self.types.array_get_op(element), vid)
                if st.is_value_type(element):
                    self._box_on_stack(fb, element, scratch)
                if nested:
                    self._deep_view_on_stack(fb, deep, inner)
                fb.emit("array.set", array)

            fb.emit("local.get", source)
            fb.emit("ref.cast", vector)
            fb.emit("array.len")
            fb.emit("local.tee", n)
            fb.emit("array.new_default", array)
            fb.emit("local.set", out)
            counted_loop(fb, i, n, copy_one)
            fb.emit("local.get", out)

        for element, vid in self._program_vectors():
            self._when_instance(fb, x, vid, lambda: elements(element, vid, x))
        wrapped = self.types.wrapped_array
        if wrapped is not None:  # the elements of the array it holds, whichever its element type
            held = fb.add_local("array", ANYREF)
            deep = fb.add_local("deep", I32)
            inner = fb.add_local("nested", ANYREF)

            def wrapped_elements() -> None:
                for field, local in ((0, held), (1, deep)):
                    fb.emit("local.get", x)
                    fb.emit("ref.cast", RefType(wrapped, nullable=False))
                    fb.emit("struct.get", wrapped, field)
                    fb.emit("local.set", local)
                for element, tid in self._program_arrays():
                    self._when_instance(fb, held, tid, lambda: elements(element, tid, held, deep))
                fb.emit("ref.null", array)
            self._when_instance(fb, x, wrapped, wrapped_elements)
        if RANGE_FIELDS in self._tuples:  # a Range's elements, for its equals and hashCode as a Seq
            struct = self._tuples[RANGE_FIELDS]

            def range_elements() -> None:
                for k in range(len(RANGE_FIELDS.elements)):  # start, end, step, inclusive
                    fb.emit("local.get", x)
                    fb.emit("ref.cast", RefType(struct, nullable=False))
                    fb.emit("struct.get", struct, k)
                self._call_prelude(fb, "Ranges", "elements")
            self._when_instance(fb, x, struct, range_elements)
        fb.emit("ref.null", array)
        return fb.build()

    def _deep_view_on_stack(self, fb: FunctionBuilder, deep, scratch) -> None:
        """The nested array on the stack as a deep view when the local deep is set (2.11's `ArrayLike.deep` makes
        each nested array one as it is read); null stays null."""
        wrapped = self.types.wrapped_array
        fb.emit("local.set", scratch)
        fb.emit("local.get", deep)
        fb.emit("local.get", scratch)
        fb.emit("ref.is_null")
        fb.emit("i32.eqz")
        fb.emit("i32.and")
        with fb.if_(results=(ANYREF,)):
            fb.emit("local.get", scratch)
            fb.emit("ref.cast", RefType(ARRAY, nullable=False))
            fb.emit("i32.const", 1)
            fb.emit("struct.new", wrapped)
            fb.else_()
            fb.emit("local.get", scratch)

    def _when_object(self, fb: FunctionBuilder, x, body) -> None:
        """`if (x is a class instance) return <what body leaves>`, body given a local holding x as an `$Object`."""
        obj = self.object_type()
        this = fb.add_local("object", RefType(obj, nullable=True))

        def cast_then_body() -> None:
            fb.emit("local.get", x)
            fb.emit("ref.cast", RefType(obj, nullable=False))
            fb.emit("local.set", this)
            body(this)
        self._when_instance(fb, x, obj, cast_then_body)

    def _call_slot(self, fb: FunctionBuilder, this, name: str, *args) -> None:
        """this's own `toString`/`hashCode`/`equals`: the slot of its class's vtable (a subclass's override wins,
        wherever the value is held)."""
        from .dispatch import ROOT_FIELDS

        fb.emit("local.get", this)
        for a in args:
            fb.emit("local.get", a)
        fb.emit("local.get", this)
        fb.emit("struct.get", self.object_type(), 0)
        fb.emit("struct.get", self.vtable_type(None), ROOT_FIELDS.index(name))
        fb.emit("call_ref", self.slot_func_type(*self.root_signature(name)))

    def _dispatch_showOther(self, fid: FuncId):
        """String.valueOf of a class instance (its class's toString, through its vtable), an array or a function
        value."""
        fb, (x,) = self._dispatch_function(fid, 1, (self.types.string_ref,))

        def show(this) -> None:
            self._call_slot(fb, this, "toString")
            self._call_prelude(fb, "Runtime", "stringOrNull")

        def show_range(struct: TypeId) -> None:
            for i in range(len(RANGE_FIELDS.elements)):  # start, end, step, inclusive
                fb.emit("local.get", x)
                fb.emit("ref.cast", RefType(struct, nullable=False))
                fb.emit("struct.get", struct, i)
            self._call_prelude(fb, "Ranges", "show")

        def identity(name: str) -> None:
            fb.emit("global.get", self.literal(name))
            fb.emit("local.get", x)
            self._call_prelude(fb, "Anys", "identityString")

        if self._program_classes():
            self._when_object(fb, x, show)
        self._when_vector(fb, x, lambda: (fb.emit("local.get", x), self._call_prelude(fb, "Anys", "showVector")))
        wrapped = self.types.wrapped_array
        if wrapped is not None:  # `WrappedArray(1, 2)`, or a deep view's `Array(1, 2)`
            def show_wrapped() -> None:
                fb.emit("local.get", x)
                fb.emit("local.get", x)
                fb.emit("ref.cast", RefType(wrapped, nullable=False))
                fb.emit("struct.get", wrapped, 1)
                self._call_prelude(fb, "Anys", "showWrapped")
            self._when_instance(fb, x, wrapped, show_wrapped)
        for t, tid in self._program_arrays():
            self._when_instance(fb, x, tid, lambda: identity(jvm_class_name(st.ArrayType(t))))
        for (base, _code), arity in self._program_functions():
            self._when_instance(fb, x, base, lambda: fb.emit("global.get", self.literal(f"<function{arity}>")))
        if RANGE_FIELDS in self._tuples:
            self._when_instance(fb, x, self._tuples[RANGE_FIELDS], lambda: show_range(self._tuples[RANGE_FIELDS]))
        identity("java.lang.Object")
        return fb.build()

    def _dispatch_className(self, fid: FuncId):
        from .dispatch import ROOT_FIELDS

        fb, (x,) = self._dispatch_function(fid, 1, (self.types.string_ref,))

        def vtable_name(this) -> None:
            fb.emit("local.get", this)
            fb.emit("struct.get", self.object_type(), 0)
            fb.emit("struct.get", self.vtable_type(None), ROOT_FIELDS.index("name"))

        if self._program_classes():
            self._when_object(fb, x, vtable_name)
        named = [(vid, "scala.collection.immutable.Vector") for _t, vid in self._program_vectors()]
        named += [(tid, jvm_class_name(st.ArrayType(t))) for t, tid in self._program_arrays()]
        named += [(tid, jvm_class_name(t)) for t, tid in self._program_tuples()]
        named += [(base, f"scala.Function{arity}") for (base, _code), arity in self._program_functions()]
        for tid, name in named:
            self._when_instance(fb, x, tid, lambda: fb.emit("global.get", self.literal(name)))
        wrapped = self.types.wrapped_array
        if wrapped is not None:  # `WrappedArray$ofInt`...: named after the array it holds
            held = fb.add_local("array", ANYREF)

            def wrapped_name() -> None:
                fb.emit("local.get", x)
                fb.emit("ref.cast", RefType(wrapped, nullable=False))
                fb.emit("struct.get", wrapped, 1)
                with fb.if_():  # a deep view: an anonymous class of 2.11's ArrayLike
                    fb.emit("global.get", self.literal("scala.collection.mutable.ArrayLike$$anon$1"))
                    fb.emit("return")
                fb.emit("local.get", x)
                fb.emit("ref.cast", RefType(wrapped, nullable=False))
                fb.emit("struct.get", wrapped, 0)
                fb.emit("local.set", held)
                for t, tid in self._program_arrays():
                    self._when_instance(fb, held, tid, lambda: fb.emit("global.get", self.literal(
                        "scala.collection.mutable.WrappedArray$of" + _WRAPPED_CLASSES.get(t, "Ref"))))
                fb.emit("global.get", self.literal("scala.collection.mutable.WrappedArray"))
            self._when_instance(fb, x, wrapped, wrapped_name)
        fb.emit("global.get", self.literal("java.lang.Object"))
        return fb.build()

    def _dispatch_equalsOther(self, fid: FuncId):
        """x.equals(y) for a class instance (its class's equals, through its vtable), else identity (an array, a
        function value)."""
        fb, (x, y) = self._dispatch_function(fid, 2, (I32,))
        if self._program_classes():
            self._when_object(fb, x, lambda this: self._call_slot(fb, this, "equals", y))
        self._when_vector(fb, x, lambda: (fb.emit("local.get", x), fb.emit("local.get", y),
                                          self._call_prelude(fb, "Anys", "vectorEquals")), ranges=True)
        for side in (x, y):
            fb.emit("local.get", side)
            fb.emit("ref.cast", EQREF)  # every value an Any holds is a struct or an array
        fb.emit("ref.eq")
        return fb.build()

    def _dispatch_hashCodeOther(self, fid: FuncId):
        """x.hashCode: a class instance's through its vtable; the identity hash of everything else."""
        fb, (x,) = self._dispatch_function(fid, 1, (I32,))
        if self._program_classes():
            self._when_object(fb, x, lambda this: self._call_slot(fb, this, "hashCode"))
        self._when_vector(fb, x, lambda: (fb.emit("local.get", x), self._call_prelude(fb, "Anys", "vectorHash")),
                          ranges=True)
        fb.emit("local.get", x)
        self._call_prelude(fb, "Identity", "hash")
        return fb.build()


class BoxingCode:
    """The function side: boxing, unboxing, casts and type tests inside a function body."""

    def gen_Box(self, e: tir.Box):
        t = e.value.tpe
        self.expr(e.value)
        if t is st.NOTHING:
            return
        if t is st.INT:
            box_int(self.fb, self.scratch(I32, "int"), self.l.box_type(t))
            return
        if t is st.BOOLEAN:  # java.lang.Boolean.TRUE or FALSE, never a new box (see boolean_box)
            with self.fb.if_(results=(RefType(self.l.box_type(t), nullable=False),)):
                self.emit("global.get", self.l.boolean_box(True))
                self.fb.else_()
                self.emit("global.get", self.l.boolean_box(False))
            return
        self.emit("struct.new", self.l.box_type(t))

    def gen_Cast(self, e: tir.Cast):
        self.expr(e.value)
        source, target = e.value.tpe, e.tpe
        if not e.checked or (st.is_top(target) and not isinstance(target, st.BoxedType)):
            return
        if isinstance(source, st.BoxedType) and st.is_value_type(target):
            # Predef's `Integer2int(i)` is `i.intValue`: a null box is a NullPointerException (an erased value's
            # unboxing, `(null: Any).asInstanceOf[Int]`, gives 0 instead, and is no BoxedType here)
            self.non_null(source, trapping=False)
        self.cast_reference(self.types.valtype(source) or ANYREF, target)

    def cast_reference(self, source_vt, target: st.Type) -> None:
        """The reference on the stack (of Wasm type source_vt) as a `target`, or a ClassCastException."""
        if isinstance(target, st.BoxedType):  # a java.lang.Integer: a Box.Int (or null), kept as an anyref
            x = self.scratch(ANYREF, "x")
            self.emit("local.tee", x)
            self.emit("ref.test", RefType(self.l.box_type(target.primitive), nullable=True))
            if target.primitive is st.INT:  # or an i31ref (see gen_Box)
                self.emit("local.get", x)
                self.emit("ref.test", RefType(I31, nullable=False))
                self.emit("i32.or")
            with self.fb.if_():
                self.fb.else_()
                self.cast_failed(x, target)
            self.emit("local.get", x)
            return
        if target is st.NOTHING:  # no value is a Nothing: a lambda's parameter that no call reaches there
            self.emit("drop")     # (`Right(1).fold(_ => 0, f)`'s left function, typed at Right[Nothing, Int])
            self.emit("unreachable")
            return
        if st.is_top(target):
            return
        if st.is_value_type(target):
            self.unbox(target)
            return
        if isinstance(target, st.TupleType):
            self.emit("call", self.l.tuple_cast(target))
            return
        if isinstance(target, st.ArrayType) and target.is_seq:  # erased as a tuple's elements are
            self.emit("call", self.l.vector_cast(target))
            return
        heap = self.types.valtype(target)
        x = self.scratch(source_vt, "x")
        self.emit("local.tee", x)
        trait = _trait_of(target)
        if trait is not None:  # null, or an object whose class has the trait
            self.l.record("unshareable")
            self.emit("ref.is_null")
            self.emit("local.get", x)
            self.emit("call", self.l.instance_test(trait))
            self.emit("i32.or")
        elif target is st.STRING or _is_chars(target):  # they share an array type (see string_or_chars_test)
            self.emit("ref.is_null")
            self.emit("local.get", x)
            self.string_or_chars_test(target)
            self.emit("i32.or")
        else:
            self.emit("ref.test", RefType(heap.heap, nullable=True))
        with self.fb.if_(results=(heap,)):
            self.emit("local.get", x)
            self.emit("ref.cast", heap)
            self.fb.else_()
            self.cast_failed(x, target)
            self.emit("ref.null", heap.heap)

    def unbox(self, target: st.Type) -> None:
        """The anyref on the stack as a `target` primitive: the box's value; null gives the zero (as scalac's
        unboxing does); anything else is a ClassCastException."""
        box = self.l.box_type(target)
        x = self.scratch(ANYREF, "boxed")
        vt = self.types.valtype(target)
        self.emit("local.tee", x)
        if target is st.INT:  # an i31ref (see gen_Box), else a Box.Int
            self.emit("ref.test", RefType(I31, nullable=False))
            with self.fb.if_(results=(vt,)):
                self.emit("local.get", x)
                self.emit("ref.cast", RefType(I31, nullable=False))
                self.emit("i31.get_s")
                self.fb.else_()
                self.emit("local.get", x)
                self.unbox_box(x, box, target, vt)
            return
        self.unbox_box(x, box, target, vt)

    def unbox_box(self, x, box, target: st.Type, vt) -> None:
        self.emit("ref.test", RefType(box, nullable=False))
        with self.fb.if_(results=(vt,) if vt is not None else ()):
            if vt is not None:
                self.emit("local.get", x)
                self.emit("ref.cast", RefType(box, nullable=False))
                self.emit("struct.get", box, 0)
            self.fb.else_()
            self.cast_failed(x, target)
            if vt is not None:
                self.const(target, 0.0 if target in (st.FLOAT, st.DOUBLE) else 0)

    def cast_failed(self, x, target: st.Type) -> None:
        """Fails unless the value in local x is null (`Anys.checkCast`)."""
        self.emit("local.get", x)
        self.emit("global.get", self.l.literal(jvm_class_name(target)))
        self.call_prelude("Anys", "checkCast")

    def gen_InstanceOf(self, e: tir.InstanceOf):
        self.expr(e.value)
        target = e.target
        if target in (st.ANY, st.ANYREF):  # a boxed Int is a java.lang.Integer, an AnyRef too
            self.emit("ref.is_null")
            self.emit("i32.eqz")
        elif isinstance(target, st.TupleType):  # erased, as on the JVM: any tuple of that many elements
            self.emit("call", self.l.any_dispatcher("tupleElements"))
            elements = self.scratch(RefType(self.types.array_type(st.ANY), nullable=True), "elements")
            self.emit("local.tee", elements)
            self.emit("ref.is_null")
            with self.fb.if_(results=(I32,)):
                self.emit("i32.const", 0)
                self.fb.else_()
                self.emit("local.get", elements)
                self.emit("array.len")
                self.emit("i32.const", len(target.elements))
                self.emit("i32.eq")
        elif target is st.INT or isinstance(target, st.BoxedType) and target.primitive is st.INT:
            x = self.scratch(ANYREF, "x")  # an i31ref or a Box.Int (see gen_Box)
            self.emit("local.tee", x)
            self.emit("ref.test", RefType(I31, nullable=False))
            self.emit("local.get", x)
            self.emit("ref.test", RefType(self.l.box_type(st.INT), nullable=False))
            self.emit("i32.or")
        elif st.is_value_type(target) or isinstance(target, st.BoxedType):
            primitive = target.primitive if isinstance(target, st.BoxedType) else target
            self.emit("ref.test", RefType(self.l.box_type(primitive), nullable=False))
        elif _trait_of(target) is not None:  # a trait's values are `$Object`s: its entry in the interface tables
            self.l.record("unshareable")
            self.emit("call", self.l.instance_test(_trait_of(target)))
        elif isinstance(target, st.ArrayType) and target.is_seq:  # a Vector of any elements: erased, as on the JVM
            self.emit("call", self.l.any_dispatcher("isVectorOnly"))
        elif target is st.STRING or _is_chars(target):
            self.string_or_chars_test(target)
        elif isinstance(target, st.ArrayType):  # an array that is no Vector
            x = self.scratch(ANYREF, "x")
            self.emit("local.tee", x)
            self.emit("ref.test", RefType(self.types.valtype(target).heap, nullable=False))
            self.emit("local.get", x)
            self.emit("ref.test", RefType(self.types.vector_type(target.element), nullable=False))
            self.emit("i32.eqz")
            self.emit("i32.and")
        else:
            self.emit("ref.test", RefType(self.types.valtype(target).heap, nullable=False))

    def string_or_chars_test(self, target: st.Type) -> None:
        """Whether the reference on the stack (not null) is a String, or an Array[Char]: an Array[Char] is made as
        its own subtype of the String's array (wasmtypes.char_array_type), and a Vector of Chars as another, so a
        String is the parent type's value that is neither."""
        if target is not st.STRING:
            self.emit("ref.test", RefType(self.types.char_array_type(), nullable=False))
            return
        x = self.scratch(ANYREF, "x")
        self.emit("local.tee", x)
        self.emit("ref.test", RefType(self.types.string, nullable=False))
        for subtype in (self.types.char_array_type(), self.types.vector_type(st.CHAR)):
            self.emit("local.get", x)
            self.emit("ref.test", RefType(subtype, nullable=False))
            self.emit("i32.eqz")
            self.emit("i32.and")

    def builtin_hash_field(self, e: tir.Builtin) -> None:
        """The identity hash field of a class instance (0: none given yet); -1 for any other value."""
        obj = self.l.object_type()
        x = self.scratch(ANYREF, "x")
        self.expr(e.args[0])
        self.emit("local.tee", x)
        self.emit("ref.test", RefType(obj, nullable=False))
        with self.fb.if_(results=(I32,)):
            self.emit("local.get", x)
            self.emit("ref.cast", RefType(obj, nullable=False))
            self.emit("struct.get", obj, 1)
            self.fb.else_()
            self.emit("i32.const", -1)

    def builtin_set_hash_field(self, e: tir.Builtin) -> None:
        obj = self.l.object_type()
        self.expr(e.args[0])
        self.emit("ref.cast", RefType(obj, nullable=False))
        self.expr(e.args[1])
        self.emit("struct.set", obj, 1)

    def builtin_as_indexed_seq(self, e: tir.Builtin) -> None:
        """`v: IndexedSeq[A]` bound from an Any: a Vector of any elements or a Range, as a Vector[A] (vector_cast)."""
        self.expr(e.args[0])
        self.emit("call", self.l.vector_cast(e.tpe, ranges=True))

    def any_call(self, e: tir.Builtin) -> None:
        """`any.equals` and friends: the prelude's Anys; `anyTypes.*`: the program's dispatchers."""
        for a in e.args:
            self.expr(a)
        group, name = e.name.split(".", 1)
        if group == "anyTypes":
            self.emit("call", self.l.any_dispatcher(name))
        else:
            self.call_prelude("Anys", name)
