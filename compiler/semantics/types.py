"""Scala types of the subset, and Scala's rules relating them: numeric widening, promotion, conformance."""
from __future__ import annotations

from dataclasses import dataclass


class Type:
    """Base of all types; instances are interned or compared structurally."""

    name = "?"

    def __repr__(self) -> str:
        return self.name

    @property
    def is_numeric(self) -> bool:
        return False

    @property
    def is_reference(self) -> bool:
        return False


class PrimType(Type):
    def __init__(self, name: str, rank: int = -1) -> None:
        self.name = name
        self.rank = rank  # position in the widening chain Byte < Short < Int < Long < Float < Double; -1: none

    @property
    def is_numeric(self) -> bool:
        return self.rank >= 0


UNIT = PrimType("Unit")
BOOLEAN = PrimType("Boolean")
BYTE = PrimType("Byte", 0)
SHORT = PrimType("Short", 1)
CHAR = PrimType("Char", 1)  # ranks with Short, but neither widens to the other
INT = PrimType("Int", 2)
LONG = PrimType("Long", 3)
FLOAT = PrimType("Float", 4)
DOUBLE = PrimType("Double", 5)
NOTHING = PrimType("Nothing")
NULL = PrimType("Null")
ERROR = PrimType("<error>")  # the type of an expression already reported as wrong; silences follow-up errors


class StringType(Type):
    name = "String"

    @property
    def is_reference(self) -> bool:
        return True


STRING = StringType()


class StructuralType(Type):
    """A reference type built from other types (arrays, functions, tuples): a frozen dataclass, compared by its
    parts, shown by its name."""

    def __repr__(self) -> str:
        return self.name

    @property
    def is_reference(self) -> bool:
        return True


@dataclass(frozen=True, eq=True, repr=False)
class ArrayType(StructuralType):
    """`Array[T]`; with is_seq, the `IndexedSeq[T]` that `for`/`yield` and `map` over a range give (Scala builds a
    Vector): an array too at run time, but a different type, printed `Vector(1, 2)`, with no `update`."""

    element: Type
    is_seq: bool = False

    @property
    def name(self) -> str:  # type: ignore[override]
        return f"{'IndexedSeq' if self.is_seq else 'Array'}[{self.element.name}]"


@dataclass(frozen=True, eq=True, repr=False)
class FunctionType(StructuralType):
    """`(A, B) => C`: a function value. Compared structurally, so every `Int => Int` is one type.

    Its Wasm form is chosen by the lowering from the parameter and result types (primitives stay unboxed); a
    generic (erased) parameter will lower to a reference there, which needs no change here."""

    params: tuple
    result: Type

    @property
    def name(self) -> str:  # type: ignore[override]
        if len(self.params) == 1 and not isinstance(self.params[0], (FunctionType, TupleType)):
            return f"{self.params[0].name} => {self.result.name}"
        return f"({', '.join(p.name for p in self.params)}) => {self.result.name}"


@dataclass(frozen=True, eq=True, repr=False)
class TupleType(StructuralType):
    """`(A, B)`: a tuple of two or more elements, compared structurally."""

    elements: tuple

    @property
    def name(self) -> str:  # type: ignore[override]
        return f"({', '.join(e.name for e in self.elements)})"


class TopType(Type):
    """`Any`, `AnyRef` (`Object`) and `AnyVal`: at run time one `anyref` (primitives boxed when they flow in)."""

    def __init__(self, name: str, holds_null: bool) -> None:
        self.name = name
        self.holds_null = holds_null

    @property
    def is_reference(self) -> bool:
        # Any and AnyRef hold null (`val x: Any = null`); AnyVal does not, though it is a reference in Wasm too.
        return self.holds_null


ANY = TopType("Any", True)
ANYREF = TopType("AnyRef", True)
ANYVAL = TopType("AnyVal", False)
TOP_TYPES_BY_NAME: dict[str, Type] = {"Any": ANY, "AnyRef": ANYREF, "Object": ANYREF, "AnyVal": ANYVAL,
                                      "scala.Any": ANY, "scala.AnyRef": ANYREF, "scala.AnyVal": ANYVAL,
                                      "java.lang.Object": ANYREF}


