"""Generics: type parameters in scope, substitution, inference of type arguments, and the boundary between erased
values (a type parameter is `anyref` at run time) and the concrete types a use site sees.

The typed tree keeps each member's declared type on the node that reads it (a `FieldGet` of `x: T` is a `T`) and
wraps it in the conversion to the type the use site sees (`Box[Int]#x` is an Int: unboxed); an argument passed
for a parameter of a type-parameter type is converted the other way (boxed). Lowering then needs no rule of its
own: a type parameter lowers as a top type does.
"""
from __future__ import annotations

from collections import ChainMap

from .. import diagnostics as codes
from ..source import Span
from ..syntax import ast
from . import tir
from .arraycopies import erased_any_array
from .context import qualified_path
from .symbols import ClassSymbol, LocalSymbol, MethodSymbol
from .types import (ANY, BOOLEAN, ERROR, INT, NOTHING, NULL, STRING, UNIT, AppliedType, ArrayType, BoxedType,
                    ClassType, FunctionType, InnerType, TupleType,
                    Type, TypeParamType, base_type_args, conforms, is_top, is_value_type, lub, own_type_args)


# ---------------------------------------------------------------------------------------------- type functions

def substitute(t: Type, mapping: dict) -> Type:
    """t with each type parameter in mapping replaced by its argument."""
    if not mapping or t is None:
        return t
    if isinstance(t, TypeParamType):
        return mapping.get(t, t)
    if isinstance(t, ClassType):
        params = getattr(t.symbol, "type_params", None)
        if not params:
            return _substitute_outer(t, mapping)
        args = own_type_args(t)
        new = tuple(substitute(a, mapping) for a in args)
        if isinstance(t, AppliedType):  # of its own kind (a `List[T]` as written stays one: prelude/library.py)
            return t if new == args else type(t)(t.symbol, new)
        return AppliedType(t.symbol, new)
    if isinstance(t, ArrayType):
        return ArrayType(substitute(t.element, mapping), t.is_seq)
    if isinstance(t, FunctionType):
        return FunctionType(tuple(substitute(p, mapping) for p in t.params), substitute(t.result, mapping))
    if isinstance(t, TupleType):
        return TupleType(tuple(substitute(e, mapping) for e in t.elements))
    return t


def _substitute_outer(t: ClassType, mapping: dict) -> Type:
    """A class without type parameters of its own nested in generic classes: an InnerType where mapping gives their
    parameters arguments (`Entry` of `Dict[V]` seen through a `Dict[Int]`)."""
    outer = enclosing_type_params(t.symbol)
    if not outer or not any(p in mapping for p in outer):
        return t
    current = t.outer_args if isinstance(t, InnerType) else tuple((p, p) for p in outer)
    new = tuple((p, substitute(a, mapping)) for p, a in current)
    if all(a is p for p, a in new):
        return t.symbol.tpe
    return InnerType(t.symbol, new)


def enclosing_type_params(cls) -> list:
    """The type parameters of the classes an inner class is nested in (innermost first)."""
    found = []
    outer = getattr(cls, "outer", None)
    while isinstance(outer, ClassSymbol):
        found += outer.type_params or []
        outer = outer.outer
    return found


def mentions_params(t: Type | None, params=None) -> bool:
    """Whether t mentions a type parameter (one of params, when given)."""
    if isinstance(t, TypeParamType):
        return params is None or t in params
    if isinstance(t, AppliedType):
        return any(mentions_params(a, params) for a in t.args)
    if isinstance(t, ArrayType):
        return mentions_params(t.element, params)
    if isinstance(t, FunctionType):
        return any(mentions_params(p, params) for p in t.params) or mentions_params(t.result, params)
    if isinstance(t, TupleType):
        return any(mentions_params(e, params) for e in t.elements)
    return False


def erase(t: Type) -> Type:
    """The type whose Wasm form a value of t has: a type parameter is Any (anyref), a generic class its class."""
    if isinstance(t, TypeParamType):
        return ANY
    if isinstance(t, (AppliedType, InnerType)):
        return t.symbol.tpe
    if isinstance(t, ArrayType):
        element = erase(t.element)
        return t if element is t.element else ArrayType(element, t.is_seq)
    if isinstance(t, FunctionType):
        params = tuple(erase(p) for p in t.params)
        result = erase(t.result)
        return t if params == t.params and result is t.result else FunctionType(params, result)
    if isinstance(t, TupleType):
        elements = tuple(erase(e) for e in t.elements)
        return t if elements == t.elements else TupleType(elements)
    return t


