"""The project's own syntax tree: plain dataclasses, every node with its source span, no types.

Semantic facts (types, resolved symbols) live beside the tree in `semantics.model.SemanticModel`, keyed by node
identity; nodes therefore compare and hash by identity (`eq=False`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..source import Span


@dataclass(eq=False)
class Node:
    span: Span


# ---------------------------------------------------------------------------------------------------- types


@dataclass(eq=False)
class TypeRef(Node):
    """A written type: `Int`, `Array[Int]`, `MemorySegment`, `scala.Int` (name is the last segment)."""

    name: str
    args: list["TypeRef"] = field(default_factory=list)
    qualifier: list[str] = field(default_factory=list, kw_only=True)  # `a.b` of `a.b.T`: a package or an object path


@dataclass(eq=False)
class KnownType(TypeRef):
    """A type the compiler writes into code it generates (a library template's element type), already resolved:
    `ArrayBuffer[Int]` or `(Int, String)` as the typer knows them, whatever name could spell them."""

    resolved: object = None


@dataclass(eq=False)
class UnsupportedType(TypeRef):
    """A written type outside the subset (tuple, refinement, ...): already reported; later passes stay silent.

    name is "<unsupported>" and what names the construct, as in `Unsupported`."""

    what: str = ""


# ---------------------------------------------------------------------------------------------------- definitions


@dataclass(eq=False)
class Annotation(Node):
    """`@Name(args)`; for example `@WasmImport("env", "f")`."""

    name: str
    args: list["Expr"] = field(default_factory=list)


@dataclass(eq=False)
class TypeParam(Node):
    """A type parameter as written: `+T <: Upper >: Lower : Context` (variance "+", "-" or "")."""

    name: str
    variance: str = ""
    upper: "TypeRef | None" = None
    lower: "TypeRef | None" = None
    context: list["TypeRef"] = field(default_factory=list)  # context bounds `T: ClassTag`


@dataclass(eq=False)
class Param(Node):
    name: str
    name_span: Span
    tpe: TypeRef | None  # None only for lambda parameters written without a type
    default: "Expr | None" = None  # `x: Int = 3`: evaluated at each call that leaves the argument out
    implicit: bool = False  # of an `(implicit ...)` list: a call that leaves it out gets the implicit value in scope


@dataclass(eq=False)
class ClassParam(Param):
    binding: str | None = None  # "val", "var" or None for a plain constructor parameter
    access: str | None = None  # "private", "protected", "private[X]", ... or None (public)
    modifiers: list[str] = field(default_factory=list)  # `override`, `final` of a `val`/`var` parameter


@dataclass(eq=False)
class DefDef(Node):
    """`def name(params): Ret = body`. params is None for a method written without parentheses (`def value: Int`)."""

    name: str
    name_span: Span
    params: list[Param] | None
    ret: TypeRef | None
    body: "Expr | None"
    annotations: list[Annotation] = field(default_factory=list)
    modifiers: list[str] = field(default_factory=list)
    type_params: list[TypeParam] = field(default_factory=list)
    param_groups: list[int] | None = None  # sizes of the parameter lists when there are several (curried)

    def __getattr__(self, name: str):
        # Only for what the instance lacks: the body of a method that an edit moved is copied with moved spans when
        # first read (syntax/reuse.py), since an analysis after an edit may never read an unchanged method's body.
        if name == "body":
            from .reuse import moved_body

            return moved_body(self)
        raise AttributeError(name)

    def __getstate__(self):
        # Pickled (the build cache) or copied: with its body, not with the pending move (which may be a closure),
        # nor with its part of the outline (syntax/outline.py: made again when asked for).
        if "_moved_body" in self.__dict__:
            self.body  # noqa: B018  (copies it)
        if "_outline" in self.__dict__:
            return {k: v for k, v in self.__dict__.items() if k != "_outline"}
        return self.__dict__


@dataclass(eq=False)
class ValDef(Node):
    """`val`/`var` definition, as an object or class member or as a local statement."""

    name: str
    name_span: Span
    tpe: TypeRef | None
    rhs: "Expr | None"
    mutable: bool
    modifiers: list[str] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)


@dataclass(eq=False)
class ObjectDef(Node):
    name: str
    name_span: Span
    body: list["Stat"]
    annotations: list[Annotation] = field(default_factory=list)
    modifiers: list[str] = field(default_factory=list)  # added by the parser: "case", "private", ...
    parents: list["TypeRef"] = field(default_factory=list)  # `extends A(args) with T with U`: A, T, U
    super_args: list["Expr"] | None = None  # the arguments of the first parent's constructor, when written


@dataclass(eq=False)
class ClassDef(Node):
    name: str
    name_span: Span
    params: list[ClassParam]
    body: list["Stat"]
    modifiers: list[str] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    type_params: list[TypeParam] = field(default_factory=list)
    parents: list["TypeRef"] = field(default_factory=list)  # `extends A(args) with T with U`: A, T, U
    super_args: list["Expr"] | None = None  # the arguments of the first parent's constructor, when written
    self_name: str | None = None  # `{ self: T => ... }`: the alias of `this` (None for `this:` or none written)
    self_type: "TypeRef | None" = None  # the self type T, when written (the first of `A with B`)
    self_types: "list[TypeRef]" = field(default_factory=list)  # every class or trait the self type names


@dataclass(eq=False)
class TypeAlias(Node):
    """`type Name = Type` inside an object, a class or a block."""

    name: str
    name_span: Span
    rhs: TypeRef


@dataclass(eq=False)
class Import(Node):
    """`import a.b.c`, `import a.b._`, `import a.b.{c, d}`: path segments, and selectors (["_"] for a wildcard)."""

    path: list[str]
    selectors: list[str] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)  # `{B => C}`: selector -> local name ("_" hides it)


@dataclass(eq=False)
class Packaging(Node):
    """The definitions a file places in one package: `package a.b` clauses (chained or as blocks) lead here.

    name is the package (`["a", "b"]`, empty for the root); opened lists the packages whose members are visible
    without an import, innermost first: each clause opens its own package (`package a; package b` opens `a.b` and
    `a`, while `package a.b` opens only `a.b`)."""

    name: list[str]
    opened: list[list[str]]


@dataclass(eq=False)
class CompilationUnit(Node):
    package: list[str]
    imports: list[Import]
    defs: list["ObjectDef | ClassDef"]  # every top-level definition, whatever its package
    packagings: list[Packaging] = field(default_factory=list)  # the root packaging first
    def_packaging: list[int] = field(default_factory=list)  # for each of defs, its index in packagings

    def packaging_of(self, index: int) -> Packaging:
        """The packaging of defs[index] (the root one for a unit built without packagings)."""
        if index < len(self.def_packaging):
            return self.packagings[self.def_packaging[index]]
        return self.packagings[0] if self.packagings else Packaging(self.span, [], [])


# ---------------------------------------------------------------------------------------------------- expressions


@dataclass(eq=False)
class Expr(Node):
    pass


@dataclass(eq=False)
class Literal(Expr):
    """kind is one of int, long, float, double, char, string, boolean, null, unit.

    value: int for int/long (already range-checked), float for float/double, str for char/string, bool, None."""

    kind: str
    value: object


@dataclass(eq=False)
class Ident(Expr):
    name: str


@dataclass(eq=False)
class This(Expr):
    """`this`, or `Outer.this` (qualifier "Outer"): the instance of an enclosing class."""

    qualifier: str | None = None


@dataclass(eq=False)
class Super(Expr):
    """`super`, only as the qualifier of a selection: `super.m(args)`; `super[T].m(args)` names the parent T."""

    mix: str | None = None
    mix_span: Span | None = None


@dataclass(eq=False)
class Select(Expr):
    """`qualifier.name`, with no argument list: a field, a parameterless method, a constant like `Int.MaxValue`."""

    qualifier: Expr
    name: str
    name_span: Span


@dataclass(eq=False)
class TypeApply(Node):
    """`f[T]` without an argument list: a parameterless generic method given its type arguments."""

    fn: "Expr"
    type_args: list[TypeRef]


@dataclass(eq=False)
class Apply(Expr):
    """`fn(args)`: a method call, an array read `a(i)`, `Array(1, 2)`, `println(x)`."""

    fn: Expr
    args: list[Expr]
    type_args: list[TypeRef] = field(default_factory=list)  # `f[T](...)`, rarely used


@dataclass(eq=False)
class TypeTest(Expr):
    """`operand.isInstanceOf[T]` / `operand.asInstanceOf[T]` (name says which)."""

    operand: Expr
    name: str
    name_span: Span
    target: TypeRef


@dataclass(eq=False)
class Ascription(Expr):
    """`(operand: T)`: the operand typed as T (widened, or boxed into a top type)."""

    operand: Expr
    target: TypeRef


@dataclass(eq=False)
class New(Expr):
    """`new C(args)`, `new Array[Int](n)`."""

    tpe: TypeRef
    args: list[Expr]


@dataclass(eq=False)
class Infix(Expr):
    """`lhs op rhs` for every operator and for alphanumeric infix calls such as `0 until n`."""

    op: str
    op_span: Span
    lhs: Expr
    rhs: Expr


@dataclass(eq=False)
class Prefix(Expr):
    """`-x`, `+x`, `!b`, `~i`."""

    op: str
    operand: Expr


@dataclass(eq=False)
class Assign(Expr):
    """`target = value`; target is an Ident, a Select or an Apply (array element `a(i) = v`)."""

    target: Expr
    value: Expr


@dataclass(eq=False)
class CompoundAssign(Expr):
    """`target op= value` (`+=`, `-=`, `*=`, ...); op is the operator without `=`."""

    op: str
    target: Expr
    value: Expr


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
class DoWhile(Expr):
    """`do body while (cond)`: the body runs once before the first test."""

    body: Expr
    cond: Expr


@dataclass(eq=False)
class DefaultValue(Expr):
    """The `_` of `var x: T = _`: the zero of T (0, false, null)."""


@dataclass(eq=False)
class NamedArg(Expr):
    """`name = value` in an argument list: a named argument."""

    name: str
    name_span: Span
    arg: Expr


@dataclass(eq=False)
class Generator(Node):
    """`pattern <- source` in a `for`."""

    pattern: "Pattern"
    source: Expr


@dataclass(eq=False)
class ForValue(Node):
    """`pattern = value` in a `for`, after a generator."""

    pattern: "Pattern"
    value: Expr


@dataclass(eq=False)
class Guard(Node):
    """`if cond` in a `for`."""

    cond: Expr


@dataclass(eq=False)
class For(Expr):
    """`for (enumerators) body` or `for (enumerators) yield body`; the first enumerator is a Generator."""

    enumerators: list
    body: Expr
    is_yield: bool = False


@dataclass(eq=False)
class MethodValue(Expr):
    """`f _`: a method as a function value."""

    method: Expr


@dataclass(eq=False)
class Tuple(Expr):
    """`(a, b, ...)` with two or more items."""

    items: list[Expr]


@dataclass(eq=False)
class PatternValDef(Node):
    """`val (a, b) = rhs` / `var (a, b) = rhs` inside a block."""

    pattern: "Pattern"
    rhs: Expr
    mutable: bool


@dataclass(eq=False)
class Block(Expr):
    """`{ stats }`; the value is the last statement when it is an expression, else Unit."""

    stats: list["Stat"]


@dataclass(eq=False)
class Pattern(Node):
    pass


@dataclass(eq=False)
class LiteralPattern(Pattern):
    literal: Literal


@dataclass(eq=False)
class WildcardPattern(Pattern):
    pass


@dataclass(eq=False)
class BindPattern(Pattern):
    """A lower-case name that binds the scrutinee (`case k if k < 0`)."""

    name: str


@dataclass(eq=False)
class TuplePattern(Pattern):
    """`(p1, p2, ...)`."""

    elements: list[Pattern]


@dataclass(eq=False)
class ConstructorPattern(Pattern):
    """`P(p1, p2)`: a case class's constructor pattern (nested patterns for its fields); path ends with the name."""

    path: list[str]
    name_span: Span
    args: list[Pattern]


@dataclass(eq=False)
class TypedPattern(Pattern):
    """`x: T` or `_: T` (name None): matches values of type T and binds them as a T."""

    name: str | None
    name_span: Span
    tpe: TypeRef


@dataclass(eq=False)
class BinderPattern(Pattern):
    """`name @ pattern`: binds the value that the inner pattern matched."""

    name: str
    name_span: Span
    pattern: Pattern


@dataclass(eq=False)
class StableIdPattern(Pattern):
    """An upper-case name, a backquoted name or a qualified path (`Red`, `` `limit` ``, `Color.Red`): matches the
    values equal to what the name means."""

    path: list[str]


@dataclass(eq=False)
class AlternativePattern(Pattern):
    alternatives: list[Pattern]


@dataclass(eq=False)
class UnsupportedPattern(Pattern):
    """A pattern outside the subset (typed, extractor, tuple, ...): already reported; later passes stay silent."""

    what: str


@dataclass(eq=False)
class ErrorPattern(Pattern):
    """Where the parser found a syntax error inside a pattern: already reported."""


@dataclass(eq=False)
class Case(Node):
    pattern: Pattern
    guard: Expr | None
    body: Expr


@dataclass(eq=False)
class Match(Expr):
    scrutinee: Expr
    cases: list[Case]
    unchecked: bool = False  # `(x: @unchecked) match {...}`: no exhaustiveness warning


@dataclass(eq=False)
class SelfType(Node):
    """`self: T =>` / `self =>` / `this: T =>` at the start of a template body (taken into its ClassDef)."""

    name: str | None
    tpe: "TypeRef | None"
    types: "list[TypeRef]" = field(default_factory=list)  # every part of `A with B` (tpe is the first)


@dataclass(eq=False)
class NewAnonymous(Expr):
    """`new A(args) with T { body }`: an instance of an anonymous class, defn (named `$anon`, final, extending the
    parents with the arguments as the first one's); the typer numbers it in its file (`Main$$anon$2`,
    semantics/anonymous.py)."""

    defn: ClassDef


@dataclass(eq=False)
class Return(Expr):
    value: Expr | None


@dataclass(eq=False)
class Throw(Expr):
    value: Expr


@dataclass(eq=False)
class Try(Expr):
    """`try body catch { cases } finally finalizer`; cases is empty without `catch`."""

    body: Expr
    cases: list[Case]
    finalizer: Expr | None


@dataclass(eq=False)
class Interpolated(Expr):
    """`s"a $x b ${y + 1}"`: literal parts (already unescaped) interleaved with args; len(parts) == len(args) + 1."""

    interpolator: str
    parts: list[str]
    args: list[Expr]


@dataclass(eq=False)
class Lambda(Expr):
    """`{ a => body }` or `(a: T) => body`; the subset accepts it only as the argument of withMemoryAllocator."""

    params: list[Param]
    body: Expr


@dataclass(eq=False)
class Typed(Expr):
    """An expression the type checker has already typed, passed on as an argument (the receiver of a library method
    becomes its first argument). Never produced by the parser."""

    value: object  # a semantics.tir.Expr


@dataclass(eq=False)
class Unsupported(Expr):
    """A construct outside the subset, kept so the rest of the file is still analysed.

    what names the construct for the `unsupported` diagnostic (for example "try/catch", "lambda", "trait")."""

    what: str


@dataclass(eq=False)
class ErrorExpr(Expr):
    """Where the parser found a syntax error: the diagnostic is already reported; later passes stay silent here."""


Stat = Expr | ValDef | DefDef | ClassDef | ObjectDef | TypeAlias | Import
