"""Name resolution and type checking: the syntax tree in, the typed tree (tir) and diagnostics out.

Scala's rules for the subset live here and only here: numeric widening and promotion, literal narrowing, string
`+`, value discarding, `if`/blocks as expressions. Lowering receives every conversion spelled out. This module
enters definitions and types members, bodies and conversions; the typing rules of expressions are grouped by kind
in `members`, `operators` and `control`.
"""
from __future__ import annotations

import sys
from collections import ChainMap

from .. import diagnostics as codes
from ..diagnostics import DiagnosticSink, Related
from ..source import Span
from ..syntax import ast
from ..syntax.caseclasses import SyntheticSpan
from . import tir
from .anonymous import AnonymousClassTyping
from .anys import AnyTyping
from .builtins import SCALA_LIBRARY_NAMES
from .constants import NARROWABLE, convert_constant, to_f32
from .classes import ClassFormTyping
from .collections import RANGE, CollectionTyping
from .context import Context, Scope, is_imports, plain_constructor_param
from .comprehensions import ComprehensionTyping
from .control import ControlTyping
from .exceptions import ExceptionTyping
from .folds import FoldTyping, SequenceTyping
from .functions import FunctionTyping
from .generics import GenericTyping
from .hierarchy import HierarchyTyping
from .members import MemberTyping
from .operators import OperatorTyping
from .patterns import PatternTyping
from .implicits import ImplicitTyping
from .returns import NonLocalReturnTyping
from .selftypes import SelfTypeTyping
from .caseclasses import CaseClassTyping
from .classtags import ClassTagTyping
from .library_paths import LibraryPathTyping
from .multi_elements import MultiElementTyping
from .packages import ProgramScopes
from .apps import AppTyping, _names_app, defines_class_named
from .arraycopies import ArrayCopyTyping
from .extractors import ExtractorTyping
from .implicitclasses import ImplicitClassTyping, is_implicit_class
from .lazyvals import LazyValTyping, is_lazy
from .varargs import VarargTyping
from .symbols import ClassSymbol, FieldSymbol, LocalSymbol, MethodSymbol, ObjectSymbol
from .types import (FunctionType, TupleType, BOOLEAN, CHAR, DOUBLE, ERROR, FLOAT, INT, LONG, NOTHING, NULL, PRIMITIVES_BY_NAME, STRING, UNIT,
                    TOP_TYPES_BY_NAME, ArrayType, ClassType, Type, conforms, widens_to)


# Valid but deeply nested programs (a 3,000-term `1 + 1 + ...`) recurse once per level here and in the lowering.
# CPython 3.11+ keeps Python-to-Python calls off the C stack, so a higher limit is safe; past it, check_method
# reports the method instead of failing.
if sys.getrecursionlimit() < 30000:
    sys.setrecursionlimit(30000)


