"""The typed tree: what the type checker produces and code generation consumes.

Every node has its span and its Scala type; implicit conversions, operator promotion, string conversion and the
choice of builtin are all explicit here, so lowering never has to re-derive a Scala rule.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..source import Span
from .symbols import ClassSymbol, FieldSymbol, LocalSymbol, MethodSymbol, ObjectSymbol
from .types import Type


@dataclass(eq=False)
class Expr:
    span: Span
    tpe: Type


@dataclass(eq=False)
class Const(Expr):
    """A constant of a primitive type or String (value: int, float, bool, str) or null (value None)."""

    value: Any
    # False for a constant only this compiler folds: scalac 2 does not fold `.toFloat` and the other explicit
    # conversions, which decides how it computes an operator around them (see operators.jvm_operand_type).
    scalac_constant: bool = True


@dataclass(eq=False)
class UnitValue(Expr):
    pass


@dataclass(eq=False)
class LocalGet(Expr):
    sym: LocalSymbol


@dataclass(eq=False)
class LocalSet(Expr):
    sym: LocalSymbol
    value: Expr


@dataclass(eq=False)
class LocalDef(Expr):
    """`val x = e` / `var x = e` inside a block."""

    sym: LocalSymbol
    value: Expr


@dataclass(eq=False)
class GlobalGet(Expr):
    """An object's val/var."""

    sym: FieldSymbol


@dataclass(eq=False)
class GlobalSet(Expr):
    sym: FieldSymbol
    value: Expr


@dataclass(eq=False)
class This(Expr):
    cls: ClassSymbol


@dataclass(eq=False)
class SuperRef(This):
    """`super` as the receiver of `super.m(...)`: `this` (typed as its class, whose tables find the member); the
    call it receives is `direct`, to the next definition in the linearisation (or, in a trait, the class's).
    `super[T]` names the parent T (mix), whose own definition is called."""

    mix: Any = None


@dataclass(eq=False)
class AnyMember(Expr):
    """Any's own `toString`/`hashCode` of an object: what `super.toString` reaches when no parent overrides it."""

    name: str
    receiver: Expr


@dataclass(eq=False)
class FieldGet(Expr):
    obj: Expr
    sym: FieldSymbol


@dataclass(eq=False)
class FieldSet(Expr):
    obj: Expr
    sym: FieldSymbol
    value: Expr


@dataclass(eq=False)
class Call(Expr):
    """A call of a user method: receiver is None for a method of an object."""

    method: MethodSymbol
    receiver: Expr | None
    args: list[Expr]
    direct: bool = False  # `super.m(...)`: the named implementation, never the receiver's override


@dataclass(eq=False)
class NewObject(Expr):
    cls: ClassSymbol
    args: list[Expr]
    outer: Expr | None = None  # the enclosing instance of an inner class (evaluated first)


@dataclass(eq=False)
class InitParent(Expr):
    """In a class's initializer: the body of a parent's constructor (a superclass with the arguments of
    `extends A(args)`, or a trait with none) run on the object being built."""

    cls: ClassSymbol
    args: list[Expr]


@dataclass(eq=False)
class NewArray(Expr):
    """`new Array[T](n)`: elements take their default value, or `fill` (an array of a type parameter T with a
    ClassTag starts out holding T's zero: classtags.py)."""

    size: Expr
    fill: Expr | None = None


@dataclass(eq=False)
class ArrayLiteral(Expr):
    """`Array(a, b, c)`."""

    items: list[Expr]


@dataclass(eq=False)
class ArrayGet(Expr):
    array: Expr
    index: Expr


@dataclass(eq=False)
class ArraySet(Expr):
    array: Expr
    index: Expr
    value: Expr


@dataclass(eq=False)
class ArrayLength(Expr):
    array: Expr


@dataclass(eq=False)
class Convert(Expr):
    """A numeric conversion from value.tpe to tpe (widening, `toInt` and friends)."""

    value: Expr
    # The Double-to-Float narrowing after a Long op Float (computed in Double, as scalac does), which scalac leaves
    # out when the value is the operand of an operator computing in Double (`0.0 + (l - f)` keeps every Double
    # digit; `val d: Double = l - f` does not).
    elidable: bool = False


