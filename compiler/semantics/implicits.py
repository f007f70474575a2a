"""Implicit parameters and implicit conversions, as Scala 2 resolves them in the places the subset has.

- A method's or class's last parameter list written `(implicit p: P, ...)` (the parser appends it to the parameters,
  each marked `implicit`): a call that leaves the list out gets, for each parameter, the one implicit value in
  scope whose type conforms to the parameter's. Candidates are what a simple name reaches without a prefix, as in
  scalac: implicit locals and parameters (a method's or constructor's implicit parameters are implicit values in
  its body), then the implicit `val`s, parameterless `def`s and constructor parameters of the enclosing classes and
  objects, then those imports bring in; a name shadowed by a nearer definition is no candidate. When none fits, the
  companion objects of the wanted type's classes and type arguments are searched (scalac's implicit scope: `implicit
  val intMonoid: Monoid[Int]` in `object Monoid`). None is scalac's `could not find implicit value for parameter p:
  P`, several its `ambiguous implicit values`. The argument is then the candidate's name (or `Obj.name`) typed at the
  call, so captures, fields and object members behave as if it were written there.
- `implicit def f(x: A): B` in an enclosing class or object (or a block): where a value of type A is found and a B
  is required, the value becomes `f(value)`, as scalac's views do (one conversion, never chained).

Conversions are searched in the enclosing classes and objects and in imported objects, then in the companion
objects of the source and target types' classes (`object Rational { implicit def fromInt(n: Int): Rational }`).
"""
from __future__ import annotations

from .. import diagnostics as codes
from ..source import Span
from ..syntax import ast
from . import imports, tir
from .context import Context
from .symbols import ClassSymbol, FieldSymbol, LocalSymbol, MethodSymbol
from .generics import substitute, unify
from .types import BOOLEAN, CHAR, ERROR, STRING, TupleType, Type, conforms


def is_implicit_member(sym) -> bool:
    defn = getattr(sym, "defn", None)
    if isinstance(defn, ast.Param):
        return defn.implicit
    return "implicit" in (getattr(defn, "modifiers", None) or ())


def only_implicit_params(method: MethodSymbol) -> bool:
    """Whether a method's only parameter list is an implicit one (`def twice(implicit p: P)`): a use without
    arguments is a call."""
    defns = getattr(method.defn, "params", None) or []
    if getattr(method.defn, "params", 1) is None and method.params:  # `def empty[T: ClassTag]: Array[T]`
        return True  # (its only parameters are ClassTag evidence)
    return bool(defns) and all(getattr(d, "implicit", False) for d in defns)