class Typer(MemberTyping, OperatorTyping, ControlTyping, FunctionTyping, ComprehensionTyping, ClassFormTyping,
            CollectionTyping, FoldTyping, SequenceTyping, PatternTyping, CaseClassTyping, ExceptionTyping, AnyTyping,
            HierarchyTyping, GenericTyping, AnonymousClassTyping, SelfTypeTyping, ImplicitTyping,
            NonLocalReturnTyping, ArrayCopyTyping, AppTyping, VarargTyping, LazyValTyping,
            ImplicitClassTyping, ExtractorTyping, ClassTagTyping, LibraryPathTyping,
            MultiElementTyping):
    def __init__(self, sink: DiagnosticSink, extensions: "list[TyperExtension] | None" = None) -> None:
        self.sink = sink
        self.program = tir.Program()
        self.extensions = extensions or []
        self._in_progress: set[object] = set()
        self.node_types: dict[ast.Node, Type] = {}  # for hover on arbitrary expressions
        self.references: list[tuple[Span, object]] = []  # (use span, symbol) for go-to-definition
        self.raw_generic_ok = False  # a generic class named without type arguments is fine here (`new a.Box(1)`)
        self.call_sites: dict = {}  # Apply span -> (written type arguments, expected type), for generic calls
        self.type_env: ChainMap = ChainMap()  # the type parameters in scope where types are resolved, by name
        self.type_aliases: dict[str, ast.TypeAlias] = {}  # `type T = ...` anywhere, by name
        self._resolving_aliases: set[str] = set()
        self.defaults: dict[ast.Param, tir.Expr] = {}  # default arguments, typed once where defined
        self.file_imports: list[ast.Import] = []
        # What the mixins work out once per class or node (each is asked again wherever the class is used).
        self.subclass_equals_known: dict = {}  # class -> whether a class below it has an equals of its own
        self.sealed_cases_known: dict = {}  # sealed class -> the values scalac lists for it (or None)
        self.anonymous_classes: dict = {}  # id of a `new T { ... }` node -> its class
        self.anonymous_order: dict = {}  # file index -> where its anonymous classes start, in order
        self.local_class_order: dict = {}  # file index -> where its blocks' classes start, by name, in order
        self.block_classes: list = []  # (a block's span, its classes by simple name)
        self.units: list = []  # the program's files, as check() was given them
        self.local_objects: dict = {}  # id of an object defined in a block -> its statements
        self.library_arguments = False  # matching the arguments of a prelude method (LibraryCalls.adapt)
        self.argument_ctx = None  # the context of the call whose arguments are being matched (LibraryCalls.adapt)
        self.argument_method = None  # ... its method and parameters (prelude/seq_kinds.py)
        self.argument_params = None
        self.curried_lists: dict = {}  # span of `f(a)` in `f(a)(b)` -> the argument lists written after it
        self.curried_taken: dict = {}  # span of `f(a)` -> how many of those its curried method took
        self.self_classes: dict = {}  # class -> the class its self type names (or None)
        self.deferred_bounds: list | None = None  # bounds checks waiting for the classes' parents (generics.py)
        self.discarded_spans: set = set()  # statements whose value is discarded (a `map` to Unit there is a loop)
        self.implicit_ctx: Context | None = None  # where the method or template being typed is (implicits.py)
        self.in_super_call = False  # typing `extends A(args)`, where the class's own members are not in scope
        self.non_local_keys: dict = {}  # method -> the local holding its non-local returns' key (returns.py)
        self.implicit_conversions: dict = {}  # id of an `implicit class` -> its conversion (implicitclasses.py)
        self.lazy_getters: dict = {}
        self.lazy_local_cells: dict = {}  # id of a block's lazy val getter -> its (value, computed) locals  # id of a member `lazy val` -> its getter (lazyvals.py)
        self.pattern_types: dict = {}  # id of a constructor or typed pattern -> the type it narrowed to (patterns.py)
        self.curried_expected: dict = {}  # span of `f(a)` in `f(a)(b)` -> the type expected of `f(a)(b)`
        self.method_value_spans: set = set()  # `f(a) _`: the spans of such `f(a)` (functions.partial_application)
        self.array_copy_sites: list = []  # calls given a copy of an `Array[Int]` for an `Array[T]` (arraycopies.py)
        self.scopes = ProgramScopes(lambda code, message, span: self.error(code, message, span))

    # ------------------------------------------------------------------------------------------ entry

    def check(self, units: list[ast.CompilationUnit]) -> tir.Program:
        self.units = units
        self.defines_app = defines_class_named(units, "App")
        self.file_imports = [imp for unit in units for imp in unit.imports]
        for unit in units:
            self.scopes.add_unit(unit)
        entered = [self.enter(unit) for unit in units]  # every file's names first: members may use any of them
        self.deferred_bounds = []
        for new_classes, new_objects in entered:
            self.enter_all_members(new_classes, new_objects)
        self.complete_hierarchies(list(self.program.classes.values()))
        self.check_deferred_bounds()
        for obj in list(self.program.objects.values()):
            self.check_object(obj)
        for cls in list(self.program.classes.values()):
            self.check_class(cls)
        self.check_array_copies()
        for ext in self.extensions:
            ext.finish(self)
        self.finish_hierarchies(list(self.program.classes.values()))
        self.check_self_types(list(self.program.classes.values()))
        self.program.main = self.find_main()
        # Uses inside generated members (a case class's toString reading its fields) are no one's to navigate.
        self.references = [r for r in self.references if not isinstance(r[0], SyntheticSpan)]
        return self.program

    def error(self, code: codes.Code, message: str, span: Span, related=(), fixes=()) -> tir.ErrorNode:
        self.sink.report(code, message, span, related, fixes)
        return tir.ErrorNode(span, ERROR)

    def unsupported(self, what: str, span: Span) -> tir.ErrorNode:
        return self.error(codes.UNSUPPORTED, f"{what} is not supported", span)

    # ------------------------------------------------------------------------------------------ symbols

    def enter(self, unit: ast.CompilationUnit) -> tuple[list[ClassSymbol], list[ObjectSymbol]]:
        """Enter a file's objects and classes, nested ones included; their members wait (`enter_all_members`) until
        every file's names are known. A top-level definition is known by its full name (`a.b.Main`, only `Main` in
        the root package) and in its package; a nested one by its simple name."""
        new_classes: list[ClassSymbol] = []
        new_objects: list[ObjectSymbol] = []
        # (definition, enclosing one, package of a top-level definition)
        pending: list[tuple[object, object, list[str] | None]] = [
            (defn, None, unit.packaging_of(i).name) for i, defn in enumerate(unit.defs)]
        while pending:
            defn, outer, package_name = pending.pop(0)
            if not isinstance(defn, (ast.ObjectDef, ast.ClassDef)):
                continue
            key = ".".join([*package_name, defn.name]) if package_name is not None else defn.name
            package = self.scopes.tree.package(package_name) if package_name is not None else None
            if isinstance(defn, ast.ObjectDef):
                if self._taken(key, defn.name_span, self.program.objects):
                    continue
                sym = obj = ObjectSymbol(defn.name, defn.name_span, defn=defn, outer=outer)
                self.program.objects[key] = obj
                if package is not None:
                    package.objects[defn.name] = obj
                new_objects.append(obj)
                parents = defn.parents
                if any(_names_app(p) for p in parents) and not self.defines_app:
                    obj.is_app = True  # `object Main extends App`: its body is main's (apps.py)
                    parents = [p for p in parents if not _names_app(p)]
                if parents:
                    new_classes.append(self.enter_module_class(obj, key, parents))
                if isinstance(outer, ClassSymbol) and any(isinstance(s, ast.ValDef) and s.mutable for s in defn.body):
                    self.unsupported("an object with `var`s inside a class (one per instance)", defn.name_span)
            else:
                if outer is None and "implicit" in defn.modifiers:
                    self.unsupported("an implicit class at the top level (it belongs in an object or a class)",
                                     defn.name_span)
                if self._taken(key, defn.name_span, self.program.classes):
                    continue
                sym = cls = ClassSymbol(defn.name, defn.name_span, defn=defn, outer=outer)
                cls.tpe = ClassType(defn.name, cls)
                cls.type_params = self.declare_type_params(cls, defn.type_params)
                self.program.classes[key] = cls
                if package is not None:
                    package.classes[defn.name] = cls
                new_classes.append(cls)
            pending.extend((s, sym, None) for s in defn.body if isinstance(s, (ast.ObjectDef, ast.ClassDef)))
        return new_classes, new_objects

    def enter_all_members(self, new_classes: list[ClassSymbol], new_objects: list[ObjectSymbol]) -> None:
        # Class members are entered once every class name is known (fields and parameters may have class types),
        # and every alias of a definition's body too (a class's fields may name an alias its companion defines).
        for defn in [*(c.defn for c in new_classes), *(o.defn for o in new_objects)]:
            for stat in getattr(defn, "body", ()):
                if isinstance(stat, ast.TypeAlias):
                    self.enter_type_alias(stat)
        for cls in new_classes:
            with self.in_type_env(cls):
                self.resolve_type_param_bounds(cls.type_params, cls.defn.type_params)
                self.enter_parents(cls)
                self.enter_class(cls)
        for obj in new_objects:
            self.enter_members(obj, obj.defn.body)

    def object_named(self, name: str, span: Span) -> ObjectSymbol | None:
        """The object a simple name means where span is: a top-level one through the file's packages and imports,
        else a nested one (known by its simple name)."""
        found = self.scopes.at(span).term(name)
        if isinstance(found, ObjectSymbol):
            return found
        return self.program.objects.get(name) or self.library_definition(name, False)

    def class_named(self, name: str, span: Span) -> ClassSymbol | None:
        if self.block_classes:
            local = self.block_class(name, span)
            if local is not None:
                return local
        return self.scopes.at(span).type(name) or self.program.classes.get(name) or self.library_definition(name, True)

    def library_definition(self, name: str, is_class: bool):
        """A class (or object) of Scala's library that the prelude writes (`List`, `None`), when the program has
        none of that name."""
        for ext in self.extensions:
            found = ext.library_definition(self, name, is_class)
            if found is not None:
                return found
        return None

    def _taken(self, name: str, span: Span, table: dict) -> bool:
        """A class and an object may share a name (companions); two classes or two objects may not, even nested in
        different definitions (the subset names nested definitions by their simple names)."""
        existing = table.get(name)
        if existing is not None:
            self.error(codes.DUPLICATE_DEFINITION, f"`{name.rpartition('.')[2]}` is already defined", span,
                       [Related(existing.span, f"`{name}` is first defined here")])
            return True
        return False

    def enter_class(self, cls: ClassSymbol) -> None:
        defn: ast.ClassDef = cls.defn
        for ext in self.extensions:
            ext.enter_class(self, cls)
        self.enter_outer_reference(cls)
        for p in defn.params:
            tpe = self.resolve_type(p.tpe) if p.tpe else ERROR
            cls.params.append(LocalSymbol(p.name, p.name_span, tpe, is_param=True, is_implicit=p.implicit))
            if p.name in cls.fields:
                self.error(codes.DUPLICATE_DEFINITION, f"`{p.name}` is already defined", p.name_span)
                continue
            cls.fields[p.name] = FieldSymbol(p.name, p.name_span, cls, tpe, p.binding == "var", defn=p,
                                             index=len(cls.fields))
        self.enter_class_evidence(cls)
        self.enter_members(cls, defn.body)

    def enter_members(self, owner, body: list) -> None:
        for stat in body:
            if is_lazy(stat):
                self.enter_lazy_val(owner, stat)
            elif isinstance(stat, ast.ValDef):
                if stat.name in owner.fields or stat.name in owner.methods:
                    self.error(codes.DUPLICATE_DEFINITION, f"`{stat.name}` is already defined", stat.name_span)
                    continue
                tpe = self.resolve_type(stat.tpe) if stat.tpe else None
                owner.fields[stat.name] = FieldSymbol(stat.name, stat.name_span, owner, tpe, stat.mutable,
                                                      defn=stat, index=len(owner.fields))
            elif isinstance(stat, ast.DefDef) and stat.name == "this":
                if isinstance(owner, ClassSymbol):
                    self.enter_constructor(owner, stat)
                else:
                    self.error(codes.SYNTAX_ERROR, "only a class has constructors", stat.name_span)
            elif isinstance(stat, ast.DefDef):
                if stat.name in owner.fields and not plain_constructor_param(owner.fields[stat.name]) \
                        and not stat.params:  # `val x` and `def x(v: V)` overload each other
                    self.error(codes.DUPLICATE_DEFINITION, f"`{stat.name}` is already defined", stat.name_span)
                    continue
                method = self.enter_method(owner, stat)
                first = owner.methods.get(stat.name)
                if first is None:
                    owner.methods[stat.name] = method
                    continue
                alternatives = owner.overloads.setdefault(stat.name, [first])
                twin = next((m for m in alternatives if m.params is not None and method.params is not None
                             and m.param_types == method.param_types), None)
                if twin is not None or method.params is None or first.params is None:
                    self.error(codes.DUPLICATE_DEFINITION, f"`{stat.name}` is already defined with these parameter "
                               "types", stat.name_span, [Related(first.span, "first defined here")])
                    continue
                alternatives.append(method)
            elif is_implicit_class(stat):
                self.enter_implicit_class(owner, stat)  # the class is entered with the others; its conversion here
            elif isinstance(stat, (ast.ClassDef, ast.ObjectDef)):
                continue  # entered with the top-level definitions
            elif isinstance(stat, ast.PatternValDef):
                self.unsupported("a pattern definition (`val (a, b) = ...`) in a class or object body; define "
                                 "the names one by one", stat.pattern.span)
            elif isinstance(stat, ast.TypeAlias):
                self.enter_type_alias(stat)
            elif isinstance(stat, ast.Import):
                owner.imports.append(stat)
            elif is_imports(stat):
                owner.imports.extend(stat.stats)  # `import a.b, c.d`

    def enter_type_alias(self, alias: ast.TypeAlias) -> None:
        """Aliases live in one namespace: two different aliases of one name are beyond the subset."""
        existing = self.type_aliases.get(alias.name)
        if existing is not None and existing is not alias:
            self.unsupported(f"a second type alias named `{alias.name}`", alias.name_span)
            return
        self.type_aliases[alias.name] = alias

    def enter_method(self, owner, defn: ast.DefDef) -> MethodSymbol:
        type_params = self.declare_type_params(None, defn.type_params)
        with self.type_params_in_scope(type_params):
            self.resolve_type_param_bounds(type_params, defn.type_params)
            method = self._enter_method(owner, defn)
        method.type_params = type_params
        for p in type_params:
            p.owner = method
        evidence = self.evidence_params(type_params)
        if evidence:
            method.params = [*(method.params or ()), *evidence]
        return method

    def _enter_method(self, owner, defn: ast.DefDef) -> MethodSymbol:
        params = None
        if defn.params is not None:
            params = []
            seen: set[str] = set()
            for p in defn.params:
                if p.name in seen:
                    self.error(codes.DUPLICATE_DEFINITION, f"parameter `{p.name}` is already defined", p.name_span)
                seen.add(p.name)
                if p.tpe is None:
                    self.error(codes.MISSING_TYPE, f"parameter `{p.name}` needs a type", p.name_span)
                by_name = p.tpe is not None and p.tpe.name == "=>" and len(p.tpe.args) == 1
                repeated = p.tpe is not None and p.tpe.name == "*" and len(p.tpe.args) == 1 \
                    and p is defn.params[-1] and not defn.param_groups
                if by_name:
                    tpe = FunctionType((), self.resolve_type(p.tpe.args[0]))
                elif repeated:  # `xs: Int*` is a Seq[Int] (varargs.py)
                    tpe = self.resolve_type(ast.TypeRef(p.tpe.span, "Seq", p.tpe.args))
                    if any(q.default is not None for q in defn.params):
                        self.error(codes.SYNTAX_ERROR, "a parameter section with a `*'-parameter is not allowed to "
                                   "have default arguments", p.name_span)
                else:
                    tpe = self.resolve_type(p.tpe) if p.tpe else ERROR
                params.append(LocalSymbol(p.name, p.name_span, tpe, is_param=True, by_name=by_name,
                                          is_implicit=p.implicit, repeated=repeated))
        result = self.resolve_type(defn.ret) if defn.ret else None
        method = MethodSymbol(defn.name, defn.name_span, owner, params, result, defn=defn)
        if defn.param_groups:
            method.param_groups = tuple(defn.param_groups)
        for ext in self.extensions:
            ext.enter_method(self, method)
        return method

    def resolve_type(self, ref: ast.TypeRef) -> Type:
        name = ref.name
        if isinstance(ref, ast.UnsupportedType):
            return ERROR  # already reported
        if isinstance(ref, ast.KnownType):
            return ref.resolved
        if name in ("*", "_*") and not ref.qualifier:
            return self.unsupported("a repeated parameter (`T*`) other than the last parameter of a method's only "
                                    "parameter list" if name == "*" else "`: _*` outside the last argument of a "
                                    "call of a method with a repeated parameter", ref.span).tpe
        param = self.type_env.get(name) if not ref.qualifier else None
        if param is not None:
            if ref.args:
                return self.error(codes.WRONG_TYPE_ARGUMENTS, f"{name} does not take type parameters", ref.span).tpe
            self.references.append((ref.span, param))
            return param
        top = TOP_TYPES_BY_NAME.get(".".join((*ref.qualifier, name)))
        if top is not None and not ref.args:
            return top
        if ref.qualifier and ref.args:
            for ext in self.extensions:  # a generic library type named by its package (`mutable.Map[K, V]`)
                t = ext.resolve_applied_type(self, ".".join((*ref.qualifier, name)), ref.args)
                if t is not None:
                    return t
        if ref.qualifier:
            library = self.library_throwable_of(ref)  # `java.lang.RuntimeException`
            if library is not None:
                return library.tpe
            found = self.scopes.qualified_class(ref)
            if isinstance(found, str):
                return self.error(codes.UNRESOLVED_NAME, found, ref.span).tpe
            if found is not None:
                self.references.append((ref.span, found))
                return self.class_type_as_written(found, ref)
        if name in ("Array", "IndexedSeq") or (name == "Vector" and self.class_named(name, ref.span) is None):
            if len(ref.args) != 1:
                return self.error(codes.TYPE_MISMATCH, f"{name} takes one type argument", ref.span).tpe
            return ArrayType(self.resolve_type(ref.args[0]), name != "Array")  # a Vector is an IndexedSeq
        if name.startswith("Function") and name[8:].isdigit() and len(ref.args) == int(name[8:]) + 1:
            parts = [self.resolve_type(a) for a in ref.args]
            return FunctionType(tuple(parts[:-1]), parts[-1])
        if name.startswith("Tuple") and name[5:].isdigit() and len(ref.args) == int(name[5:]) >= 2:
            return TupleType(tuple(self.resolve_type(a) for a in ref.args))
        if name == "=>":
            self.unsupported("a by-name type (`=> T`) outside a parameter list", ref.span)
            return ERROR
        if ref.args:
            for ext in self.extensions:  # a library type the prelude writes (`Iterator[Char]`, `mutable.Map[K, V]`)
                t = ext.resolve_applied_type(self, ".".join((*ref.qualifier, name)), ref.args)
                if t is not None:
                    return t
        prim = PRIMITIVES_BY_NAME.get(name)
        if prim is not None:
            if ref.args:
                return self.error(codes.WRONG_TYPE_ARGUMENTS, f"{name} does not take type parameters", ref.span).tpe
            return prim
        cls = self.class_named(name, ref.span)
        if cls is not None:
            self.references.append((ref.span, cls))  # for go-to-definition, references and rename of the class
            return self.class_type_as_written(cls, ref)
        if ref.args:
            self.unsupported(f"the generic type `{name}[...]`", ref.span)
            return ERROR
        alias = self.type_aliases.get(name)
        if alias is not None:
            self.references.append((ref.span, alias))
            if name in self._resolving_aliases:
                return self.error(codes.UNRESOLVED_NAME, f"the type alias `{name}` refers to itself", ref.span)
            self._resolving_aliases.add(name)
            try:
                return self.resolve_type(alias.rhs)
            finally:
                self._resolving_aliases.discard(name)
        if name in ("Range", "scala.collection.immutable.Range"):
            return RANGE
        for ext in self.extensions:
            t = ext.resolve_type(self, name)
            if t is not None:
                return t
        if name in SCALA_LIBRARY_NAMES:
            self.unsupported(f"the type `{name}`", ref.span)
            return ERROR
        self.error(codes.UNRESOLVED_NAME, f"type `{name}` is not defined", ref.span)
        return ERROR

    def class_type_as_written(self, cls: ClassSymbol, ref: ast.TypeRef) -> Type:
        if ref.args:
            return self.applied_class_type(cls, ref)
        if cls.type_params and not self.raw_generic_ok:
            return self.error(codes.WRONG_TYPE_ARGUMENTS, f"{_kind(cls)} {cls.name} takes type parameters",
                              ref.span).tpe
        return cls.tpe

    # ------------------------------------------------------------------------------------------ bodies

    def check_object(self, obj: ObjectSymbol) -> None:
        def initialize(sym: FieldSymbol, value: tir.Expr, span: Span):
            if not sym.read_before_init and record_constant(sym, value):
                return None  # a constant initializer becomes the global's initial value: no initializer code
            sym.initial = None  # read before its definition (the JVM sees the default value there): stored in order
            return tir.GlobalSet(span, UNIT, sym, value)

        if obj.is_app:
            self.enter_app_args(obj)
        stats = self.check_template(obj, Context(obj, None, Scope(), obj.init_locals), initialize)
        if obj.instance is not None:  # the object as an instance of its parents comes first
            stats = self.module_initializer(obj, stats)
        if obj.is_app and self.app_main(obj, stats):
            stats = []
        obj.needs_init = bool(stats)
        obj.init = tir.Block(obj.defn.span, UNIT, stats, None)

    def check_template(self, owner, ctx: Context, initialize) -> list[tir.Expr]:
        """Type an object's or class's body: its methods, and its initializer statements in order (field
        initializers through `initialize(field, value, span)`, which returns the statement or None)."""
        saved_ctx, self.implicit_ctx = self.implicit_ctx, ctx
        try:
            return self._check_template(owner, ctx, initialize)
        finally:
            self.implicit_ctx = saved_ctx

    def _check_template(self, owner, ctx: Context, initialize) -> list[tir.Expr]:
        stats: list[tir.Expr] = []
        for stat in owner.defn.body:
            if is_lazy(stat):
                getter = self.lazy_getters.get(id(stat))
                if getter is not None:
                    self.check_method(getter)
            elif isinstance(stat, ast.ValDef):
                sym = owner.fields.get(stat.name)
                if sym is None or sym.defn is not stat:
                    continue
                value = self.field_initializer(sym, ctx)
                if value is not None:
                    init = initialize(sym, value, stat.span)
                    if init is not None:
                        stats.append(init)
            elif is_implicit_class(stat) and id(stat) in self.implicit_conversions:
                self.check_method(self.implicit_conversions[id(stat)])
            elif isinstance(stat, ast.DefDef):
                for method in owner.overloads.get(stat.name) or [owner.methods.get(stat.name)]:
                    if method is not None and method.defn is stat:
                        self.check_method(method)
            elif isinstance(stat, (ast.ClassDef, ast.ObjectDef, ast.PatternValDef, ast.TypeAlias, ast.Import)) or is_imports(stat):
                continue
            else:
                stats.append(self.discard(self.type_expr(stat, ctx, UNIT)))
        return stats

    def field_initializer(self, sym: FieldSymbol, ctx: Context) -> tir.Expr | None:
        """Type a member val/var's initializer once (members may be typed early, on first use)."""
        if getattr(sym, "_init", None) is not None:
            return sym._init  # type: ignore[attr-defined]
        defn: ast.ValDef = sym.defn
        if isinstance(defn.rhs, ast.DefaultValue) and not sym.mutable:
            self.error(codes.SYNTAX_ERROR, "unbound placeholder parameter: only a `var` can be initialized with `_`",
                       defn.rhs.span)
        if defn.rhs is None:
            if defn.tpe is None:
                self.error(codes.MISSING_TYPE, f"the abstract `{defn.name}` needs a type", defn.name_span)
            elif not (isinstance(sym.owner, ClassSymbol) and sym.owner.is_abstract):
                self.error(codes.ABSTRACT_MEMBER_MISSING, f"{'trait' if sym.owner.is_trait else 'class'} "
                           f"{sym.owner.name} needs to be abstract, since {'variable' if sym.mutable else 'value'} "
                           f"{sym.name} is not defined", sym.owner.span) if isinstance(sym.owner, ClassSymbol) \
                    else self.error(codes.SYNTAX_ERROR, f"only classes can have declared but undefined members",
                                    defn.span)
            sym.tpe = sym.tpe or ERROR
            return None
        if sym in self._in_progress:
            self.error(codes.MISSING_TYPE, f"`{sym.name}` refers to itself; give it a type", defn.name_span)
            sym.tpe = sym.tpe or ERROR
            return None
        self._in_progress.add(sym)
        try:
            value = self.type_expr(defn.rhs, ctx, sym.tpe)
            if sym.tpe is None:
                sym.tpe = value.tpe  # Scala infers the initializer's type as it is (Null and Nothing included)
            value = self.adapt(value, sym.tpe)
            if isinstance(value, tir.Const) and not sym.mutable and sym.is_global:
                sym.constant = value.value
        finally:
            self._in_progress.discard(sym)
        sym._init = value  # type: ignore[attr-defined]
        return value

    def check_class(self, cls: ClassSymbol) -> None:
        if cls.init is not None:
            return  # a class defined in a block, typed where it is defined
        with self.in_type_env(cls):
            self._check_class(cls)

    def _check_class(self, cls: ClassSymbol) -> None:
        ctx = Context(cls, None, self.template_scope(cls), cls.init_locals)
        for p in cls.params:
            ctx.scope.names[p.name] = p
        this = tir.This(cls.defn.span, cls.tpe, cls)
        stats: list[tir.Expr] = []
        if cls.outer_field is not None:
            stats.append(tir.FieldSet(cls.span, UNIT, this, cls.outer_field,
                                      tir.LocalGet(cls.span, cls.outer_param.tpe, cls.outer_param)))
        for p in cls.params:
            field = cls.fields.get(p.name)
            if field is not None and field.owner is cls:
                stats.append(tir.FieldSet(p.span, UNIT, this, field, tir.LocalGet(p.span, p.tpe, p)))
        # As scalac does: the parameters are stored before the parents' constructors run.
        stats += self.parent_initializers(cls, ctx)
        stats += self.check_template(cls, ctx, lambda sym, value, span: tir.FieldSet(span, UNIT, this, sym, value))
        cls.init = tir.Block(cls.defn.span, UNIT, stats, None)
        for ctor in cls.constructors:
            self.check_constructor(ctor)

    def template_scope(self, owner) -> Scope:
        """The scope a class's or object's own code starts in: a class defined in a block sees the block's locals
        (a boundary: what it uses is captured)."""
        enclosing = getattr(owner, "local_scope", None)
        return Scope(enclosing, boundary=enclosing is not None)

    def check_method(self, method: MethodSymbol) -> None:
        if method.body is not None or method in self._in_progress:
            return
        defn: ast.DefDef = method.defn
        for ext in self.extensions:
            if ext.check_method(self, method):
                return
        if defn.body is None:
            owner = method.owner
            if not isinstance(owner, ClassSymbol):
                self.error(codes.SYNTAX_ERROR, "only classes can have declared but undefined members", defn.span)
            elif not owner.is_abstract:
                self.error(codes.ABSTRACT_MEMBER_MISSING, f"class {owner.name} needs to be abstract, since method "
                           f"{method.name} is not defined", defn.name_span)
            method.result = method.result or UNIT  # Scala 2: a declaration without a type is a procedure
            method.body = tir.ErrorNode(defn.span, ERROR)
            return
        self._in_progress.add(method)
        saved_env = self.type_env
        self.type_env = self.type_env_of(method.owner, method)
        try:
            enclosing = method.enclosing if method.is_local else getattr(method.owner, "local_scope", None)
            ctx = Context(method.owner, method, Scope(enclosing, boundary=enclosing is not None), method.locals)
            for p in method.params or ():
                ctx.scope.names[p.name] = p
            saved_ctx, self.implicit_ctx = self.implicit_ctx, ctx
            try:
                body = self.type_expr(defn.body, ctx, method.result)
            finally:
                self.implicit_ctx = saved_ctx
            if method.result is None:
                method.result = body.tpe
            body = self.adapt(body, method.result)
            if method.lazy_cells is not None:  # a `lazy val`'s getter: computed once (lazyvals.py)
                body = self.memoized(method, body)
            method.body = self.with_non_local_returns(method, body)
        except RecursionError:
            method.result = method.result or ERROR
            method.body = self.unsupported(f"an expression nested this deeply (in `{method.name}`)", defn.name_span)
        finally:
            self._in_progress.discard(method)
            self.type_env = saved_env

    def method_result(self, method: MethodSymbol, span: Span) -> Type:
        """The result type of a method at a call site, typing its body first when it was left to inference."""
        if method.result is None:
            if method in self._in_progress:
                self.error(codes.MISSING_TYPE, f"recursive method `{method.name}` needs a result type", span,
                           [Related(method.span, f"`{method.name}` is defined here")])
                method.result = ERROR
            else:
                self.check_method(method)
        return method.result or ERROR

    def field_type(self, sym: FieldSymbol, span: Span) -> Type:
        # An object's field read before its object was checked (another object's code, often another file's):
        # its initializer is typed now, so a constant is known as one wherever it is read, whatever the order.
        early_global = sym.is_global and getattr(sym, "_init", None) is None and sym not in self._in_progress \
            and getattr(sym.defn, "rhs", None) is not None
        if sym.tpe is None or early_global:
            owner = sym.owner
            ctx = Context(owner, None, self.template_scope(owner), owner.init_locals)
            if isinstance(owner, ClassSymbol):
                for p in owner.params:
                    ctx.scope.names[p.name] = p
            with self.in_type_env(owner):
                value = self.field_initializer(sym, ctx)
            if sym.is_global and value is not None:
                record_constant(sym, value)
        return sym.tpe or ERROR

    def find_main(self) -> MethodSymbol | None:
        mains = self.main_methods()
        return mains[0] if mains else None

    def main_methods(self) -> list[MethodSymbol]:
        """Every object's `def main(args: Array[String]): Unit`, in the order the objects were entered."""
        mains = []
        for obj in self.program.objects.values():
            main = obj.methods.get("main")
            if main is not None and main.params is not None and len(main.params) == 1 \
                    and main.params[0].tpe == ArrayType(STRING) and main.result in (UNIT, None):
                mains.append(main)
        return mains

    # ------------------------------------------------------------------------------------------ adaptation

    def adapt(self, e: tir.Expr, expected: Type | None, span: Span | None = None) -> tir.Expr:
        """Fit e where `expected` is required: widening, literal narrowing, value discarding, or an error."""
        if expected is None:
            return e
        t = e.tpe
        if t is expected or t == expected or t is ERROR or expected is ERROR or t is NOTHING:
            return e
        if expected is UNIT:
            return self.discard(e)
        if t is NULL and expected.is_reference:
            return tir.Const(e.span, expected, None) if isinstance(e, tir.Const) else e
        if isinstance(t, ClassType) and isinstance(expected, ClassType) and conforms(t, expected):
            return e  # a subclass's struct is a subtype of its parent's: no conversion code
        if isinstance(e, tir.Lambda) and isinstance(t, FunctionType) and isinstance(expected, FunctionType) \
                and t.params == expected.params and isinstance(t.result, ClassType) \
                and isinstance(expected.result, ClassType) and conforms(t.result, expected.result):
            e.body = self.adapt(e.body, expected.result)  # `x => Some(x)` where an `A => Option[A]` is expected
            e.tpe = expected
            return e
        if t.is_numeric and expected.is_numeric:
            if widens_to(t, expected):
                if isinstance(e, tir.Const):
                    return tir.Const(e.span, expected, convert_constant(e.value, t, expected))
                return tir.Convert(e.span, expected, e)
            bounds = NARROWABLE.get(expected)
            if bounds and t is INT and isinstance(e, tir.Const) and bounds[0] <= e.value <= bounds[1]:
                return tir.Const(e.span, expected, e.value)
        boxed = self.adapt_to_top(e, expected)
        if boxed is not None:
            return boxed
        for ext in self.extensions:
            adapted = ext.adapt(self, e, expected)
            if adapted is not None:
                return adapted
        converted = self.self_typed_this(e, expected) or self.implicit_conversion(e, expected)
        if converted is not None:
            return converted
        if span is None:
            span = _producing_span(e)
        return self.error(codes.TYPE_MISMATCH, f"type mismatch: found {t.name}, required {expected.name}",
                          span or e.span)

    def function_view(self, e: tir.Expr, ctx) -> tir.Expr | None:
        """A value of a library collection that Scala's is a function (a Map `K => V`, a Set `A => Boolean`) as a
        function value, where a function is expected; None for any other value."""
        if e.tpe is ERROR or isinstance(e.tpe, FunctionType):
            return None
        for ext in self.extensions:
            view = ext.function_view(self, e, ctx)
            if view is not None:
                return view
        return None

    def discard(self, e: tir.Expr) -> tir.Expr:
        if e.tpe in (UNIT, NOTHING, ERROR):
            return e
        return tir.Discard(e.span, UNIT, e)

    def convert(self, e: tir.Expr, target: Type) -> tir.Expr:
        """A numeric conversion that the program asked for (`toInt`) or that promotion needs."""
        if e.tpe is target or e.tpe is ERROR:
            return e
        if isinstance(e, tir.Const) and e.tpe.is_numeric:
            return tir.Const(e.span, target, convert_constant(e.value, e.tpe, target))
        return tir.Convert(e.span, target, e)

    # ------------------------------------------------------------------------------------------ expressions

    def type_expr(self, node: ast.Node, ctx: Context, expected: Type | None = None) -> tir.Expr:
        kind = type(node)
        method = _EXPR_DISPATCH.get(kind)
        if method is None:
            method = _EXPR_DISPATCH[kind] = getattr(Typer, "expr_" + kind.__name__, _no_typing_rule)
        if method is _no_typing_rule:
            if isinstance(node, (ast.DefDef, ast.ClassDef, ast.ObjectDef)):
                return self.unsupported("a definition nested inside a method", node.span)
            return self.unsupported(f"`{kind.__name__}`", node.span)
        result = method(self, node, ctx, expected)
        self.node_types[node] = result.tpe
        return result

    def expr_ErrorExpr(self, node, ctx, expected):
        return tir.ErrorNode(node.span, ERROR)

    def expr_Unsupported(self, node, ctx, expected):
        return tir.ErrorNode(node.span, ERROR)  # the parser reported it

    def expr_Literal(self, node: ast.Literal, ctx, expected):
        kind, value = node.kind, node.value
        if kind == "int":
            return tir.Const(node.span, INT, value)
        if kind == "long":
            return tir.Const(node.span, LONG, value)
        if kind == "double":
            return tir.Const(node.span, DOUBLE, float(value))
        if kind == "float":
            return tir.Const(node.span, FLOAT, to_f32(float(value)))
        if kind == "char":
            return tir.Const(node.span, CHAR, ord(value) if isinstance(value, str) else int(value))
        if kind == "string":
            return tir.Const(node.span, STRING, value)
        if kind == "boolean":
            return tir.Const(node.span, BOOLEAN, bool(value))
        if kind == "null":
            return tir.Const(node.span, NULL, None)
        if kind == "unit":
            return tir.UnitValue(node.span, UNIT)
        return self.unsupported(f"the literal `{value}`", node.span)

    def expr_Interpolated(self, node: ast.Interpolated, ctx, expected):
        if node.interpolator == "f":
            # f"$x%.2f rest" is "%.2f rest".format(x): each argument takes the format at the start of the text after
            # it, `%s` when there is none.
            text = node.parts[0]
            for part in node.parts[1:]:
                text += part if part.startswith("%") and not part.startswith("%%") else "%s" + part
            return self.type_builtin_call("String.format", [ast.Literal(node.span, "string", text), *node.args],
                                          node, ctx) or self.unsupported("the `f` interpolator", node.span)
        if node.interpolator != "s":
            return self.unsupported(f"the `{node.interpolator}` interpolator", node.span)
        parts: list[tir.Expr] = []
        for i, text in enumerate(node.parts):
            if text:
                parts.append(tir.Const(node.span, STRING, text))
            if i < len(node.args):
                arg = self.type_expr(node.args[i], ctx)
                parts.append(arg)
        if any(p.tpe is ERROR for p in parts):
            return tir.ErrorNode(node.span, ERROR)
        if not parts:
            return tir.Const(node.span, STRING, "")
        return tir.StringConcat(node.span, STRING, parts)

    def expr_Typed(self, node: ast.Typed, ctx, expected):
        return node.value

    def expr_This(self, node, ctx, expected):
        if node.qualifier is not None:
            return self.qualified_this(node.qualifier, ctx, node.span)
        if isinstance(ctx.owner, ClassSymbol) or ctx.owner.instance is not None:
            return self.this_value(ctx, node.span)
        return self.unsupported("`this` in an object", node.span)