@dataclass(eq=False)
class Unary(Expr):
    """op: "-", "~" (integral) or "!" (Boolean); operand already promoted to tpe."""

    op: str
    operand: Expr


@dataclass(eq=False)
class Binary(Expr):
    """Arithmetic, bitwise, shift or comparison; both operands already converted to operand_type
    (for shifts: lhs has operand_type, rhs is Int or Long as written). tpe is the result (Boolean for comparisons)."""

    op: str
    operand_type: Type
    lhs: Expr
    rhs: Expr


@dataclass(eq=False)
class Logical(Expr):
    """Short-circuit `&&` / `||`."""

    op: str
    lhs: Expr
    rhs: Expr


@dataclass(eq=False)
class RefEquals(Expr):
    """Reference `==` / `!=` (class instances, arrays, comparisons with null); negate for `!=`."""

    lhs: Expr
    rhs: Expr
    negate: bool = False


@dataclass(eq=False)
class StringEquals(Expr):
    lhs: Expr
    rhs: Expr
    negate: bool = False


@dataclass(eq=False)
class StringConcat(Expr):
    """String `+` and `s"..."`: each part converted to its string form, then joined."""

    parts: list[Expr]


@dataclass(eq=False)
class ToString(Expr):
    """String.valueOf(value) for a value of any type."""

    value: Expr


@dataclass(eq=False)
class Builtin(Expr):
    """A library operation with a fixed lowering: name is e.g. "println", "print", "string.length",
    "string.charAt", "string.substring", "math.sqrt", "math.abs", "math.max", "sys.exit", "newString"."""

    name: str
    args: list[Expr]


@dataclass(eq=False)
class Box(Expr):
    """A primitive (Unit too) flowing into a top type: boxed; tpe is that top type (`lowering/boxing.py`)."""

    value: Expr


@dataclass(eq=False)
class Cast(Expr):
    """`value.asInstanceOf[tpe]` between references or out of a top type (unboxing into a primitive, where null
    gives the zero). An unchecked cast only changes the static type (an upcast, or an ascription `(s: Any)`); a
    checked one fails with the JVM's ClassCastException."""

    value: Expr
    checked: bool = True


@dataclass(eq=False)
class InstanceOf(Expr):
    """`value.isInstanceOf[target]` (value is a reference or boxed): false for null."""

    value: Expr
    target: Type


@dataclass(eq=False)
class Lambda(Expr):
    """A function value (`x => body`); tpe is its FunctionType. `locals` are those its body declares; the values it
    captures are found by the lowering (`lowering.closures`), once every local `def` it may call is typed."""
    params: list[LocalSymbol]
    body: Expr
    locals: list[LocalSymbol]
    owner: Any  # the class or object whose code it is part of (for `this`)


@dataclass(eq=False)
class CallValue(Expr):
    """`f(args)` where f is a function value: an indirect call (`call_ref`)."""
    fn: Expr
    args: list[Expr]


@dataclass(eq=False)
class NewTuple(Expr):
    """`(a, b)` and `a -> b`; tpe is a TupleType."""
    items: list[Expr]


@dataclass(eq=False)
class TupleGet(Expr):
    """`t._1` (index 0)."""
    value: Expr
    index: int


@dataclass(eq=False)
class If(Expr):
    cond: Expr
    then: Expr
    otherwise: Expr | None


@dataclass(eq=False)
class While(Expr):
    cond: Expr
    body: Expr


@dataclass(eq=False)
class ForRange(Expr):
    """`for (var <- start until/to end) body` over Int."""

    var: LocalSymbol
    start: Expr
    end: Expr
    inclusive: bool
    body: Expr
    step: int = 1  # a constant, never 0


@dataclass(eq=False)
class ForArray(Expr):
    var: LocalSymbol
    array: Expr
    body: Expr


@dataclass(eq=False)
class Block(Expr):
    stats: list[Expr]
    result: Expr | None  # None: the block's value is Unit


@dataclass(eq=False)
class MatchCase:
    span: Span
    values: list[Any]  # constants that select this case; empty for a wildcard or binding
    binding: LocalSymbol | None
    guard: Expr | None
    body: Expr


