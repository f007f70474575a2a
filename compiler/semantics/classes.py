"""Typing of the object model's forms: nested objects and classes, companions, auxiliary constructors, and the
`private` / `protected` access rules.

Nested definitions are entered beside the top-level ones, under their simple names, with a link to the definition
that encloses them: an object's members stay reachable from inside (they are static), and a class inside a class
holds its enclosing instance in an outer field (`Outer.this`), through which it reaches that instance's members.
Classes defined in blocks are entered where the block is typed and see its locals. An auxiliary constructor
`def this(...)` becomes a static function that builds the object with the constructor it calls first, then runs
its own statements with `this` bound to that object.
"""
from __future__ import annotations

from bisect import bisect_left

from .. import diagnostics as codes
from ..source import Span
from ..syntax import ast
from . import arguments, tir
from .anonymous import local_class_starts
from .context import Context, Scope
from .packages import FILE_STRIDE
from .symbols import ClassSymbol, FieldSymbol, LocalSymbol, MethodSymbol, ObjectSymbol
from .generics import substitute
from .types import ERROR, UNIT, AppliedType, ClassType


class ClassFormTyping:
    """Nesting, companions, constructors and access checks (a mixin of the Typer)."""

    # ------------------------------------------------------------------------------------------ access

    def check_access(self, sym, span: Span, ctx: Context, receiver: tir.Expr | None = None) -> None:
        """Report a `private`/`protected` member used from outside its owner, its companion and their nested code
        (a protected one also from a subclass, on a receiver of that subclass's type, as scalac checks it).
        A `private[this]` member is object-private: selected on anything but `this`, scalac does not see it at all."""
        access = member_access_modifier(sym)
        if access in ("private[this]", "protected[this]") and receiver is not None \
                and not self.is_this(receiver, ctx):
            self.error(codes.NOT_A_MEMBER, f"value `{sym.name}` is not a member of {sym.owner.name} (it is "
                       f"`{access}`: only `this` object may use it)", span)
            return
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

    def is_this(self, e: tir.Expr, ctx: Context) -> bool:
        """Whether e is the current object (`this`, or the object an auxiliary constructor builds) or an enclosing
        instance reached from it (`Outer.this`)."""
        while isinstance(e, tir.FieldGet) and isinstance(e.sym.owner, ClassSymbol) \
                and e.sym is e.sym.owner.outer_field:
            e = e.obj
        if isinstance(e, tir.This):
            return True
        method = ctx.method
        return isinstance(e, tir.LocalGet) and method is not None and method.self_local is not None \
            and e.sym is method.self_local

    def owner_instance(self, owner, ctx: Context, span: Span, what: str) -> tir.Expr:
        """The instance of `owner` (the current class or one enclosing it) seen from where code runs: `this`, then
        each inner class's outer reference in turn, as scalac reaches `Outer.this` (stopping at the first class that
        defines or inherits owner's members; an object with parents reaches them through its instance). Reported as unsupported when an
        object lies between (an object nested in a class has no outer reference here)."""
        module_class = getattr(ctx.owner, "module_class", None)
        if module_class is not None and owner in module_class.linearization:
            return self.this_value(ctx, span)  # an object's inherited member: its receiver is the object's instance
        receiver = self.this_value(ctx, span) if isinstance(ctx.owner, ClassSymbol) else None
        current = ctx.owner
        # A member the class defines or inherits is reached through that class's instance.
        while current is not owner and owner not in getattr(current, "linearization", ()):
            if receiver is not None and isinstance(current, ClassSymbol):
                as_self = self.as_self_type(current, receiver, owner, span)  # a member of the self type
                if as_self is not None:
                    return as_self
            if receiver is None or not isinstance(current, ClassSymbol) or current.outer_field is None:
                return self.unsupported(f"{what} of the enclosing class {owner.name} from the nested "
                                        f"{ctx.owner.name}", span)
            receiver = tir.FieldGet(span, current.outer.tpe, receiver, current.outer_field)
            current = current.outer
        return receiver

    def qualified_this(self, name: str, ctx: Context, span: Span) -> tir.Expr:
        """`Outer.this`: the current instance when Outer is the current class, else an enclosing instance."""
        owner = ctx.owner
        while owner is not None and owner.name != name:
            owner = owner.outer
        if owner is None:
            return self.error(codes.UNRESOLVED_NAME, f"`{name}` is not an enclosing class", span)
        if isinstance(owner, ObjectSymbol):
            return self.unsupported("`this` in an object", span)
        return self.owner_instance(owner, ctx, span, "`this`")

    # ------------------------------------------------------------------------------------------ inner classes

    def enter_outer_reference(self, cls: ClassSymbol) -> None:
        """A class inside a class (or inside a method of one) holds its enclosing instance, as in Scala."""
        outer = cls.outer
        if not isinstance(outer, ClassSymbol) or cls.is_trait:  # (a trait's code reaches no enclosing instance)
            return
        cls.outer_param = LocalSymbol("$outer", cls.span, outer.tpe, is_param=True)
        cls.outer_field = FieldSymbol("$outer", cls.span, cls, outer.tpe, False, index=len(cls.fields))
        cls.fields["$outer"] = cls.outer_field

    def outer_for_new(self, cls: ClassSymbol, ctx: Context, span: Span) -> tir.Expr | None:
        """The enclosing instance a `new Inner(...)` written inside the outer class's code passes."""
        if cls.outer_field is None:
            return None
        site = ctx.owner
        while site is not None and cls.outer not in getattr(getattr(site, "module_class", None) or site,
                                                             "linearization", (site,)):  # (or a subclass, an object
            site = site.outer                                                            # extending one)
        if site is None:  # scalac does not see the name here at all
            return self.error(codes.UNRESOLVED_NAME, f"`{cls.name}` is an inner class of {cls.outer.name}: create it "
                              f"from an instance, `new outer.{cls.name}(...)`", span)
        return self.owner_instance(cls.outer, ctx, span, f"creating the inner class {cls.name}")

    def new_on_instance(self, node: ast.New, ctx: Context) -> tir.Expr | None:
        """`new o.Inner(args)`: an inner class created with the instance o as its enclosing one; None when the
        type's prefix does not start with a value."""
        ref = node.tpe
        head = ref.qualifier[0] if ref.qualifier else None
        if head is None or (ctx.scope.lookup(head) is None and self.member_in_scope(head, ctx) is None):
            return None
        path: ast.Expr = ast.Ident(ref.span, head)
        for name in ref.qualifier[1:]:
            path = ast.Select(ref.span, path, name, ref.span)
        outer = self.type_expr(path, ctx)
        if outer.tpe is ERROR:
            return outer
        cls = self.program.classes.get(ref.name)
        prefix = getattr(outer.tpe, "symbol", None)
        if cls is None or cls.outer_field is None or not isinstance(prefix, ClassSymbol) \
                or not prefix.derives_from(cls.outer):
            for a in node.args:
                self.type_expr(a, ctx)
            return self.error(codes.NOT_A_MEMBER, f"type `{ref.name}` is not a member of {outer.tpe.name}", ref.span)
        self.references.append((ref.span, cls))
        return self.construct(cls, node.args, node.span, ctx, outer=outer)

    # ------------------------------------------------------------------------------------------ local classes

    def enter_local_classes(self, stats: list, ctx: Context, block_span: Span | None = None) -> dict:
        """Enter the classes a block defines before its statements are typed (they may be used before their
        definition, and by each other). Their code sees the block's locals. A block's own classes (block_span
        given) are known by their simple names inside the block, so two methods may each define a `P` (named
        `Main$P$1` and `Main$P$2` on the JVM, as scalac numbers them); the classes nested in them by their simple
        names. Returns them by the id of their definition."""
        entered: dict[int, ClassSymbol] = {}
        own: dict[str, ClassSymbol] = {}
        pending = [(stat, ctx.owner) for stat in stats if isinstance(stat, ast.ClassDef)]
        while pending:
            defn, outer = pending.pop(0)
            key = defn.name
            if "implicit" in defn.modifiers and outer is ctx.owner:
                self.unsupported("an implicit class in a block (one in an object or a class is supported)",
                                 defn.name_span)
            if block_span is not None and outer is ctx.owner:
                if defn.name in own and defn.name.endswith("$"):
                    continue  # a second object of that name: reported once, as its value's duplicate
                if self._taken(defn.name, defn.name_span, own):
                    continue
                n = 1
                while key in self.program.classes:  # another block's class of that name
                    n += 1
                    key = f"{defn.name}#{n}"
            elif self._taken(defn.name, defn.name_span, self.program.classes):
                continue
            cls = ClassSymbol(defn.name, defn.name_span, defn=defn, outer=outer, local_scope=ctx.scope)
            cls.tpe = ClassType(defn.name, cls)
            self.program.classes[key] = cls
            if block_span is not None and outer is ctx.owner:
                own[defn.name] = cls
                cls.local_number = self.local_class_number(defn)
            entered[id(defn)] = cls
            for s in defn.body:
                if isinstance(s, ast.ClassDef):
                    pending.append((s, cls))
                elif isinstance(s, ast.ObjectDef):
                    self.unsupported("an object inside a class defined in a method", s.name_span)
        if own:
            self.block_classes.append((block_span, own))
        for cls in entered.values():
            self.enter_parents(cls)
            self.enter_class(cls)
        fresh = set(map(id, entered.values()))
        self.complete_hierarchies(list(entered.values()),
                                  done={id(c) for c in self.program.classes.values() if id(c) not in fresh})
        return entered

    def check_local_class(self, cls: ClassSymbol) -> None:
        """Type a block's class (and the classes nested in it) where the block defines it."""
        self.check_class(cls)
        for stat in cls.defn.body:
            nested = self.program.classes.get(stat.name) if isinstance(stat, ast.ClassDef) else None
            if nested is not None and nested.defn is stat:
                self.check_local_class(nested)

    def case_class_without_companion(self, name: str, node: ast.Apply, ctx: Context) -> tir.Expr | None:
        """`P(args)` for a case class defined in a class or a block, which gets no companion object here: the
        instance made directly, as the companion's `apply` would."""
        cls = self.class_named(name, node.fn.span)
        if cls is None or "case" not in cls.defn.modifiers or not isinstance(cls.outer, ClassSymbol) \
                and cls.local_scope is None or not self.local_class_visible(cls, ctx):
            return None
        self.references.append((node.fn.span, cls))
        return self.construct(cls, node.args, node.span, ctx)

    def inner_case_class_apply(self, outer_cls: ClassSymbol, outer: tir.Expr, name: str, name_span: Span,
                               arg_nodes: list, span: Span, ctx: Context) -> tir.Expr | None:
        """`o.P(args)`: a case class nested in o's class, made with o as its enclosing instance."""
        cls = self.class_named(name, name_span)
        if cls is None or cls.outer is not outer_cls or "case" not in cls.defn.modifiers:
            return None
        self.references.append((name_span, cls))
        return self.construct(cls, arg_nodes, span, ctx, outer=outer)

    def block_class(self, name: str, span: Span) -> ClassSymbol | None:
        """The class of that name a block around span defines (the innermost such block), or None."""
        found, start = None, -1
        for block, classes in self.block_classes:
            if block.start <= span.start <= block.end and name in classes and block.start > start:
                found, start = classes[name], block.start
        return found

    def local_class_number(self, defn: ast.ClassDef) -> int:
        """scalac's `$N` of a class defined in a block: how many classes of that name its file's blocks define up to
        this one, in source order (`Main$P$2`); for an object's, after one per object of the name (`Main$O$3$`)."""
        index = defn.span.start // FILE_STRIDE
        found = self.local_class_order.get(index)
        if found is None:
            unit = next((u for u in self.units if u.span.start // FILE_STRIDE == index), None)
            found = self.local_class_order[index] = local_class_starts(unit) if unit is not None else {}
        starts = found.get(defn.name, [])
        number = bisect_left(starts, defn.span.start) + 1
        # An object's class comes after the holders of every object of that name (scalac names those first).
        return number + len(starts) if defn.name.endswith("$") else number

    def local_class_visible(self, cls: ClassSymbol, ctx: Context) -> bool:
        """Whether code typed in ctx lies inside the block that defines cls (always, for a member class)."""
        if cls.local_scope is None:
            return True
        scope = ctx.scope
        while scope is not None:
            if scope is cls.local_scope:
                return True
            scope = scope.parent
        return False

    # ------------------------------------------------------------------------------------------ constructors

    def enter_constructor(self, cls: ClassSymbol, defn: ast.DefDef) -> None:
        """`def this(params) = { this(...); stats }`: a static function returning the new object."""
        if isinstance(cls.outer, ClassSymbol) or cls.local_scope is not None:
            self.unsupported("an auxiliary constructor of an inner or local class", defn.name_span)
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
                  auxiliaries: list[MethodSymbol] | None = None, outer: tir.Expr | None = None) -> tir.Expr:
        """`new cls(args)`: the primary constructor, or the auxiliary one the arguments select; an inner class
        gets `outer` as its enclosing instance (by default, the one seen from ctx)."""
        if cls.is_abstract:
            for a in arg_nodes:
                self.type_expr(a, ctx)
            kind = "trait" if cls.is_trait else "class"
            return self.error(codes.ABSTRACT_INSTANTIATION, f"{kind} {cls.name} is abstract; cannot be instantiated",
                              span)
        auxiliaries = cls.constructors if auxiliaries is None else auxiliaries
        if outer is None and cls.outer_field is not None:
            outer = self.outer_for_new(cls, ctx, span)
            if outer.tpe is ERROR:
                return outer
        chosen, typed = None, None
        ctor_params = cls.params
        if auxiliaries:
            primary = MethodSymbol(cls.name, cls.span, cls, cls.params, cls.tpe, defn=cls.defn)
            chosen, typed = arguments.choose_overload(self, [primary, *auxiliaries], arg_nodes, span, ctx)
            if chosen is None:
                return tir.ErrorNode(span, ERROR)
            if chosen is primary:
                chosen = None
            else:
                ctor_params = chosen.params
        params, tpe = ctor_params, cls.tpe
        if cls.type_params:
            written, expected = self.call_sites.get(span, ((), None))
            own = AppliedType(cls, tuple(cls.type_params))
            found = self.type_arguments(cls.type_params, written, f"{'trait' if cls.is_trait else 'class'} "
                                        f"{cls.name}", f"wrong number of type arguments for {cls.name}, should be "
                                        f"{len(cls.type_params)}", own, [p.tpe for p in ctor_params], ctor_params,
                                        arg_nodes, span, ctx, expected, typed)
            if found is None:
                return tir.ErrorNode(span, ERROR)
            type_args, typed = found
            tpe = substitute(own, type_args)
            params = [LocalSymbol(p.name, p.span, substitute(p.tpe, type_args), is_param=True, by_name=p.by_name)
                      for p in ctor_params]
        defined = chosen if chosen is not None else cls
        matched = arguments.match_arguments(self, f"new {cls.name}", defined.span, params,
                                            arguments.declared_params(defined),
                                            arg_nodes, span, ctx, cls, typed, None, ctor_params)
        if matched is None:
            return tir.ErrorNode(span, ERROR)
        args = [self.to_erased(a, p.tpe, ctx) for a, p in zip(matched.args, ctor_params)]
        if chosen is not None:  # an auxiliary constructor: a static function returning the new object
            return matched.wrap(tir.Call(span, tpe, chosen, None, args))
        return matched.wrap(tir.NewObject(span, tpe, cls, args, outer))


def member_access_modifier(sym) -> str | None:
    """`private`, `protected`, `private[X]`, ... as written on a member, or None for a public one."""
    defn = getattr(sym, "defn", None)
    if isinstance(defn, ast.ClassParam):
        return defn.access
    for modifier in getattr(defn, "modifiers", ()):
        if modifier.startswith(("private", "protected")):
            return modifier
    return None
