"""Symbols: what a name refers to after resolution (objects, classes, fields, methods, locals)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..source import Span
from ..syntax import ast
from .types import ClassType, Type


@dataclass(eq=False)
class Symbol:
    name: str
    span: Span  # where it is defined (the name), for go-to-definition

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name})"


@dataclass(eq=False, repr=False)
class LocalSymbol(Symbol):
    """A method parameter, a local val/var, a for-loop variable or a match binding."""

    tpe: Type
    mutable: bool = False
    is_param: bool = False
    by_name: bool = False  # a `=> T` parameter: tpe is `() => T`, and each read calls it
    boxed: bool = False  # a `var` that a closure or a local `def` captures: kept in a shared ref cell
    is_implicit: bool = False  # an `implicit val` or a parameter of an `(implicit ...)` list: an implicit value
    repeated: bool = False  # a method's last parameter `xs: T*`: a Seq[T] of the call's remaining arguments
    evidence_of: Any = None  # a hidden parameter holding this type parameter's ClassTag evidence (classtags.py)


@dataclass(eq=False, repr=False)
class FieldSymbol(Symbol):
    """A field of a class instance (constructor parameters included) or a val/var of an object (a global)."""

    owner: "ObjectSymbol | ClassSymbol"
    tpe: Type | None  # None until inferred from the initializer
    mutable: bool
    defn: Any = None  # ast.ValDef or ast.ClassParam
    index: int = 0  # position in the class's struct (class fields only)
    constant: Any = None  # folded value of a `val` with a constant initializer, or None
    initial: Any = None  # constant initial value of an object's val/var (the global's initializer), or None
    # Read by the object's initializer before its own definition: the JVM sees the default value there, so a
    # constant initializer cannot be the global's initial value.
    read_before_init: bool = False

    @property
    def inlined(self) -> bool:
        """A `final val` with a literal and no written type: a constant Scala inlines, whose reads do not
        initialise the object (any other val is read through its object, which runs the object's body first)."""
        defn = self.defn
        return (self.constant is not None and not self.mutable and defn is not None
                and "final" in getattr(defn, "modifiers", ()) and getattr(defn, "tpe", None) is None)

    overrides: Any = None  # the member of a parent this `val` overrides (or implements)

    @property
    def is_abstract(self) -> bool:
        return isinstance(self.defn, ast.ValDef) and self.defn.rhs is None

    @property
    def is_global(self) -> bool:
        return isinstance(self.owner, ObjectSymbol)

    @property
    def qualified_name(self) -> str:
        return f"{self.owner.name}.{self.name}"


@dataclass(eq=False, repr=False)
class MethodSymbol(Symbol):
    owner: "ObjectSymbol | ClassSymbol"
    params: list[LocalSymbol] | None  # None: declared without parentheses
    result: Type | None  # None until inferred from the body
    defn: Any = None  # ast.DefDef
    body: Any = None  # tir.Expr once typed
    locals: list[LocalSymbol] = field(default_factory=list)
    import_module: str | None = None  # @WasmImport(module, name)
    import_name: str | None = None
    is_local: bool = False  # a `def` inside a block: lifted, taking the locals it captures as extra arguments
    enclosing: Any = None  # a local def's enclosing lexical scope (semantics.context.Scope)
    local_index: int = 0  # a local def's number in the program, which keeps its lifted name unique
    is_constructor: bool = False  # an auxiliary constructor `def this(...)`: static, returns the new object
    self_local: LocalSymbol | None = None  # in an auxiliary constructor, the object being built (its `this`)
    overrides: "MethodSymbol | None" = None  # the member of a parent this one overrides (or implements)
    getter_of: "FieldSymbol | None" = None  # the `val` this method reads, when it implements a parent's `def`
    type_params: list = field(default_factory=list)  # a generic method's (types.TypeParamType), in order
    param_groups: tuple | None = None  # sizes of its parameter lists when several (`f(a)(b)`), else None
    lazy_cells: Any = None  # the getter of a `lazy val`: its (value, computed) fields (semantics/lazyvals.py)

    @property
    def is_abstract(self) -> bool:
        defn = self.defn
        # (a definition read from the build cache has its body apart, `_blob`: not unpickled to answer this; nor is
        # the body of one an edit moved, `_moved_body`, copied: syntax/reuse.py)
        state = getattr(defn, "__dict__", ())
        return defn is not None and "_blob" not in state and "_moved_body" not in state and \
            getattr(defn, "body", 1) is None and not self.is_constructor

    @property
    def root(self) -> "MethodSymbol":
        """The declaration that first introduced this method's slot (itself when it overrides nothing)."""
        method = self
        while method.overrides is not None:
            method = method.overrides
        return method

    @property
    def is_static(self) -> bool:
        return isinstance(self.owner, ObjectSymbol) or self.is_constructor

    @property
    def qualified_name(self) -> str:
        if self.is_local:
            return f"{self.owner.name}.{self.name}${self.local_index}"
        return f"{self.owner.name}.{self.name}"

    @property
    def param_types(self) -> list[Type]:
        return [p.tpe for p in self.params or ()]


@dataclass(eq=False, repr=False)
class ObjectSymbol(Symbol):
    defn: Any = None
    fields: dict[str, FieldSymbol] = field(default_factory=dict)
    methods: dict[str, MethodSymbol] = field(default_factory=dict)
    init: Any = None  # tir.Block of the initializer statements, once typed
    init_locals: list[LocalSymbol] = field(default_factory=list)
    needs_init: bool = False  # True when its initializer has effects beyond constants
    imports: list = field(default_factory=list)  # ast.Import statements in its body
    overloads: dict[str, list[MethodSymbol]] = field(default_factory=dict)  # name -> alternatives, when several
    outer: Any = None  # the object or class it is nested in, or None at the top level
    local_number: int = 0  # a class a block defines: scalac's `$N` in its JVM name (`Main$P$1`), else 0
    universal: bool = False  # a trait extending Any rather than AnyRef (java.lang.Comparable): no AnyRef
    is_app: bool = False  # `object O extends App`: its body is a synthesized main (semantics/apps.py)
    # An object that extends a class or traits is also an instance: of this class (`O$`, holding the parents), kept
    # in the global `instance`; the object's own members stay static and implement the parents' through bridges.
    module_class: "ClassSymbol | None" = None
    instance: FieldSymbol | None = None

    def every_method(self):
        """Each method it defines: every alternative of an overloaded name (`methods` holds only the first)."""
        for name, method in self.methods.items():
            for m in self.overloads.get(name) or (method,):
                if m.owner is self:
                    yield m


@dataclass(eq=False, repr=False)
class ClassSymbol(Symbol):
    defn: Any = None
    tpe: ClassType | None = None
    params: list[LocalSymbol] = field(default_factory=list)  # constructor parameters
    fields: dict[str, FieldSymbol] = field(default_factory=dict)
    methods: dict[str, MethodSymbol] = field(default_factory=dict)
    init: Any = None  # tir.Block: field initializers and body statements, in order
    init_locals: list[LocalSymbol] = field(default_factory=list)
    imports: list = field(default_factory=list)  # ast.Import statements in its body
    overloads: dict[str, list[MethodSymbol]] = field(default_factory=dict)  # name -> alternatives, when several
    outer: Any = None  # the object or class it is nested in, or None at the top level
    constructors: list[MethodSymbol] = field(default_factory=list)  # auxiliary constructors, in order
    # The hierarchy (semantics.hierarchy): the superclass (None: AnyRef), the traits written after it, Scala's
    # linearisation (this class first), and the struct's fields in order (the superclass's first).
    superclass: "ClassSymbol | None" = None
    traits: list["ClassSymbol"] = field(default_factory=list)
    linearization: list["ClassSymbol"] = field(default_factory=list)
    layout: list[FieldSymbol] = field(default_factory=list)
    # A trait's concrete fields live in each class that mixes the trait in: trait field -> the class's own copy
    # (or, for an abstract one, the class's val that implements it).
    trait_fields: dict = field(default_factory=dict)
    super_calls: list = field(default_factory=list)  # in a trait: the methods its code calls as `super.m(...)`
    module: Any = None  # the object this class is the instance class of (an object with parents), or None
    unknown_parent: bool = False  # a parent that did not resolve (already reported)
    module_vals: list = field(default_factory=list)  # (object's val, this instance class's copy of it)
    jvm_name: str | None = None  # a prelude class standing for a JVM one: that class's name (`java.lang.Error`)
    type_params: list = field(default_factory=list)  # a generic class's (types.TypeParamType), in order
    # The type arguments written on each generic parent (`extends Box[Int]`), in terms of this class's parameters.
    parent_args: dict = field(default_factory=dict)

    @property
    def modifiers(self) -> list[str]:
        return getattr(self.defn, "modifiers", None) or []

    @property
    def is_trait(self) -> bool:
        return "trait" in self.modifiers

    @property
    def is_abstract(self) -> bool:
        return "abstract" in self.modifiers or self.is_trait

    @property
    def is_final(self) -> bool:
        return "final" in self.modifiers

    def derives_from(self, other: "ClassSymbol") -> bool:
        return self is other or other in self.linearization
    # An inner class (nested in a class, or defined in a method of one) holds its enclosing instance, `Outer.this`,
    # in this field, given to its constructor as `outer_param` before the written parameters.
    outer_field: FieldSymbol | None = None
    outer_param: LocalSymbol | None = None
    # A class defined in a block: the block's scope, whose locals its code may use (captured into fields of each
    # instance, as a closure captures them); None for a class that is a member.
    local_scope: Any = None

    def every_method(self):
        """Each method it defines (not those it inherits): every alternative of an overloaded name (`methods` holds
        only the first), and the auxiliary constructors."""
        for name, method in self.methods.items():
            for m in self.overloads.get(name) or (method,):
                if m.owner is self:
                    yield m
        yield from self.constructors

    def alternatives(self, name: str) -> list[MethodSymbol]:
        """Every method of that name, own and inherited."""
        first = self.methods.get(name)
        return list(self.overloads.get(name) or ()) or ([first] if first is not None else [])


def binary_simple_name(sym) -> str:
    """A class's or object's part of its JVM name: its name, with scalac's `$N` for a class a block defines."""
    number = getattr(sym, "local_number", 0)
    if not number:
        return sym.name
    if sym.name.endswith("$"):  # an object defined in a block: `O$3$`
        return f"{sym.name[:-1]}${number}$"
    return f"{sym.name}${number}"
