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
from .types import ERROR, UNIT, ClassType


class ClassFormTyping:
    """Nesting, companions, constructors and access checks (a mixin of the Typer)."""

    # ------------------------------------------------------------------------------------------ access

    def check_access(self, sym, span: Span, ctx: Context, receiver=None) -> None:
        """Report a `private`/`protected` member used from outside its owner, its companion and their nested code
        (a protected one also from a subclass, on a receiver of that subclass's type, as scalac checks it)."""
        access = member_access_modifier(sym)
        if access is None:
            return
        if self.accessible_from(sym.owner, access, ctx.owner):
            site = self.protected_site(sym.owner, access, ctx.owner)
            prefix = getattr(receiver, "tpe", None)
            if site is not None and isinstance(prefix, ClassType) and isinstance(prefix.symbol, ClassSymbol) \
                    and not isinstance(receiver, tir.This) and not prefix.symbol.derives_from(site):
                kind = "method" if isinstance(sym, MethodSymbol) else "variable" if sym.mutable else "value"
                self.error(codes.INACCESSIBLE, f"{kind} {sym.name} in class {sym.owner.name} cannot be accessed in "
                           f"{prefix.name}\n Access to protected method {sym.name} not permitted because\n prefix "
                           f"type {prefix.name} does not conform to\n class {site.name} where the access take place",
                           span)  # (scalac's words, "take place" included)
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
            if access.startswith("protected") and isinstance(owner, ClassSymbol) and isinstance(site, ClassSymbol) \
                    and site.derives_from(owner):
                return True  # a subclass's code (and what is nested in it) may use a protected member
            if id(site) in allowed or (qualifier not in (None, "this") and site.name == qualifier):
                return True
            site = site.outer
        if qualifier not in (None, "this") and qualifier not in self.program.objects \
                and qualifier not in self.program.classes:
            return True  # `private[pkg]`: the whole file is in the package
        return False

    def protected_site(self, owner, access: str, site):
        """The subclass through which a protected member is reached (None: from the owner or its companion)."""
        if not access.startswith("protected") or "[" in access:
            return None
        allowed = {id(owner)}
        companion = self.companion_of(owner)
        if companion is not None:
            allowed.add(id(companion))
        while site is not None:
            if id(site) in allowed:
                return None
            if isinstance(site, ClassSymbol) and isinstance(owner, ClassSymbol) and site.derives_from(owner):
                return site
            site = site.outer
        return None

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
        if isinstance(ctx.owner, ObjectSymbol) and ctx.owner.instance is not None:
            return self.object_instance(ctx.owner, span)
        return tir.This(span, ctx.owner.tpe, ctx.owner)

    def outer_instance_member(self, sym, ctx: Context, span: Span) -> tir.Expr | None:
        """A member of an enclosing class's instance used from a nested definition: unsupported (no outer
        reference); None when the member belongs to the current class."""
        if sym.owner is ctx.owner or sym.owner in getattr(ctx.owner, "linearization", ()):
            return None
        module_class = getattr(ctx.owner, "module_class", None)
        if module_class is not None and sym.owner in module_class.linearization:
            return None  # an object's inherited member: its receiver is the object's instance
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
        if cls.is_abstract:
            for a in arg_nodes:
                self.type_expr(a, ctx)
            kind = "trait" if cls.is_trait else "class"
            return self.error(codes.ABSTRACT_INSTANTIATION, f"{kind} {cls.name} is abstract; cannot be instantiated",
                              span)
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