@dataclass(eq=False)
class Match(Expr):
    scrutinee: Expr
    temp: LocalSymbol  # holds the scrutinee while the cases are tried
    cases: list[MatchCase]


@dataclass(eq=False)
class Return(Expr):
    value: Expr | None


@dataclass(eq=False)
class Throw(Expr):
    """`throw value`: value is a throwable (or null, which throws a NullPointerException as on the JVM)."""

    value: Expr


@dataclass(eq=False)
class Try(Expr):
    """`try body catch {...} finally finalizer`. handler is the catch cases as one expression over `caught` (the
    thrown value), rethrowing when no case matches; both None without `catch`."""

    body: Expr
    caught: LocalSymbol | None
    handler: Expr | None
    finalizer: Expr | None


@dataclass(eq=False)
class Discard(Expr):
    """A value computed for its effect only (value discarding to Unit)."""

    value: Expr


@dataclass(eq=False)
class ErrorNode(Expr):
    """Stands for an expression already reported as wrong; never lowered (the build stops first)."""


@dataclass(eq=False)
class MemoryScope(Expr):
    """`withMemoryAllocator { allocator => body }`: a linear-memory scope, inlined; tpe is the body's type."""

    allocator: LocalSymbol
    body: Expr
    keyword_span: Span  # the `withMemoryAllocator` name, where diagnostics about the scope point


@dataclass(eq=False)
class Allocate(Expr):
    """`allocator.allocate(size)`."""

    allocator: Expr
    size: Expr
    proven_active: bool = False  # the lexically innermost scope's own allocator: no scope check needed


@dataclass(eq=False)
class SegmentAccess(Expr):
    """`segment.getInt(offset)` / `segment.setInt(offset, value)`: value_type is the accessed Scala type."""

    method: str  # e.g. "getInt", "setByte"
    value_type: Type
    segment: Expr
    offset: Expr
    value: Expr | None  # None for a get
    proven_alive: bool = False  # read through the val that holds a fresh allocation: its scope is active
    # Set by the range analysis (intrinsics/ranges.py); None: not analysed, or the access cannot be reached.
    offset_range: tuple[int, int] | None = None  # every offset it can be given
    size_range: tuple[int, int] | None = None  # every size its segment can have
    proven_in_bounds: bool = False  # every such offset fits every such size: no bounds check

    @property
    def is_set(self) -> bool:
        return self.value is not None


@dataclass(eq=False)
class SegmentField(Expr):
    """`segment.start` or `segment.size`."""

    field: str
    segment: Expr


@dataclass
class Program:
    """The typed program: its objects and classes, with typed bodies, and the entry point."""

    objects: dict[str, ObjectSymbol] = field(default_factory=dict)
    classes: dict[str, ClassSymbol] = field(default_factory=dict)
    main: MethodSymbol | None = None
    local_methods: list[MethodSymbol] = field(default_factory=list)  # `def`s inside blocks, lifted


_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}
# Fields declared with these types never hold a sub-expression: not looked at (every pass walks the whole tree).
_NEVER_CHILDREN = frozenset({"bool", "str", "int", "float", "Type", "Type | None", "str | None",
                             "tuple[int, int] | None", "LocalSymbol", "LocalSymbol | None", "list[LocalSymbol]",
                             "list[LocalSymbol] | None"})


def _child_fields(cls: type) -> tuple[str, ...]:
    declared = cls.__dataclass_fields__
    names = tuple(n for n, f in declared.items()
                  if n not in ("span", "tpe", "sym", "temp", "var", "cls", "method", "field", "keyword_span")
                  and str(f.type) not in _NEVER_CHILDREN)
    _CHILD_FIELDS[cls] = names
    return names


def children(node: Expr):
    """The direct sub-expressions of a typed node, in evaluation order (for passes that walk the tree)."""
    fields = _CHILD_FIELDS.get(type(node))
    if fields is None:
        fields = _child_fields(type(node))
    out = []
    values = node.__dict__
    for name in fields:
        value = values[name]
        if isinstance(value, Expr):
            out.append(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, Expr):
                    out.append(item)
                elif isinstance(item, MatchCase):
                    if item.guard is not None:
                        out.append(item.guard)
                    out.append(item.body)
    return out


def walk(node: Expr):
    """Every node of a typed tree, parents before children."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(children(n)))