class BoxedType(TopType):
    """`java.lang.Integer` and the other boxes as a type: an AnyRef (null included) whose values are the boxes of
    one primitive, the same `Box.Int` struct an Int in an Any is. Scala's Predef converts to and from the primitive
    where the types ask for it (`semantics/boxes.py`)."""

    def __init__(self, name: str, primitive: PrimType) -> None:
        super().__init__(name, True)
        self.primitive = primitive


BOXED_TYPES: dict[PrimType, BoxedType] = {
    p: BoxedType(f"java.lang.{n}", p) for p, n in ((INT, "Integer"), (LONG, "Long"), (SHORT, "Short"),
                                                   (BYTE, "Byte"), (CHAR, "Character"), (BOOLEAN, "Boolean"),
                                                   (DOUBLE, "Double"), (FLOAT, "Float"))}
for _boxed in BOXED_TYPES.values():
    TOP_TYPES_BY_NAME[_boxed.name] = _boxed
TOP_TYPES_BY_NAME["Integer"] = BOXED_TYPES[INT]  # (java.lang._ is imported; Boolean, Long... are scala's)
TOP_TYPES_BY_NAME["Character"] = BOXED_TYPES[CHAR]


def is_top(t: Type) -> bool:
    return isinstance(t, TopType)


def is_value_type(t: Type) -> bool:
    """The primitives a box carries when they flow into a top type (Unit too, as BoxedUnit)."""
    return isinstance(t, PrimType) and t not in (NOTHING, NULL, ERROR)


class ClassType(Type):
    """A user class (or a library class such as MemorySegment); one instance per class symbol."""

    def __init__(self, name: str, symbol: object = None) -> None:
        self.name = name
        self.symbol = symbol

    @property
    def is_reference(self) -> bool:
        return True


class AppliedType(ClassType):
    """A generic class applied to type arguments (`Box[Int]`). Its symbol's own `tpe` (the plain ClassType) stands
    for the class applied to its own type parameters, as `this` sees it. At run time the class's struct."""

    def __init__(self, symbol: object, args: tuple) -> None:
        shown = getattr(symbol, "display_name", None) or symbol.name  # a library class: the name Scala shows
        super().__init__(f"{shown}[{', '.join(a.name for a in args)}]", symbol)
        self.args = tuple(args)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AppliedType) and other.symbol is self.symbol and other.args == self.args

    def __hash__(self) -> int:
        return hash((id(self.symbol), self.args))


class InnerType(ClassType):
    """An inner class of a generic class seen from outside it (`d.head` of a `d: Dict[Int]` whose `class Entry(val
    value: V)`): the plain class at run time and for conformance, with what its enclosing classes' type parameters
    are here (outer_args: (parameter, argument) pairs), so that its members read as `head.value: Int`."""

    def __init__(self, symbol: object, outer_args: tuple) -> None:
        super().__init__(symbol.tpe.name, symbol)
        self.outer_args = tuple(outer_args)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, InnerType) and other.symbol is self.symbol and other.outer_args == self.outer_args

    def __hash__(self) -> int:
        return hash((id(self.symbol), self.outer_args))


class TypeParamType(TopType):
    """A type parameter (`T` of `class Box[T]` or `def id[T]`): erased to `anyref` at run time, so it lowers as a
    top type does (primitives boxed on the way in, unboxed where it is used at a primitive type). Compared by
    identity; `null` does not conform to it (Scala's rule, unless its lower bound is Null)."""

    def __init__(self, name: str, owner: object = None, variance: str = "", span: object = None) -> None:
        super().__init__(name, False)
        self.owner = owner  # the class or method symbol that declares it
        self.variance = variance  # "+", "-" or ""
        self.upper: Type = ANY
        self.lower: Type = NOTHING
        self.span = span
        self.context: list = []  # context bounds (`T: ClassTag`), as resolved types

    @property
    def is_reference(self) -> bool:
        return self.lower is NULL