def unify(pattern: Type, actual: Type, variables, found: dict) -> None:
    """Bind the variables that pattern mentions so that it matches actual (what an argument's type fixes); a
    variable bound twice takes the least upper bound (`pair(1, 2L)` fixes T = Long)."""
    if actual is None or actual is ERROR:
        return
    if isinstance(pattern, TypeParamType):
        if pattern not in variables:
            return
        if actual is NOTHING:
            found.setdefault(pattern, NOTHING)
            return
        _widen(found, pattern, actual)
        return
    if isinstance(pattern, AppliedType) and len(pattern.args) == 1 and getattr(pattern.symbol, "from_prelude", False) \
            and pattern.symbol.name == "List" and (isinstance(actual, ArrayType) or actual.name == "Range"):
        # an array or a range passed for a List (the library converts it): its elements fix the List's
        unify(pattern.args[0], actual.element if isinstance(actual, ArrayType) else INT, variables, found)
        return
    if isinstance(pattern, AppliedType) and isinstance(actual, ClassType):
        args = base_type_args(actual, pattern.symbol)
        if args is not None:
            for p, a in zip(pattern.args, args):
                unify(p, a, variables, found)
    elif isinstance(pattern, ArrayType) and isinstance(actual, ArrayType):
        unify(pattern.element, actual.element, variables, found)
    elif isinstance(pattern, FunctionType) and isinstance(actual, FunctionType) \
            and len(pattern.params) == len(actual.params):
        for p, a in zip(pattern.params, actual.params):
            unify(p, a, variables, found)
        unify(pattern.result, actual.result, variables, found)
    elif isinstance(pattern, TupleType) and isinstance(actual, TupleType) \
            and len(pattern.elements) == len(actual.elements):
        for p, a in zip(pattern.elements, actual.elements):
            unify(p, a, variables, found)


def prototype(t: Type, unknown) -> Type | None:
    """The expected type an argument is typed against while some variables are still unknown: t when it mentions
    none of them; a function type with its result left open (None) when only the result does (so a lambda's
    parameters get their types, `b.map(x => x + 1)`); None otherwise."""
    if not mentions_params(t, unknown):
        return t
    if isinstance(t, FunctionType) and not any(mentions_params(p, unknown) for p in t.params):
        return FunctionType(t.params, None)  # type: ignore[arg-type]
    return None


def seen_from(cls, ancestor) -> dict:
    """The type parameters of ancestor as class cls (on its own type parameters) sees them: for
    `class IntBox extends Box[Int]`, Box's T is Int."""
    params = getattr(ancestor, "type_params", None)
    if not params or not isinstance(cls, ClassSymbol) or ancestor is cls:
        return {}
    args = base_type_args(cls.tpe, ancestor)
    if args is None or len(args) != len(params):
        return {}
    return {p: a for p, a in zip(params, args) if a is not p}


def bounds_text(params) -> str:
    """`[T <: AnyRef, U]` as scalac shows a definition's type parameter bounds."""
    parts = []
    for p in params:
        text = p.name
        if p.lower is not NOTHING:
            text += f" >: {p.lower.name}"
        if p.upper is not ANY:
            text += f" <: {p.upper.name}"
        parts.append(text)
    return f"[{','.join(parts)}]"


# ---------------------------------------------------------------------------------------------- typing rules

class _TypeEnvScope:
    """Sets the typer's type environment to what `make()` gives (None: unchanged) while it lasts. One class for
    every use, not one made per call: a class is a cycle of objects that only the cycle collector frees."""

    __slots__ = ("typer", "make", "saved")

    def __init__(self, typer, make) -> None:
        self.typer = typer
        self.make = make

    def __enter__(self):
        self.saved = self.typer.type_env
        env = self.make()
        if env is not None:
            self.typer.type_env = env

    def __exit__(self, *exc):
        self.typer.type_env = self.saved
        self.make = None
        return False