class ImplicitTyping:
    """Typing rules for implicit arguments and implicit conversions."""

    in_super_call: bool  # typing the arguments of `extends A(args)` (set in Typer.__init__ and by hierarchy.py)
    implicit_ctx: Context | None  # where the code being typed is (set in Typer.__init__, and by check_method
    # and the templates), for the conversions `adapt` applies without a context of its own

    # ------------------------------------------------------------------------------------------ parameters

    def implicit_argument(self, param: LocalSymbol, method_name: str, span: Span, ctx: Context) -> tir.Expr:
        """The value an omitted implicit parameter takes at a call (span: the call's)."""
        wanted = param.tpe
        if wanted is ERROR:
            return tir.ErrorNode(span, ERROR)
        found = [(name, sym, t) for name, sym, t in self.implicit_candidates(ctx) if t is not ERROR
                 and conforms(t, wanted)]
        if not found:  # then the implicit scope: the companion objects of the wanted type's classes
            found = [(f"{obj.name}.{name}", sym, t) for obj, name, sym, t in self.companion_implicits(wanted)
                     if t is not ERROR and conforms(t, wanted)]
        if not found and _standard_ordering(wanted):  # Scala's Ordering.Int, Ordering.String, Ordering.Tuple2...
            ordered = wanted.args[0]
            return self.type_expr(ast.TypeApply(span, ast.Ident(span, "Ordering"),
                                                [ast.KnownType(span, ordered.name, resolved=ordered)]), ctx, wanted)
        if not found:
            return self.error(codes.MISSING_IMPLICIT, f"could not find implicit value for parameter {param.name}: "
                              f"{wanted.name}", span)
        if len(found) > 1:
            return self.error(codes.AMBIGUOUS_IMPLICIT, f"ambiguous implicit values: both {_shown(*found[0])} "
                              f"and {_shown(*found[1])} match expected type {wanted.name}", span)
        return self.type_expr(imports.as_selection(found[0][0], span), ctx, wanted)

    def imported_implicits(self, ctx: Context):
        """(path, symbol, type) of the implicit members of objects that the imports in scope bring in."""
        out = []
        for imp in self.visible_imports(ctx):
            obj = self.program.objects.get(imp.path[-1]) if imp.path else None
            if obj is None:
                continue
            names = [*obj.fields, *obj.methods] if "_" in imp.selectors else \
                [n for n in imp.selectors if imp.aliases.get(n) != "_"]
            for name in names:
                sym = obj.fields.get(name) or obj.methods.get(name)
                if sym is None or not is_implicit_member(sym) or getattr(sym, "params", None):
                    continue
                out.append((f"{obj.name}.{name}", sym, self.implicit_member_type(sym)))
        return out

    def companion_implicits(self, wanted: Type):
        """(object, name, symbol, type) of the implicit members of the companion objects of the wanted type's
        class, of its type arguments' classes, and of their ancestors (scalac's implicit scope)."""
        classes: list = []
        for part in [wanted, *getattr(wanted, "args", ())]:
            cls = getattr(part, "symbol", None)
            if isinstance(cls, ClassSymbol):
                classes.extend(c for c in [cls, *cls.linearization] if c not in classes)
        out = []
        for cls in classes:
            obj = self.program.objects.get(cls.name)
            if obj is None or obj.outer is not cls.outer:
                continue
            for name, sym in [*obj.fields.items(), *obj.methods.items()]:
                if is_implicit_member(sym) and not getattr(sym, "params", None):
                    out.append((obj, name, sym, self.implicit_member_type(sym)))
        return out

    def implicit_candidates(self, ctx: Context):
        """(name, symbol, type) of each implicit value a simple name reaches from ctx, nearest first."""
        seen: set[str] = set()
        out = []
        scope = ctx.scope
        while scope is not None:
            for name, sym in scope.names.items():
                if name in seen:
                    continue
                seen.add(name)
                if isinstance(sym, LocalSymbol) and sym.is_implicit:
                    out.append((name, sym, sym.tpe))
            scope = scope.parent
        owner = ctx.owner
        if self.in_super_call:  # `extends A(args)`: typed outside the class's own members, as scalac types it
            owner = owner.outer if owner is not None else None
        while owner is not None:
            members = [*getattr(owner, "fields", {}).items(), *getattr(owner, "methods", {}).items()]
            for name, sym in members:
                if name in seen:
                    continue
                seen.add(name)
                if isinstance(sym, FieldSymbol) and is_implicit_member(sym):
                    out.append((name, sym, self.implicit_member_type(sym)))
                elif isinstance(sym, MethodSymbol) and sym.params is None and is_implicit_member(sym):
                    out.append((name, sym, self.implicit_member_type(sym)))
            if isinstance(owner, ClassSymbol) and owner.local_scope is not None:
                break  # (a class in a block: the block's own implicits were not searched; rare)
            owner = owner.outer
        out.extend(c for c in self.imported_implicits(ctx) if c[0].rpartition(".")[2] not in seen)
        return out

    def implicit_member_type(self, sym) -> Type:
        """A member's type, inferring it first (from its initializer or body) when it was written without one."""
        if isinstance(sym, FieldSymbol):
            return sym.tpe if sym.tpe is not None else self.field_type(sym, sym.span)
        return self.method_result(sym, sym.span)

    def explicit_implicit_list(self, node: ast.Apply, ctx: Context) -> ast.Apply | None:
        """`f(a)(p)` where f's second list is its implicit one: one call `f(a, p = p)` (by name, so the implicit
        arguments stay a list of their own); None for any other call."""
        inner = node.fn
        if isinstance(inner, ast.New) and not inner.tpe.qualifier:  # `new C(a)(p)`
            cls = self.class_named(inner.tpe.name, inner.tpe.span)
            defns = getattr(getattr(cls, "defn", None), "params", None) or []
            implicit = [d for d in defns if getattr(d, "implicit", False)]
            if not implicit or len(implicit) == len(defns) or len(node.args) != len(implicit) \
                    or any(isinstance(a, ast.NamedArg) for a in node.args):
                return None
            named = [ast.NamedArg(a.span, d.name, a.span, a) for d, a in zip(implicit, node.args)]
            return ast.New(node.span, inner.tpe, [*inner.args, *named])
        if not isinstance(inner, ast.Apply) or not isinstance(inner.fn, ast.Ident):
            return None
        name = inner.fn.name
        local = ctx.scope.lookup(name)
        method = local if local is not None else self.member_in_scope(name, ctx, inner.fn.span)
        if not isinstance(method, MethodSymbol) or not method.params:
            return None
        defns = getattr(method.defn, "params", None) or []
        implicit = [d for d in defns if getattr(d, "implicit", False)]
        if not implicit or len(implicit) == len(defns) or len(node.args) != len(implicit) \
                or len(inner.args) != len(defns) - len(implicit) \
                or any(isinstance(a, ast.NamedArg) for a in node.args):  # (a curried method's lists: members.py)
            return None
        named = [ast.NamedArg(a.span, d.name, a.span, a) for d, a in zip(implicit, node.args)]
        return ast.Apply(node.span, inner.fn, [*inner.args, *named], inner.type_args)

    # ------------------------------------------------------------------------------------------ conversions

    def implicit_conversion(self, e: tir.Expr, expected: Type) -> tir.Expr | None:
        """`f(e)` for the one implicit conversion in scope from e's type to `expected`, or None."""
        return self.apply_view(e, lambda result: conforms(result, expected), expected)

    def member_view(self, e: tir.Expr, name: str) -> tir.Expr | None:
        """`f(e)` for the one implicit conversion in scope from e's type to a type with a member `name` (`!grid`
        with `implicit def toBoolean(g: Grid): Boolean`), or None."""
        return self.apply_view(e, lambda result: _has_member(result, name), None)

    def apply_view(self, e: tir.Expr, fits, expected: Type | None) -> tir.Expr | None:
        """The one implicit conversion of e whose result fits: from the enclosing classes and objects and the imported
        ones, else (scalac's implicit scope) from the companion objects of e's class and of the expected type's."""
        ctx = self.implicit_ctx
        if ctx is None or e.tpe is ERROR:
            return None

        bindings: dict = {}  # a generic conversion's type arguments at e (`implicit class RichList[A](xs: List[A])`)

        def viable(method) -> bool:
            if not is_implicit_member(method) or not method.params or len(method.params) != 1:
                return False
            result = self.implicit_member_type(method)
            if result is ERROR:
                return False
            if method.type_params:
                found_args: dict = {}
                unify(method.params[0].tpe, e.tpe, method.type_params, found_args)
                if any(p not in found_args for p in method.type_params):
                    return False
                if not conforms(e.tpe, substitute(method.params[0].tpe, found_args)):
                    return False
                bindings[method] = found_args
                return fits(substitute(result, found_args))
            return conforms(e.tpe, method.params[0].tpe) and fits(result)

        found = []
        seen: set[str] = set()
        owner = ctx.owner
        while owner is not None:
            for name, method in getattr(owner, "methods", {}).items():
                if name not in seen:
                    seen.add(name)
                    if viable(method):
                        found.append(method)
            owner = owner.outer
        for imp in self.visible_imports(ctx):  # `import Conversions._`, `import Conversions.toRational`
            obj = self.program.objects.get(imp.path[-1]) if imp.path else None
            if obj is None:
                continue
            for name, method in obj.methods.items():
                if name not in seen and ("_" in imp.selectors or name in imp.selectors) and viable(method):
                    seen.add(name)
                    found.append(method)
        if not found:
            for obj in self.companions_of([e.tpe, expected]):
                found.extend(m for m in obj.methods.values() if viable(m))
        if len(found) != 1:
            return None
        method = found[0]
        self.references.append((e.span, method))
        if method.type_params:
            type_args = bindings[method]
            argument = self.to_erased(self.adapt(e, substitute(method.params[0].tpe, type_args)),
                                      method.params[0].tpe, self.implicit_ctx)
            return self.make_call(method, None, [argument], e.span, self.implicit_ctx, type_args)
        return self.make_call(method, None, [self.adapt(e, method.params[0].tpe)], e.span, self.implicit_ctx)

    def companions_of(self, types) -> list:
        """The companion objects of the classes of these types (the part of scalac's implicit scope kept here)."""
        out = []
        for t in types:
            cls = getattr(t, "symbol", None)
            obj = self.program.objects.get(cls.name) if isinstance(cls, ClassSymbol) else None
            if obj is not None and obj.outer is cls.outer and obj not in out:
                out.append(obj)
        return out


