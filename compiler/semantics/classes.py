"""Typing of the object model's forms: nested objects and classes, companions, auxiliary constructors, and the
`private` / `protected` access rules.

Nested definitions are entered beside the top-level ones, under their simple names, with a link to the definition
that encloses them: an object's members stay reachable from inside (they are static), while the members of an
enclosing *instance* would need an outer reference, which is beyond the subset. An auxiliary constructor
`def this(...)` becomes a static function that builds the object with the constructor it calls first, then runs
its own statements with `this` bound to that object.
"""
from __future__ import annotations

from .. import diagnostics as codes
from ..source import Span
from ..syntax import ast
from . import arguments, tir
from .context import Context, Scope
from .symbols import ClassSymbol, LocalSymbol, MethodSymbol, ObjectSymbol
from .types import ERROR, UNIT


class ClassFormTyping:
    """Nesting, companions, constructors and access checks (a mixin of the Typer)."""

    # ------------------------------------------------------------------------------------------ access

    def check_access(self, sym, span: Span, ctx: Context, receiver: tir.Expr | None = None) -> None:
        """Report a `private`/`protected` member used from outside its owner, its companion and their nested code.
        A `private[this]` member is object-private: selected on anything but `this`, scalac does not see it at all."""
        access = member_access_modifier(sym)
        if access == "private[this]" and receiver is not None and not self.is_this(receiver, ctx):
            self.error(codes.NOT_A_MEMBER, f"value `{sym.name}` is not a member of {sym.owner.name} (it is "
                       "`private[this]`: only `this` object may use it)", span)
            return
        if access is None or self.accessible_from(sym.owner, access, ctx.owner):
            return
        kind = "method" if isinstance(sym, MethodSymbol) else "value"
        where = "object" if isinstance(sym.owner, ObjectSymbol) else "class"
        self.error(codes.INACCESSIBLE, f"{kind} `{sym.name}` in {where} {sym.owner.name} cannot be accessed here: "
                   f"it is `{access}`", span)

    def accessible_from(self, owner, access: str, site) -> bool:
        qualifier = access[access.index("[") + 1:-1] if "[" in access else None
        allowed = {id(owner)}
        companion = self.companion_of(owner)
        if companion is not None:
            allowed.add(id(companion))
        while site is not None:
            if id(site) in allowed or (qualifier not in (None, "this") and site.name == qualifier):
                return True
            site = site.outer
        if qualifier not in (None, "this") and qualifier not in self.program.objects \
                and qualifier not in self.program.classes:
            return True  # `private[pkg]`: the whole file is in the package
        return False

    def companion_of(self, owner):
        if isinstance(owner, ClassSymbol):
            other = self.object_named(owner.name, owner.span)
        else:
            other = self.class_named(owner.name, owner.span)
        return other if other is not None and other.outer is owner.outer else None

    # ------------------------------------------------------------------------------------------ `this`

    def this_value(self, ctx: Context, span: Span) -> tir.Expr:
        """`this` where code runs: the object an auxiliary constructor is building, else the method's receiver."""
        method = ctx.method
        if method is not None and method.self_local is not None:
            return tir.LocalGet(span, method.self_local.tpe, method.self_local)
        return tir.This(span, ctx.owner.tpe, ctx.owner)

    def is_this(self, e: tir.Expr, ctx: Context) -> bool:
        """Whether e is the current object (`this`, or the object an auxiliary constructor builds)."""
        if isinstance(e, tir.This):
            return True
        method = ctx.method
        return isinstance(e, tir.LocalGet) and method is not None and e.sym is method.self_local \
            and e.sym is not None

    def outer_instance_member(self, sym, ctx: Context, span: Span) -> tir.Expr | None:
        """A member of an enclosing class's instance used from a nested definition: unsupported (no outer
        reference); None when the member belongs to the current class."""
        if sym.owner is ctx.owner:
            return None
        return self.unsupported(f"using `{sym.name}` of the enclosing class {sym.owner.name} from the nested "
                                f"{ctx.owner.name}", span)

    # ------------------------------------------------------------------------------------------ constructors

    def enter_constructor(self, cls: ClassSymbol, defn: ast.DefDef) -> None:
        """`def this(params) = { this(...); stats }`: a static function returning the new object."""
        ctor = self.enter_method(cls, defn)
        ctor.result = cls.tpe
        ctor.is_constructor = True
        cls.constructors.append(ctor)

    def check_constructor(self, ctor: MethodSymbol) -> None:
        cls: ClassSymbol = ctor.owner
        defn: ast.DefDef = ctor.defn
        body = defn.body
        stats = body.stats if isinstance(body, ast.Block) else [body] if body is not None else []
        first = stats[0] if stats else None
        if not (isinstance(first, ast.Apply) and isinstance(first.fn, ast.This)):
            self.error(codes.SYNTAX_ERROR, "an auxiliary constructor must begin with a call of another constructor, "
                       "`this(...)`", defn.name_span)
            ctor.body = tir.ErrorNode(defn.span, ERROR)
            return
        ctx = Context(cls, ctor, Scope(), ctor.locals)
        for p in ctor.params or ():
            ctx.scope.names[p.name] = p
        earlier = [c for c in cls.constructors[:cls.constructors.index(ctor)]]
        built = self.construct(cls, first.args, first.span, ctx, earlier)
        self_local = LocalSymbol("this", defn.name_span, cls.tpe)
        ctor.locals.append(self_local)
        ctor.self_local = self_local  # from here on, `this` is the object just built
        typed = [tir.LocalDef(first.span, UNIT, self_local, built)]
        inner = ctx.nested()
        for stat in stats[1:]:
            if isinstance(stat, ast.ValDef):
                typed.append(self.local_val(stat, inner))
            else:
                typed.append(self.discard(self.type_expr(stat, inner, UNIT)))
        ctor.body = tir.Block(defn.span, cls.tpe, typed, tir.LocalGet(defn.span, cls.tpe, self_local))

    def construct(self, cls: ClassSymbol, arg_nodes: list, span: Span, ctx: Context,
                  auxiliaries: list[MethodSymbol] | None = None) -> tir.Expr:
        """`new cls(args)`: the primary constructor, or the auxiliary one the arguments select."""
        auxiliaries = cls.constructors if auxiliaries is None else auxiliaries
        chosen, typed = None, None
        if auxiliaries:
            primary = MethodSymbol(cls.name, cls.span, cls, cls.params, cls.tpe, defn=cls.defn)
            chosen, typed = arguments.choose_overload(self, [primary, *auxiliaries], arg_nodes, span, ctx)
            if chosen is None:
                return tir.ErrorNode(span, ERROR)
            if chosen is not primary:
                matched = arguments.match_arguments(self, f"new {cls.name}", chosen.span, chosen.params,
                                                    arguments.declared_params(chosen), arg_nodes, span, ctx, cls, typed)
                if matched is None:
                    return tir.ErrorNode(span, ERROR)
                return matched.wrap(tir.Call(span, cls.tpe, chosen, None, matched.args))
        matched = arguments.match_arguments(self, f"new {cls.name}", cls.span, cls.params,
                                            arguments.declared_params(cls),
                                            arg_nodes, span, ctx, cls, typed)
        if matched is None:
            return tir.ErrorNode(span, ERROR)
        return matched.wrap(tir.NewObject(span, cls.tpe, cls, matched.args))


def member_access_modifier(sym) -> str | None:
    """`private`, `protected`, `private[X]`, ... as written on a member, or None for a public one."""
    defn = getattr(sym, "defn", None)
    if isinstance(defn, ast.ClassParam):
        return defn.access
    for modifier in getattr(defn, "modifiers", ()):
        if modifier.startswith(("private", "protected")):
            return modifier
    return None