def own_type_args(t: "ClassType") -> tuple:
    """The type arguments of a class type: its own type parameters for the class's plain type (as `this` sees it)."""
    if isinstance(t, AppliedType):
        return t.args
    return tuple(getattr(t.symbol, "type_params", None) or ())


def base_type_args(t: "ClassType", target_symbol) -> tuple | None:
    """The type arguments of `target_symbol` in class type t's ancestry (`IntBox` seen as a `Box` gives (Int,)),
    or None when target_symbol is not generic or not an ancestor."""
    sym = t.symbol
    if sym is target_symbol:
        return own_type_args(t)
    from .generics import substitute  # the substitution lives with the rest of the generics
    mapping = dict(zip(getattr(sym, "type_params", None) or (), own_type_args(t)))
    for parent, args in (getattr(sym, "parent_args", None) or {}).items():
        parent_type = AppliedType(parent, tuple(substitute(a, mapping) for a in args)) if args else parent.tpe
        found = base_type_args(parent_type, target_symbol)
        if found is not None:
            return found
    for parent in getattr(sym, "linearization", None) or ():
        if parent is target_symbol and not getattr(parent, "type_params", None):
            return ()
    return None


def _args_conform(source: "ClassType", target: "AppliedType") -> bool:
    args = base_type_args(source, target.symbol)
    if args is None or len(args) != len(target.args):
        return args is not None and not target.args
    for a, b, p in zip(args, target.args, getattr(target.symbol, "type_params", ()) or ()):
        variance = getattr(p, "variance", "")
        if variance == "+":
            ok = conforms(a, b)
        elif variance == "-":
            ok = conforms(b, a)
        else:
            ok = a == b or (conforms(a, b) and conforms(b, a) and not (a.is_numeric or b.is_numeric))
        if not ok:
            return False
    return True


PRIMITIVES_BY_NAME: dict[str, Type] = {
    t.name: t for t in (UNIT, BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE, NOTHING, NULL)
}
PRIMITIVES_BY_NAME["String"] = STRING

# What each numeric type widens to (Scala's weak conformance), excluding itself.
_WIDENS_TO: dict[Type, tuple[Type, ...]] = {
    BYTE: (SHORT, INT, LONG, FLOAT, DOUBLE),
    SHORT: (INT, LONG, FLOAT, DOUBLE),
    CHAR: (INT, LONG, FLOAT, DOUBLE),
    INT: (LONG, FLOAT, DOUBLE),
    LONG: (FLOAT, DOUBLE),
    FLOAT: (DOUBLE,),
    DOUBLE: (),
}


def widens_to(source: Type, target: Type) -> bool:
    return target in _WIDENS_TO.get(source, ())


def is_integral(t: Type) -> bool:
    return t in (BYTE, SHORT, CHAR, INT, LONG)


def promote(a: Type, b: Type) -> Type:
    """Binary numeric promotion: the type both operands of an arithmetic operator are converted to."""
    if DOUBLE in (a, b):
        return DOUBLE
    if FLOAT in (a, b):
        return FLOAT
    if LONG in (a, b):
        return LONG
    return INT


def unary_promote(a: Type) -> Type:
    return a if a in (LONG, FLOAT, DOUBLE) else INT