def _kind(cls: ClassSymbol) -> str:
    return "trait" if cls.is_trait else "class"


def _no_typing_rule(*_args):
    """Marks a syntax node class that has no `expr_` method (never called)."""


_EXPR_DISPATCH: dict[type, object] = {}


def record_constant(sym: FieldSymbol, value: tir.Expr) -> bool:
    """An object field with a constant initializer: its value is the global's initial value (and, for a `val`, a
    constant folded where it is read). Returns whether it was one."""
    if not isinstance(value, tir.Const):
        return False
    sym.initial = value.value
    if not sym.mutable:
        sym.constant = value.value
    return True


class TyperExtension:
    """Hooks through which a library (the memory intrinsics) adds names, types and calls; every hook may decline
    by returning None (or False)."""

    def enter_method(self, typer: Typer, method: MethodSymbol) -> None: ...
    def enter_class(self, typer: Typer, cls: ClassSymbol) -> None: ...
    def check_method(self, typer: Typer, method: MethodSymbol) -> bool: return False
    def resolve_type(self, typer: Typer, name: str) -> Type | None: return None
    def library_definition(self, typer: Typer, name: str, is_class: bool): return None
    def resolve_applied_type(self, typer: Typer, name: str, args) -> Type | None: return None
    def ident(self, typer: Typer, node, ctx) -> tir.Expr | None: return None
    def select_path(self, typer: Typer, path: str, node, ctx) -> tir.Expr | None: return None
    def builtin_call(self, typer: Typer, path: str, arg_nodes, node, ctx) -> tir.Expr | None: return None
    def static_path(self, path: str) -> bool: return False  # a qualified name builtin_call resolves
    def apply_ident(self, typer: Typer, node, ctx, expected) -> tir.Expr | None: return None
    def select_on_value(self, typer, qual, name, name_span, span, arg_nodes, ctx) -> tir.Expr | None: return None
    def select_member(self, typer, qual, name, name_span, span, arg_nodes, ctx) -> tir.Expr | None: return None
    def sequence_view(self, typer, seq, ctx) -> tir.Expr | None: return None  # a library collection as an array
    def collect_like(self, typer, array, like, ctx) -> tir.Expr | None: return None  # ... and a `yield` over it
    def updates_in_place(self, t, op: str) -> bool: return False  # `buf ++= xs` without a method `++=` of its own
    def call(self, typer, method, receiver, args, span, ctx) -> tir.Expr | None: return None
    def new(self, typer, node, ctx) -> tir.Expr | None: return None
    def adapt(self, typer, e, expected) -> tir.Expr | None: return None
    def function_view(self, typer, e, ctx) -> tir.Expr | None: return None  # a Map or Set used as a function
    def seq_equality(self, typer, lhs, rhs, span, ctx) -> tir.Expr | None: return None  # `range == list`
    def assign(self, typer, lvalue, value, span, target_span) -> tir.Expr | None: return None
    def local_defined(self, typer, sym, value) -> None: ...
    def finish(self, typer: Typer) -> None: ...  # once every body is typed: checks needing all of them


def _producing_span(e: tir.Expr) -> Span:
    """Where a mismatched value comes from: a block's value is its last expression (or statement, for a block of
    type Unit), so a half-typed method body is underlined at its end, not as a whole."""
    while isinstance(e, tir.Block):
        last = e.result if e.result is not None else (e.stats[-1] if e.stats else None)
        if last is None:
            break
        e = last
    return e.span