class GenericTyping:
    """Typing rules for generics (a mixin of the Typer): type parameters in scope, type arguments of calls and
    `new`, conversions at the erased boundary."""

    # ------------------------------------------------------------------------------------------ declarations

    def declare_type_params(self, owner, defns: list) -> list[TypeParamType]:
        """The symbols of a definition's written type parameters (bounds resolved by resolve_type_param_bounds)."""
        params = []
        for d in defns:
            if any(p.name == d.name for p in params):
                self.error(codes.DUPLICATE_DEFINITION, f"{d.name} is already defined as type {d.name}", d.span)
                continue
            params.append(TypeParamType(d.name, owner, d.variance, d.span))
        return params

    def resolve_type_param_bounds(self, params: list[TypeParamType], defns: list) -> None:
        with self.type_params_in_scope(params):
            for p, d in zip(params, defns):
                if d.upper is not None:
                    p.upper = self.resolve_type(d.upper)
                if d.lower is not None:
                    p.lower = self.resolve_type(d.lower)
                p.context = [self.resolve_context_bound(c) for c in d.context]

    def resolve_context_bound(self, ref: ast.TypeRef):
        if ref.name == "ClassTag":
            return "ClassTag"
        self.unsupported(f"the context bound `{ref.name}`", ref.span)
        return None

    def type_params_in_scope(self, params):
        """A context manager: params resolvable by name (innermost first) while it lasts."""
        return _TypeEnvScope(self, lambda: self.type_env.new_child({p.name: p for p in params}) if params else None)

    def type_env_of(self, owner, method: MethodSymbol | None = None):
        """The type parameters visible in owner's code (and method's): its own and its enclosing classes'."""
        layers = []
        if method is not None and method.type_params:
            layers.append({p.name: p for p in method.type_params})
        while owner is not None:
            params = getattr(owner, "type_params", None)
            if params:
                layers.append({p.name: p for p in params})
            owner = getattr(owner, "outer", None)
        return ChainMap(*layers, *self.type_env.maps)

    def in_type_env(self, owner, method: MethodSymbol | None = None):
        return _TypeEnvScope(self, lambda: self.type_env_of(owner, method))

    def applied_class_type(self, cls: ClassSymbol, ref: ast.TypeRef) -> Type:
        """`Box[Int]` as written: the count of arguments and their bounds checked as scalac checks them."""
        params = cls.type_params
        if not params:
            return self.error(codes.WRONG_TYPE_ARGUMENTS, f"{cls.name} does not take type parameters",
                              ref.span).tpe
        if len(ref.args) != len(params):
            return self.error(codes.WRONG_TYPE_ARGUMENTS, f"wrong number of type arguments for {cls.name}, should "
                              f"be {len(params)}", ref.span).tpe
        args = tuple(self.resolve_type(a) for a in ref.args)
        if ERROR in args:
            return ERROR
        if self.deferred_bounds is not None:  # members being entered: conformance needs every class's parents
            self.deferred_bounds.append((params, args, f"{_kind(cls)} {cls.name}'s", ref.span))
        elif not self.check_bounds(params, args, f"{_kind(cls)} {cls.name}'s", ref.span, inferred=False):
            return ERROR
        return AppliedType(cls, args)

    def check_deferred_bounds(self) -> None:
        """The bounds of the type arguments written in signatures and parents (`t: Tree[Vec, Int]` with `K <:
        Comparable[K]`), checked once every class's parents are known (a class may extend its bound below its use)."""
        pending, self.deferred_bounds = self.deferred_bounds or [], None
        for params, args, whose, span in pending:
            self.check_bounds(params, args, whose, span, inferred=False)

    def check_bounds(self, params, args, whose: str, span: Span, inferred: bool, outer_map=None) -> bool:
        mapping = {**(outer_map or {}), **dict(zip(params, args))}
        for p, a in zip(params, args):
            if a is ERROR:
                continue
            upper = substitute(p.upper, mapping)
            if not (conforms(a, upper) or _comparable_library_value(a, upper)) \
                    or not conforms(substitute(p.lower, mapping), a):
                shown = ",".join(x.name for x in args)
                self.error(codes.TYPE_BOUNDS, f"{'inferred ' if inferred else ''}type arguments [{shown}] do not "
                           f"conform to {whose} type parameter bounds {bounds_text(params)}", span)
                return False
        return True

    def pattern_class_type(self, cls: ClassSymbol, scrutinee: Type):
        """The type a constructor pattern of cls tests for, and its type arguments: those the scrutinee's type gives
        cls (`Pair(a, b)` on a `Pair[Int, String]`), else Any for each (the fields read as Any)."""
        if not cls.type_params:
            return cls.tpe, {}
        args = base_type_args(scrutinee, cls) if isinstance(scrutinee, ClassType) else None
        if args is None and isinstance(scrutinee, AppliedType):
            # `Some(x)` on an Option[Int]: cls's view of the scrutinee's class fixes cls's parameters (A = Int)
            seen = base_type_args(cls.tpe, scrutinee.symbol)
            if seen is not None and len(seen) == len(scrutinee.args):
                found: dict = {}
                for p, a in zip(seen, scrutinee.args):
                    unify(p, a, cls.type_params, found)
                args = tuple(found.get(p, ANY) for p in cls.type_params)
        if args is None or len(args) != len(cls.type_params):
            return cls.tpe, {p: ANY for p in cls.type_params}
        return AppliedType(cls, args), dict(zip(cls.type_params, args))

    def class_tag_known(self, t: Type) -> bool:
        """Whether `new Array[t]` can be made: t is no type parameter, or one with a ClassTag (`T: ClassTag`)."""
        if isinstance(t, TypeParamType):
            return "ClassTag" in t.context
        if isinstance(t, ArrayType):
            return self.class_tag_known(t.element)
        return True

    # ------------------------------------------------------------------------------------------ calls

    def instantiate_call(self, method: MethodSymbol, receiver, arg_nodes: list, span: Span, ctx, typed):
        """A call of a generic method, or of a member of a generic class: the method's type arguments (written, or
        inferred from the arguments and the expected type), its parameters as this call sees them, and the
        arguments typed while inferring (written order; None when not typed yet). None after an error."""
        class_map = self.receiver_bindings(receiver, method.owner)
        written, expected = self.call_sites.get(span, ((), None))
        shown = ", ".join(f"{p.name}: {p.tpe.name}" for p in method.params or ())
        signature = (f"{bounds_text(method.type_params)}({shown})"
                     f"{method.result.name if method.result is not None else '?'}")
        found = self.type_arguments(method.type_params, written, f"method {method.name}",
                                    f"wrong number of type parameters for method {method.name}: {signature}",
                                    substitute(method.result, class_map) if method.result is not None else None,
                                    [substitute(p.tpe, class_map) for p in method.params or ()],
                                    method.params or [], arg_nodes, span, ctx, expected, typed, class_map)
        if found is None:
            return None
        type_args, typed = found
        mapping = {**class_map, **type_args}
        params = [LocalSymbol(p.name, p.span, substitute(p.tpe, mapping), is_param=True, by_name=p.by_name)
                  for p in method.params or ()]
        return type_args, params, typed

    def type_arguments(self, variables, written, whose: str, count_message: str, result, param_types, params,
                       arg_nodes, span, ctx, expected, typed, outer_map=None):
        """({variable: type}, typed arguments or None): the written type arguments checked, or inferred."""
        if not variables:
            return {}, typed
        if written:
            if len(written) != len(variables):
                for a in arg_nodes:
                    self.type_expr(a.arg if isinstance(a, ast.NamedArg) else a, ctx)
                self.error(codes.WRONG_TYPE_ARGUMENTS, count_message, span)
                return None
            args = [self.resolve_type(w) for w in written]
            if ERROR in args:
                return None
            if not self.check_bounds(variables, args, f"{whose}'s", span, False, outer_map):
                return None
            return dict(zip(variables, args)), typed
        found: dict = {}
        if expected is not None and expected not in (ERROR, UNIT) and result is not None:
            unify(result, expected, variables, found)
            if isinstance(result, AppliedType) and isinstance(expected, AppliedType) \
                    and result.symbol is not expected.symbol:  # `Some((leaf, 1))` where an Option[(Tree, Int)] is
                seen = base_type_args(result, expected.symbol)  # expected: Some[A] seen as an Option[A]
                if seen is not None and len(seen) == len(expected.args):
                    for p, a in zip(seen, expected.args):
                        unify(p, a, variables, found)
            found = {v: t for v, t in found.items() if t is not NOTHING}
        if any(p.by_name for p in params) and any(isinstance(a, ast.NamedArg) for a in arg_nodes):
            typed = None  # a by-name argument is typed where it is matched
        elif typed is None:
            by_name = {p.name: t for p, t in zip(params, param_types)}
            typed = []
            for k, a in enumerate(arg_nodes):
                node = a.arg if isinstance(a, ast.NamedArg) else a
                declared = by_name.get(a.name) if isinstance(a, ast.NamedArg) else \
                    (param_types[k] if k < len(param_types) else None)
                if declared is None:
                    typed.append(self.type_expr(node, ctx))
                    continue
                lowest = {v: substitute(v.lower, {**(outer_map or {}), **found}) for v in variables
                          if v not in found and v.lower is not NOTHING}  # `reduce[B >: A]`: a lambda sees A
                known = {**found, **{v: t for v, t in lowest.items() if not mentions_params(t, variables)}}
                unknown = [v for v in variables if v not in known]
                if k < len(params) and params[k].by_name and isinstance(declared, FunctionType):
                    # `getOrElse(default)`: the thunk's result fixes the variables (`B >: A` from `7`)
                    open_ = [v for v in variables if v not in found]
                    result = prototype(substitute(declared.result, found), open_)
                    value = self.thunk(node, ctx, result)
                elif isinstance(declared, FunctionType):
                    value = self.type_expr(node, ctx, prototype(substitute(declared, known), unknown))
                    value = self.function_view(value, ctx) or value  # `xs.map(aMap)`: the Map as a function
                else:
                    value = self.type_expr(node, ctx, prototype(substitute(declared, found),
                                                                [v for v in variables if v not in found]))
                unify(declared, value.tpe, variables, found)
                typed.append(value)
        else:
            for a, value, declared in zip(arg_nodes, typed, param_types):
                unify(declared, value.tpe, variables, found)
        for v in variables:  # `B >: A`: at least A (`x :: ints` with a String x is a List[Any], as scalac's lub)
            if v.lower is not NOTHING:
                low = substitute(v.lower, {**(outer_map or {}), **found})
                if mentions_params(low, variables):
                    continue
                _widen(found, v, low)
        args = [found.get(v, NOTHING) for v in variables]
        if typed is not None and any(t.tpe is ERROR for t in typed):
            return None
        if not self.check_bounds(variables, args, f"{whose}'s", span, True, outer_map):
            return None
        return dict(zip(variables, args)), typed

    def expr_TypeApply(self, node: ast.TypeApply, ctx, expected):
        """`empty[Int]`: a parameterless generic method called with written type arguments."""
        fn = node.fn
        method, receiver = None, None
        path = qualified_path(fn) if isinstance(fn, ast.Select) else None
        if path is not None and any(ext.static_path(path) for ext in self.extensions):
            built = self.type_builtin_call(path, [], node, ctx)  # `ArrayBuffer.empty[Int]`
            if built is not None:
                return built
        if isinstance(fn, ast.Select) and fn.name == "empty" and isinstance(fn.qualifier, ast.Ident) \
                and fn.qualifier.name in ("Vector", "IndexedSeq") and len(node.type_args) == 1 \
                and ctx.scope.lookup(fn.qualifier.name) is None and self.class_named(fn.qualifier.name, fn.span) is None:
            element = self.resolve_type(node.type_args[0])  # `Vector.empty[Int]`
            if element is ERROR:
                return tir.ErrorNode(node.span, ERROR)
            return tir.NewArray(node.span, ArrayType(element, True), tir.Const(node.span, INT, 0))
        if isinstance(fn, ast.Ident) and ctx.scope.lookup(fn.name) is None and len(node.type_args) == 1:
            obj = self.object_named(fn.name, fn.span)
            if obj is not None and getattr(obj, "from_prelude", False) and "natural" in obj.methods:
                # `Ordering[Int]`: the natural ordering (what the implicit would be)
                natural = ast.Select(fn.span, fn, "natural", fn.span)
                return self.type_expr(ast.TypeApply(node.span, natural, node.type_args), ctx, expected)
        if isinstance(fn, ast.Ident) and ctx.scope.lookup(fn.name) is None:
            method = self.member_in_scope(fn.name, ctx, fn.span)
        elif isinstance(fn, ast.Select):
            target = self.object_path(qualified_path(fn) or "", fn) if qualified_path(fn) else None
            if isinstance(target, tuple):
                obj, rest = target
                method = obj.methods.get(rest)
                if method is None and getattr(obj, "from_prelude", False):
                    return self.unsupported(f"`{obj.name}.{rest}` of the Scala library", fn.name_span)
                receiver = self.inherited_receiver(obj, method, fn.span) if method is not None else None
            else:
                found = self.library_path(qualified_path(fn), fn, lambda sel: ast.TypeApply(
                    node.span, sel, node.type_args), ctx, expected) if qualified_path(fn) else None
                if found is not None:  # `scala.collection.immutable.List.empty[Int]`
                    return found
                receiver = self.type_expr(fn.qualifier, ctx)
                if receiver.tpe is ERROR:
                    return receiver
                owner = receiver.tpe.symbol if isinstance(receiver.tpe, ClassType) else None
                method = owner.methods.get(fn.name) if isinstance(owner, ClassSymbol) else None
        evidence_only = isinstance(method, MethodSymbol) and method.params is not None \
            and getattr(method.defn, "params", 1) is None  # `def empty[T: ClassTag]: Array[T]` (classtags.py)
        if not isinstance(method, MethodSymbol) or (method.params is not None and not evidence_only) \
                or not method.type_params:
            return self.unsupported("type arguments here (only a parameterless generic method takes them without "
                                    "an argument list)", node.span)
        self.references.append((fn.span if isinstance(fn, ast.Ident) else fn.name_span, method))
        found = self.type_arguments(method.type_params, node.type_args, f"method {method.name}",
                                    f"wrong number of type parameters for method {method.name}: "
                                    f"{bounds_text(method.type_params)}{method.result.name if method.result else ''}",
                                    None, [], [], [], node.span, ctx, None, None)
        if found is None:
            return tir.ErrorNode(node.span, ERROR)
        mapping = {**self.receiver_bindings(receiver, method.owner), **found[0]}
        args = [self.to_erased(self.class_tag_argument(substitute(p.tpe, mapping), node.span, ctx), p.tpe, ctx)
                for p in method.params or ()]
        return self.make_call(method, receiver, args, node.span, ctx, found[0])

    # ------------------------------------------------------------------------------------------ uses

    def receiver_bindings(self, receiver: tir.Expr | None, owner) -> dict:
        """What the type parameters of owner (a member's class) are for this receiver: `b: Box[Int]` gives
        {T: Int}; nothing for the class's own code (its `this` sees its own parameters)."""
        params = getattr(owner, "type_params", None)
        # (an inner class of a generic class seen from outside: its enclosing classes' parameters as they are there)
        outer = dict(receiver.tpe.outer_args) if receiver is not None and isinstance(receiver.tpe, InnerType) else {}
        if not params or receiver is None or not isinstance(receiver.tpe, ClassType):
            return outer
        args = base_type_args(receiver.tpe, owner)
        if args is None or len(args) != len(params):
            return outer
        mapping = {p: a for p, a in zip(params, args) if a is not p}
        return {**outer, **mapping}

    def from_erased(self, e: tir.Expr, seen: Type, ctx) -> tir.Expr:
        """A value of its declared (erased) type e.tpe where the use site sees it as `seen` (the substituted type):
        unboxed or cast where the Wasm forms differ, only re-typed where they do not."""
        declared = e.tpe
        if seen is None or seen == declared or declared is ERROR or seen is ERROR:
            return e
        if isinstance(declared, TypeParamType):
            if is_top(seen) or seen is NOTHING:
                return tir.Cast(e.span, seen, e, checked=False)
            return tir.Cast(e.span, seen, e, checked=True)
        if isinstance(declared, FunctionType) and isinstance(seen, FunctionType) and erase(declared) != erase(seen):
            return self.adapt_function(e, seen, ctx)
        if isinstance(declared, TupleType) and isinstance(seen, TupleType) and erase(declared) != erase(seen):
            if any(isinstance(d, ArrayType) and isinstance(s, ArrayType) and erase(d) != erase(s)
                   for d, s in zip(declared.elements, seen.elements)):  # (the cast would fail when it runs)
                return self.unsupported(f"a tuple holding an array of a type parameter (`{declared.name}`) seen as "
                                        f"`{seen.name}`", e.span)
            return tir.Cast(e.span, seen, e, checked=True)
        if isinstance(declared, ArrayType) and isinstance(seen, ArrayType) and erase(declared) != erase(seen):
            if not isinstance(e, tir.Call):  # a copy of a field's array would not see later writes (nor make them)
                return self.unsupported(f"reading an `{declared.name}` field as an `{seen.name}` (an array of a "
                                        "type parameter holds boxes; a method returning it gives a copy)", e.span)
            return self.copy_array(e, seen, ctx)
        return tir.Cast(e.span, seen, e, checked=False)

    def copy_array(self, e: tir.Expr, seen: ArrayType, ctx) -> tir.Expr:
        """An `Array[T]` made by generic code (an array of anyref: T was erased) where the use site sees an
        `Array[Int]`: copied into an array of the element type, each element unboxed (null stays null)."""
        span = e.span
        if ctx is None or not isinstance(e.tpe, ArrayType):
            return self.unsupported("an array of a type parameter used at a known element type here", span)
        source = self.temp(e.tpe, span, ctx)
        target = self.temp(seen, span, ctx)
        index = self.temp(INT, span, ctx)
        index.mutable = True
        src = tir.LocalGet(span, e.tpe, source)
        dst = tir.LocalGet(span, seen, target)
        i = tir.LocalGet(span, INT, index)
        length = tir.ArrayLength(span, INT, src)
        element = self.from_erased(tir.ArrayGet(span, e.tpe.element, src, i), seen.element, ctx)
        loop = tir.While(span, UNIT, tir.Binary(span, BOOLEAN, "<", INT, i, length), tir.Block(span, UNIT, [
            tir.ArraySet(span, UNIT, dst, i, element),
            tir.LocalSet(span, UNIT, index, tir.Binary(span, INT, "+", INT, i, tir.Const(span, INT, 1)))], None))
        copy = tir.Block(span, seen, [
            tir.LocalDef(span, UNIT, target, tir.NewArray(span, seen, length)),
            tir.LocalDef(span, UNIT, index, tir.Const(span, INT, 0)),
            loop], dst)
        is_null = tir.RefEquals(span, BOOLEAN, src, tir.Const(span, NULL, None), False)
        return tir.Block(span, seen, [tir.LocalDef(span, UNIT, source, e)],
                         tir.If(span, seen, is_null, tir.Const(span, seen, None), copy))

    def to_erased(self, e: tir.Expr, declared: Type, ctx, copy_backs: list | None = None, site=None) -> tir.Expr:
        """A value of a concrete type passed where the declaration has `declared` (mentioning type parameters):
        boxed, or adapted, into the erased form. An array argument of a method call (copy_backs given: the
        statements to run after the call, site: (method, parameter index)) is copied in and out (arraycopies.py)."""
        if e.tpe is ERROR or not mentions_params(declared):
            return e
        actual = e.tpe
        if isinstance(declared, TypeParamType):
            if is_value_type(actual):
                return tir.Box(e.span, ANY, e)
            return e
        if isinstance(declared, FunctionType) and isinstance(actual, FunctionType) \
                and erase(declared) != erase(actual):
            return self.adapt_function(e, erase(declared), ctx)
        if isinstance(declared, TupleType) and isinstance(actual, TupleType) and erase(declared) != erase(actual):
            return tir.Cast(e.span, erase(declared), e, checked=True)
        if isinstance(declared, ArrayType) and erase(declared) != erase(actual):
            if copy_backs is not None and ctx is not None and isinstance(actual, ArrayType) \
                    and erased_any_array(declared) and not mentions_params(actual):
                return self.copy_array_argument(e, declared, ctx, copy_backs, site)
            return self.unsupported("an array of a known element type passed as an array of a type parameter",
                                    e.span)
        return e

    def adapt_function(self, fn: tir.Expr, target: FunctionType, ctx) -> tir.Expr:
        """A function value re-wrapped with target's Wasm signature: `(a: Any) => box(f(unbox(a)))` (the function
        value evaluated once, where the wrapper is made)."""
        source: FunctionType = fn.tpe
        span = fn.span
        if isinstance(fn, tir.Lambda) and len(fn.params) == len(target.params) and not any(
                isinstance(t, FunctionType) for t in (*source.params, *target.params, source.result, target.result)):
            # A lambda written here takes the erased signature itself (its parameters unboxed on entry, its
            # result boxed): one closure and one call per element, not a wrapper calling the lambda.
            params = [LocalSymbol(f"x${i}", span, t, is_param=True) for i, t in enumerate(target.params)]
            entry = []
            for old, new in zip(fn.params, params):
                old.is_param = False
                entry.append(tir.LocalDef(span, UNIT, old, self.convert_erased(tir.LocalGet(span, new.tpe, new),
                                                                               old.tpe, None)))
            body = self.convert_erased(fn.body, target.result, None)
            return tir.Lambda(span, target, params, tir.Block(span, body.tpe, entry, body) if entry else body,
                              [*fn.locals, *fn.params], fn.owner)
        if ctx is None:
            return self.unsupported("storing a function into a field of a generic type", span)
        holder = self.temp(source, span, ctx)
        params = [LocalSymbol(f"x${i}", span, t, is_param=True) for i, t in enumerate(target.params)]
        args = [self.convert_erased(tir.LocalGet(span, p.tpe, p), wanted, ctx)
                for p, wanted in zip(params, source.params)]
        call = tir.CallValue(span, source.result, tir.LocalGet(span, source, holder), args)
        body = self.convert_erased(call, target.result, ctx)
        lam = tir.Lambda(span, target, params, body, [], ctx.owner)
        return tir.Block(span, target, [tir.LocalDef(span, UNIT, holder, fn)], lam)

    def convert_erased(self, e: tir.Expr, wanted: Type, ctx) -> tir.Expr:
        """Between two forms of one value: boxing into a top type, unboxing or casting out of one."""
        t = e.tpe
        if t == wanted or wanted is UNIT and t is UNIT:
            return e
        if wanted is UNIT:
            return self.discard(e)
        if isinstance(t, ClassType) and isinstance(wanted, ClassType) and erase(t) == erase(wanted):
            return tir.Cast(e.span, wanted, e, checked=False)  # `Option[Int]` where the erased `Option` is
        if is_top(wanted):
            if t is UNIT:
                return tir.Box(e.span, ANY, e)
            return tir.Box(e.span, ANY, e) if is_value_type(t) else tir.Cast(e.span, wanted, e, checked=False)
        if is_top(t):
            if wanted is UNIT:
                return self.discard(e)
            return tir.Cast(e.span, wanted, e, checked=True)
        if isinstance(t, FunctionType) and isinstance(wanted, FunctionType):
            return self.adapt_function(e, wanted, ctx)
        if isinstance(t, TupleType) and isinstance(wanted, TupleType):
            return tir.Cast(e.span, wanted, e, checked=True)
        return self.adapt(e, wanted)


def _comparable_library_value(t: Type, bound: Type) -> bool:
    """String and the boxes implement java.lang.Comparable of themselves on the JVM: they satisfy a `T <:
    Comparable[T]` bound (only as type arguments: a T's `compareTo` is dispatched on the value's class, see
    prelude/javautil.scala; a String is no `$Object` where a Comparable-typed value is one)."""
    if not (t is STRING or isinstance(t, BoxedType)) or not isinstance(bound, ClassType):
        return False
    if not getattr(bound.symbol, "universal", False) or bound.symbol.name != "Comparable":
        return False
    return not isinstance(bound, AppliedType) or bound.args == (t,)


def _kind(cls) -> str:
    return "trait" if cls.is_trait else "class"


def _widen(found: dict, variable, t: Type) -> None:
    """Record that `variable` is at least `t`: its first type, or the least upper bound with what it already is."""
    known = found.get(variable)
    if known is None or known is NOTHING:
        found[variable] = t
    elif not conforms(t, known):
        found[variable] = lub(known, t) or ANY