def _standard_ordering(wanted: Type) -> bool:
    """Whether wanted is `Ordering[T]` (the prelude's) for a T the library orders: a number, Char, Boolean, String,
    and tuples and Options of them."""
    symbol = getattr(wanted, "symbol", None)
    args = getattr(wanted, "args", ())
    return getattr(symbol, "from_prelude", False) and symbol.name == "Ordering" and len(args) == 1 \
        and _ordered(args[0])


def _ordered(t: Type) -> bool:
    if t.is_numeric or t in (CHAR, BOOLEAN, STRING):
        return True
    if isinstance(t, TupleType):
        return all(_ordered(e) for e in t.elements)
    symbol = getattr(t, "symbol", None)
    return getattr(symbol, "from_prelude", False) and symbol.name == "Option" and len(getattr(t, "args", ())) == 1 \
        and _ordered(t.args[0])


# What a view to a primitive offers a member selection (`!b`, `b && c`, `-n`, `n + 1`).
_BOOLEAN_MEMBERS = frozenset("unary_! && || & | ^ == !=".split())
_NUMBER_MEMBERS = frozenset("unary_- unary_+ unary_~ + - * / % < <= > >= == != & | ^ << >> >>> toInt toLong toDouble "
                            "toFloat toChar toByte toShort toString abs max min".split())


def _has_member(t: Type, name: str) -> bool:
    if t is BOOLEAN:
        return name in _BOOLEAN_MEMBERS
    if t.is_numeric:
        return name in _NUMBER_MEMBERS
    symbol = getattr(t, "symbol", None)
    return isinstance(symbol, ClassSymbol) and (name in symbol.methods or name in symbol.fields)


def _shown(name: str, sym, t: Type) -> str:
    """A candidate as scalac names it: `value local of type P`, `value global in object Main of type => P`."""
    kind = "method" if isinstance(sym, MethodSymbol) else "value"
    owner = getattr(sym, "owner", None)
    if owner is None:
        return f"{kind} {name} of type {t.name}"
    where = "object" if not isinstance(owner, ClassSymbol) else "trait" if owner.is_trait else "class"
    return f"{kind} {name} in {where} {owner.name} of type => {t.name}"
