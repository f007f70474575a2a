"""How Scala types are represented in Wasm: value types, the string array, array and class struct types."""
from __future__ import annotations

from ..semantics import types as st
from ..semantics.generics import erase
from ..semantics.collections import RangeType, WrappedArrayType
from ..semantics.symbols import ClassSymbol
from ..wasm import (ANY, ARRAY, F32, F64, I8, I16, I32, I64, NONE, ArrayType, FieldType, Module, RefType, StructType,
                    TypeDef, TypeId)


ANYREF = RefType(ANY, nullable=True)


class TypeLowering:
    """Interns the Wasm type of every Scala type a program uses; all of them share the module's one rec group."""

    def __init__(self, module: Module, lowering=None) -> None:
        from .shared import SHARED

        self.module = module
        self.lowering = lowering  # notified of each type a function uses, for the reuse of prelude functions
        self.shared = SHARED
        # A String is a mutable-in-principle array of UTF-16 code units; Array[Char] shares the type, so building a
        # string from a char array is a plain array.copy.
        self.string = self._add(SHARED.id(("type", "String"), lambda: TypeId("String")),
                                ArrayType(FieldType(I16, mutable=True)), final=False)
        self.string_ref = RefType(self.string, nullable=True)
        self._arrays: dict[st.Type, TypeId] = {st.CHAR: self.string}
        self._char_array: TypeId | None = None
        self.wrapped_array: TypeId | None = None  # once some code makes a WrappedArray (the dispatchers test it)
        self._vectors: dict[st.Type, TypeId] = {}
        self.made_vectors: dict[st.Type, TypeId] = {}  # those some code makes: only these can be held as an Any
        self._classes: dict[ClassSymbol, TypeId] = {}
        self._unfilled: list = []  # classes whose struct is declared and not yet laid out, the one in hand first
        self._allocator: TypeId | None = None
        self._segment: TypeId | None = None

    def _add(self, tid: TypeId, composite, supertype: TypeId | None = None, final: bool = True) -> TypeId:
        self.module.add_type(TypeDef(tid, composite, supertype=supertype, final=final))
        return tid

    def valtype(self, t: st.Type):
        """The Wasm value type holding a Scala value of type t, or None for Unit and Nothing (no value)."""
        if t in (st.INT, st.BOOLEAN, st.BYTE, st.SHORT, st.CHAR):
            return I32
        if t is st.LONG:
            return I64
        if t is st.DOUBLE:
            return F64
        if t is st.FLOAT:
            return F32
        if t is st.STRING:
            return self.string_ref
        if isinstance(t, st.ArrayType):
            return RefType(self.array_type(t.element), nullable=True)
        if isinstance(t, st.FunctionType):
            return RefType(self.lowering.function_type(t)[0], nullable=True)
        if isinstance(t, st.TupleType):
            return RefType(self.lowering.tuple_type(t), nullable=True)
        if isinstance(t, RangeType):
            return RefType(self.lowering.tuple_type(t.fields), nullable=True)
        if isinstance(t, WrappedArrayType):
            return RefType(self.wrapped_array_type(), nullable=True)
        if isinstance(t, st.ClassType):
            if isinstance(t.symbol, ClassSymbol):
                return RefType(self.class_type(t.symbol), nullable=True)
            if t.name == "MemorySegment":
                return RefType(self.segment_type(), nullable=True)
            if t.name == "MemoryAllocator":
                return RefType(self.allocator_type(), nullable=True)
            raise NotImplementedError(f"no Wasm representation for library class {t.name}")
        if st.is_top(t):
            return ANYREF  # primitives are boxed on the way in (lowering/boxing.py)
        if t is st.NULL:
            return RefType(NONE, nullable=True)
        return None

    def results(self, t: st.Type) -> tuple:
        vt = self.valtype(t)
        return () if vt is None else (vt,)

    def storage(self, t: st.Type):
        """Array element storage: Boolean and Byte pack into i8, Short and Char into i16."""
        if t in (st.BOOLEAN, st.BYTE):
            return I8
        if t in (st.SHORT, st.CHAR):
            return I16
        return self.valtype(t)

    def array_type(self, element: st.Type) -> TypeId:
        element = erase(element)  # an `Array[T]` is an array of anyref, `Array[Box[Int]]` one of Boxes
        if self.lowering is not None:
            self.lowering.record("array_type", element)
        tid = self._arrays.get(element)
        if tid is None:
            if _program_independent(element):
                tid = self.shared.id(("type", "array", element), lambda: TypeId(f"Array[{element.name}]"))
            else:
                tid = TypeId(f"Array[{element.name}]")
            self._arrays[element] = tid  # before the element type: nested arrays refer back to it
            # Not final: the Vector of the same elements is its subtype (see vector_type).
            self._add(tid, ArrayType(FieldType(self.storage(element), mutable=True)), final=False)
        return tid

    def vector_type(self, element: st.Type) -> TypeId:
        """The array a Vector (an IndexedSeq) of these elements is made as: a subtype of the Array's, so that every
        array operation takes it as it is, while a value held as Any still knows it is a Vector (printed
        `Vector(1, 2)`, compared and hashed as a Seq) and not an array (`[I@1b6d3586`, compared by identity)."""
        element = erase(element)
        if self.lowering is not None:
            self.lowering.record("vector_type", element)
        tid = self._vectors.get(element)
        if tid is None:
            parent = self.array_type(element)
            if _program_independent(element):
                tid = self.shared.id(("type", "vector", element), lambda: TypeId(f"Vector[{element.name}]"))
            else:
                tid = TypeId(f"Vector[{element.name}]")
            self._vectors[element] = tid
            self._add(tid, ArrayType(FieldType(self.storage(element), mutable=True)), supertype=parent)
        return tid

    def made_vector_type(self, element: st.Type) -> TypeId:
        """vector_type, for code that makes a Vector (the dispatchers over values held as Any test these only)."""
        element = erase(element)
        if self.lowering is not None:
            self.lowering.record("made_vector_type", element)
        tid = self.made_vectors[element] = self.vector_type(element)
        return tid

    def allocated_array_type(self, t: st.ArrayType) -> TypeId:
        """The array type a new array of Scala type t is made with: a Vector's own for an IndexedSeq, the
        Array[Char]'s own for chars (see char_array_type)."""
        if t.is_seq:
            return self.made_vector_type(t.element)
        if erase(t.element) is st.CHAR:
            return self.char_array_type()
        return self.array_type(t.element)

    def char_array_type(self) -> TypeId:
        """The array an Array[Char] is made as: a subtype of the String's array, so that every operation on chars
        takes a String and an Array[Char] alike (`new String(chars)` is one array.copy), while an Array[Char] held as
        Any is told from a String, as on the JVM: it is no `String` to `isInstanceOf` or a match, prints as
        `[C@hash` and equals only itself. Strings are made as the parent type (literals, builders, copies)."""
        if self.lowering is not None:
            self.lowering.record("char_array_type")
        if self._char_array is None:
            tid = self.shared.id(("type", "CharArray"), lambda: TypeId("Array[Char]"))
            self._char_array = self._add(tid, ArrayType(FieldType(I16, mutable=True)), supertype=self.string)
        return self._char_array

    def wrapped_array_type(self) -> TypeId:
        """A WrappedArray (`arr.toSeq`, or `arr.deep`): a struct holding the array, of any element type, so that it
        shares the array's elements while a value held as Any is told from the bare array (printed
        `WrappedArray(1, 2)`, compared and hashed as a Seq)."""
        if self.lowering is not None:
            self.lowering.record("wrapped_array_type")
        if self.wrapped_array is None:
            tid = self.shared.id(("type", "WrappedArray"), lambda: TypeId("WrappedArray"))
            self.wrapped_array = self._add(tid, StructType([
                ("array", FieldType(RefType(ARRAY, nullable=True), mutable=False)),
                ("deep", FieldType(I32, mutable=False)),  # 1 for `arr.deep` (printed `Array(...)`, nested arrays deep)
            ]))
        return self.wrapped_array

    def class_type(self, cls: ClassSymbol) -> TypeId:
        """A class's struct (lowering.dispatch lays it out); a trait's values are `$Object`s."""
        if self.lowering is not None:
            self.lowering.record("class_type", cls)  # (this module's own: see codegen.MODULE_LOCAL)
        tid = self._classes.get(cls)
        if tid is None:
            if cls.is_trait:
                return self.lowering.object_type()
            tid = self._classes[cls] = self.lowering.class_struct(cls)
            # Filled once the outermost request is done: a class's layout and vtable may name a class whose own
            # vtable extends this one's (a method of JsonValue returning a JsonObject), and only the id is needed.
            self._unfilled.append((cls, tid))
            if len(self._unfilled) == 1:
                while self._unfilled:
                    self.lowering.fill_class_struct(*self._unfilled[0])
                    self._unfilled.pop(0)
        return tid

    def allocator_type(self) -> TypeId:
        """A memory scope's allocator: its scope id, and whether the scope has ended."""
        if self.lowering is not None:
            self.lowering.record("unshareable")
        if self._allocator is None:
            self._allocator = self._add(TypeId("MemoryAllocator"), StructType([
                ("scope", FieldType(I32, mutable=False)),
                ("ended", FieldType(I32, mutable=True)),
            ]))
        return self._allocator

    def segment_type(self) -> TypeId:
        """A segment: where it starts in linear memory, how many bytes, and the allocator whose scope owns it."""
        if self.lowering is not None:
            self.lowering.record("unshareable")
        if self._segment is None:
            self._segment = self._add(TypeId("MemorySegment"), StructType([
                ("start", FieldType(I32, mutable=False)),
                ("size", FieldType(I32, mutable=False)),
                ("allocator", FieldType(RefType(self.allocator_type(), nullable=False), mutable=False)),
            ]))
        return self._segment

    @staticmethod
    def array_get_op(element: st.Type) -> str:
        if element in (st.BYTE, st.SHORT):
            return "array.get_s"
        if element in (st.BOOLEAN, st.CHAR):
            return "array.get_u"
        return "array.get"


def _program_independent(t: st.Type) -> bool:
    """A type whose Wasm form is the same in every program (no user class inside)."""
    while isinstance(t, st.ArrayType):
        t = t.element
    return not isinstance(t, st.ClassType)