def conforms(source: Type, target: Type) -> bool:
    """Whether a value of `source` may stand where `target` is expected without conversion code."""
    if source is target or source == target:
        return True
    if source is NOTHING or source is ERROR or target is ERROR:
        return True
    if source is NULL and target.is_reference:
        return True
    if isinstance(target, TypeParamType):
        return target.lower is not NOTHING and conforms(source, target.lower)
    if isinstance(source, TypeParamType):
        return target is ANY or conforms(source.upper, target)
    if isinstance(source, ClassType) and isinstance(target, ClassType):
        if target.symbol not in _ancestors(source):
            return False
        if isinstance(target, AppliedType) or (isinstance(source, AppliedType) and source.symbol is target.symbol):
            return _args_conform(source, target if isinstance(target, AppliedType)
                                 else AppliedType(target.symbol, own_type_args(target)))
        return True
    if target is ANY:
        return True
    if target is ANYREF:
        # (a universal trait, java.lang.Comparable for one, extends Any: scalac's "Comparable extends Any, not
        # AnyRef", so a `K <: Comparable[K]` is no AnyRef either)
        return source.is_reference and source is not ANY and not getattr(getattr(source, "symbol", None),
                                                                          "universal", False)
    if target is ANYVAL:
        return is_value_type(source) or source is ANYVAL
    return False


def _ancestors(t: "ClassType") -> list:
    """The class symbols a class type conforms to (its linearisation, itself first)."""
    return getattr(t.symbol, "linearization", None) or [t.symbol]


def lub(a: Type, b: Type) -> Type | None:
    """The type of `if (c) a else b`: the wider numeric type, the non-Nothing side, or None when unrelated."""
    if a == b:
        return a
    if a is ERROR or b is ERROR:
        return ERROR
    if a is NOTHING:
        return b
    if b is NOTHING:
        return a
    if a is NULL and b.is_reference:
        return b
    if b is NULL and a.is_reference:
        return a
    if a.is_numeric and b.is_numeric:
        if widens_to(a, b):
            return b
        if widens_to(b, a):
            return a
        return promote(a, b)  # Char and Short meet at Int
    if isinstance(a, ClassType) and isinstance(b, ClassType):
        # The first class of a's linearisation that b also derives from (Scala would form `A with T` where several
        # traits are shared; the nearest one is what the subset can represent).
        shared = _ancestors(b)
        for sym in _ancestors(a):
            if sym in shared:
                return _applied_lub(sym, a, b)
    return top_lub(a, b)


def _applied_lub(sym, a: "ClassType", b: "ClassType") -> Type:
    """The shared ancestor sym with the type arguments both sides give it: `Some[Int]` and `None` meet at
    `Option[Int]` (Nothing gives way; a covariant argument takes the arguments' lub; an invariant one must
    agree, else the class is left raw)."""
    params = getattr(sym, "type_params", None)
    if not params:
        return sym.tpe
    left, right = base_type_args(a, sym), base_type_args(b, sym)
    if left is None or right is None or len(left) != len(params) or len(right) != len(params):
        return sym.tpe
    # an empty collection (`Map()`, `Set()`: all its arguments Nothing) takes the other side's, as the library's
    # factories and `if (c) Map(k -> v) else Map()` need (erased alike at run time)
    if all(y is NOTHING for y in right):
        return AppliedType(sym, tuple(left))
    if all(x is NOTHING for x in left):
        return AppliedType(sym, tuple(right))
    args = []
    for p, x, y in zip(params, left, right):
        if x == y:
            args.append(x)
        elif getattr(p, "variance", "") == "+":
            joined = lub(x, y)
            if joined is None:
                return sym.tpe
            args.append(joined)
        elif getattr(sym, "from_prelude", False):
            return None  # (a library collection's raw type would stand for none of them: `Map(1 -> "a")` and
            # `Map("b" -> 2)` meet nowhere the subset can represent; Scala's lub is an existential type)
        else:
            return sym.tpe
    return AppliedType(sym, tuple(args))


def top_lub(a: Type, b: Type) -> Type:
    """Where two types meet only in the top types: AnyVal for two value types, AnyRef for two references (Null
    joins a reference), Any otherwise."""
    if (is_value_type(a) or a is ANYVAL) and (is_value_type(b) or b is ANYVAL):
        return ANYVAL
    if (a.is_reference or a is NULL) and (b.is_reference or b is NULL) and ANY not in (a, b):
        return ANYREF
    return ANY
