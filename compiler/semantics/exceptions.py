"""Typing of exceptions: `throw`, `new E(...)` of the JVM's throwable classes (the prelude's), `try`/`catch`/`finally`."""
from __future__ import annotations

from .. import diagnostics as codes
from ..source import Span
from ..syntax import ast
from . import tir
from .builtins import EXCEPTIONS
from .context import Context
from .symbols import ClassSymbol, LocalSymbol
from .patterns import default_value
from .types import BOOLEAN, ERROR, NOTHING, NULL, STRING, UNIT, ClassType, Type, conforms, lub

# The packages a throwable class name may be qualified with.
_PACKAGES = ((), ("java", "lang"), ("java", "util"), ("java", "io"), ("scala",))


def throwable_class(ref: ast.TypeRef) -> str | None:
    """The JVM class a written type names when it is one of the throwables a program may use, else None."""
    qualified = EXCEPTIONS.get(ref.name)
    if qualified is None or ref.args or (ref.qualifier and tuple(ref.qualifier) not in _PACKAGES):
        return None
    return qualified


def is_library_throwable(cls) -> bool:
    """Whether a class is one of the prelude's classes standing for the JVM's throwables (one constructor taking
    (message, cause), onto which the JVM's constructor forms are mapped)."""
    return isinstance(cls, ClassSymbol) and cls.jvm_name is not None


class ExceptionTyping:
    """The typer's part for exceptions (a mixin of Typer)."""

    def library_class(self, name: str) -> ClassSymbol | None:
        """The prelude class of that simple name standing for a JVM throwable (the program's own while the prelude
        itself is typed)."""
        own = self.program.classes.get(name)
        if is_library_throwable(own):
            return own
        for ext in self.extensions:
            t = ext.resolve_type(self, name)
            if isinstance(t, ClassType) and is_library_throwable(t.symbol):
                return t.symbol
        return None

    def library_throwable_of(self, ref: ast.TypeRef) -> ClassSymbol | None:
        """The prelude class a written type means when it names a JVM throwable (`RuntimeException`,
        `java.lang.RuntimeException`) and no class of the program takes that name."""
        if throwable_class(ref) is None:
            return None
        if not ref.qualifier:
            own = self.class_named(ref.name, ref.span)
            if own is not None and not is_library_throwable(own):
                return None
        return self.library_class(ref.name)

    def throwable_type(self) -> Type:
        """The static type of the value a `catch` receives (and of what the exception tag carries)."""
        cls = self.library_class("Throwable")
        return cls.tpe if cls is not None else ERROR

    def is_throwable(self, t: Type) -> bool:
        root = self.library_class("Throwable")
        return isinstance(t, ClassType) and isinstance(t.symbol, ClassSymbol) and root is not None \
            and t.symbol.derives_from(root)

    def throw_new(self, span: Span, qualified: str, message: tir.Expr | None) -> tir.Expr:
        """What the runtime's own checks raise (MatchError, assert, ???): `throw new E(message)`."""
        cls = self.library_class(qualified.rpartition(".")[2])
        if cls is None:
            return self.unsupported(f"`{qualified}` without the library", span)
        message = message if message is not None else tir.Const(span, STRING, None)
        return tir.Throw(span, NOTHING, tir.NewObject(span, cls.tpe, cls, [message, tir.Const(span, NULL, None)]))

    def throwable_arguments(self, cls: ClassSymbol, arg_nodes: list, span: Span, ctx: Context) -> list | None:
        """The JVM's constructor forms of a throwable class, `()`, `(message)`, `(message, cause)` and `(cause)`,
        as the (message, cause) the prelude's class takes; None after reporting."""
        args = [self.type_expr(a, ctx) for a in arg_nodes]
        if any(a.tpe is ERROR for a in args):
            return None
        null = tir.Const(span, NULL, None)
        if not args:
            default = "an implementation is missing" if cls.name == "NotImplementedError" else None
            return [tir.Const(span, STRING, default), null]
        if len(args) == 1 and self.is_throwable(args[0].tpe):
            cause = args[0]
            if not isinstance(cause, (tir.LocalGet, tir.Const)):
                temp = self.temp(cause.tpe, cause.span, ctx)
                set_cause = tir.LocalDef(cause.span, UNIT, temp, cause)
                cause = tir.LocalGet(cause.span, cause.tpe, temp)
                message_of = self.library_call("Throwables", "messageOf", [cause], span)
                return [tir.Block(span, STRING, [set_cause], message_of), cause]
            return [self.library_call("Throwables", "messageOf", [cause], span), cause]
        if len(args) > 2:
            self.error(codes.WRONG_ARGUMENTS, f"`{cls.name}` takes a message and a cause", span)
            return None
        message = self.adapt(args[0], STRING)
        cause = self.adapt(args[1], self.throwable_type()) if len(args) == 2 else null
        if message.tpe is ERROR or cause.tpe is ERROR:
            return None
        return [message, cause]

    def library_call(self, obj: str, name: str, args: list, span: Span) -> tir.Expr:
        owner = self.program.objects.get(obj)  # typing the prelude itself
        if owner is None:
            owner = next(ext.prelude for ext in self.extensions if hasattr(ext, "prelude")).objects[obj]
        method = owner.methods[name]
        return tir.Call(span, method.result, method, None, args)

    def new_exception(self, node: ast.New, cls: ClassSymbol, ctx: Context) -> tir.Expr:
        """`new E()`, `new E(message)`, `new E(message, cause)`, `new E(cause)` of a JVM throwable class."""
        self.references.append((node.tpe.span, cls))
        args = self.throwable_arguments(cls, node.args, node.span, ctx)
        if args is None:
            return tir.ErrorNode(node.span, ERROR)
        if cls.is_abstract:
            return self.error(codes.ABSTRACT_INSTANTIATION, f"class {cls.name} is abstract; cannot be instantiated",
                              node.span)
        return tir.NewObject(node.span, cls.tpe, cls, args)

    def expr_Throw(self, node: ast.Throw, ctx: Context, expected):
        value = self.type_expr(node.value, ctx)
        if value.tpe is ERROR:
            return tir.ErrorNode(node.span, ERROR)
        if not (self.is_throwable(value.tpe) or value.tpe in (NULL, NOTHING)):
            return self.error(codes.TYPE_MISMATCH, f"`throw` needs a Throwable, got {value.tpe.name}",
                              node.value.span)
        return tir.Throw(node.span, NOTHING, value)

    # ------------------------------------------------------------------------------------------ try

    def expr_Try(self, node: ast.Try, ctx: Context, expected):
        body = self.type_expr(node.body, ctx.nested(), expected)
        thrown_type = self.throwable_type()
        caught = None
        # Each case: (tests, bindings, guard, body); the bindings run once the tests pass (a binder of a narrower
        # class is a cast), the guard after them.
        cases: list[tuple[list, list, tir.Expr | None, tir.Expr]] = []
        if node.cases and thrown_type is not ERROR:
            caught = LocalSymbol("$caught", node.span, thrown_type)
            ctx.locals.append(caught)
            for case in node.cases:
                inner = ctx.nested()
                tests: list[tir.Expr] = []
                binds: list[tir.Expr] = []
                value = tir.LocalGet(case.pattern.span, thrown_type, caught)
                ok = self.catch_pattern(case.pattern, value, inner, tests, binds)
                guard = self.adapt(self.type_expr(case.guard, inner, BOOLEAN), BOOLEAN) if case.guard else None
                case_body = self.type_expr(case.body, inner, expected)
                if ok:
                    cases.append((tests, binds, guard, case_body))
        finalizer = None
        if node.finalizer is not None:
            finalizer = self.discard(self.type_expr(node.finalizer, ctx.nested(), UNIT))
        if expected is not None:
            tpe = expected
        else:
            tpe = body.tpe
            for *_, case_body in cases:
                joined = lub(tpe, case_body.tpe)
                if joined is None:
                    return self.error(codes.UNSUPPORTED, f"a `try` whose body and handlers have unrelated types "
                                      f"{tpe.name} and {case_body.tpe.name} (Scala types it as `Any`) is not "
                                      "supported", case_body.span)
                tpe = joined

        def fit(e: tir.Expr) -> tir.Expr:
            return self.discard(e) if tpe is UNIT else self.adapt(e, tpe)

        handler = None
        if caught is not None:
            handler = self.catch_cases(node.span, cases, caught, tpe, fit, ctx)
        return tir.Try(node.span, tpe, fit(body), caught, handler, finalizer)

    def catch_cases(self, span: Span, cases: list, caught: LocalSymbol, tpe: Type, fit, ctx: Context) -> tir.Expr:
        """The catch cases tried in order on the caught value; when none takes it, it is thrown on, as on the JVM."""
        rethrow: tir.Expr = tir.Throw(span, NOTHING, tir.LocalGet(span, caught.tpe, caught))
        if all(not binds or not tests for tests, binds, _guard, _body in cases):
            # Every binding is of the caught value itself: a chain of tests, no flag needed.
            chain = rethrow
            lets: list[tir.Expr] = []
            for tests, binds, guard, case_body in reversed(cases):
                lets = binds + lets
                test = _all(tests + ([guard] if guard is not None else []), span)
                case_body = fit(case_body)
                chain = case_body if test is None else tir.If(case_body.span, tpe, test, case_body, chain)
            return tir.Block(span, chain.tpe, lets, chain) if lets else chain
        done = LocalSymbol("$handled", span, BOOLEAN, mutable=True)
        ctx.locals.append(done)
        get_done = tir.LocalGet(span, BOOLEAN, done)
        stats: list[tir.Expr] = [tir.LocalDef(span, UNIT, done, tir.Const(span, BOOLEAN, False))]
        result = None
        if tpe not in (UNIT, NOTHING, ERROR):
            result = LocalSymbol("$handlerResult", span, tpe, mutable=True)
            ctx.locals.append(result)
            stats.append(tir.LocalDef(span, UNIT, result, tir.Const(span, tpe, default_value(tpe))))
        for tests, binds, guard, case_body in cases:
            case_body = fit(case_body)
            take = [tir.LocalSet(span, UNIT, done, tir.Const(span, BOOLEAN, True))]
            take.append(tir.LocalSet(span, UNIT, result, case_body) if result is not None else self.discard(case_body))
            chosen: tir.Expr = tir.Block(case_body.span, UNIT, take, None)
            if guard is not None:
                chosen = tir.If(case_body.span, UNIT, guard, chosen, None)
            cond = _all([tir.Unary(span, BOOLEAN, "!", get_done), *tests], span)
            stats.append(tir.If(case_body.span, UNIT, cond, tir.Block(span, UNIT, [*binds, chosen], None), None))
        stats.append(tir.If(span, UNIT, tir.Unary(span, BOOLEAN, "!", get_done), rethrow, None))
        if result is None:
            return tir.Block(span, UNIT if tpe is not NOTHING else NOTHING, stats, None)
        return tir.Block(span, tpe, stats, tir.LocalGet(span, tpe, result))

    def catch_pattern(self, pattern: ast.Pattern, value: tir.Expr, ctx: Context, tests: list, binds: list) -> bool:
        """The tests and bindings of one catch case on the caught value: `e`, `_`, `e: T`, `_: T`, alternatives of
        type tests, a binder `e @ ...`, and a case class's constructor pattern; False after reporting."""
        if isinstance(pattern, ast.WildcardPattern):
            return True
        if isinstance(pattern, ast.BindPattern):
            self.bind(pattern.name, pattern.span, value, ctx, binds)
            return True
        if isinstance(pattern, ast.TypedPattern):
            target = self.catch_type(pattern.tpe)
            if target is None:
                if pattern.name is not None:  # bound all the same, so the case's body reports nothing more
                    self.bind(pattern.name, pattern.name_span, tir.ErrorNode(pattern.span, ERROR), ctx, [])
                return False
            narrowed = self.downcast(value, target, pattern.span, tests)
            if pattern.name is not None:
                self.bind(pattern.name, pattern.name_span, narrowed, ctx, binds)
            return True
        if isinstance(pattern, ast.TuplePattern) and len(pattern.elements) == 1:  # parentheses
            return self.catch_pattern(pattern.elements[0], value, ctx, tests, binds)
        if isinstance(pattern, ast.BinderPattern):  # `e @ (_: A | _: B)`
            if not self.catch_pattern(pattern.pattern, value, ctx, tests, binds):
                return False
            self.bind(pattern.name, pattern.name_span, value, ctx, binds)
            return True
        if isinstance(pattern, ast.AlternativePattern):
            test = None
            for alt in pattern.alternatives:
                if isinstance(alt, (ast.UnsupportedPattern, ast.ErrorPattern)):
                    return False
                if not (isinstance(alt, (ast.TypedPattern, ast.WildcardPattern)) and
                        getattr(alt, "name", None) is None):
                    self.unsupported("in a `catch`, an alternative that is not a type test (`_: T`)", alt.span)
                    return False
                one: list[tir.Expr] = []
                if not self.catch_pattern(alt, value, ctx, one, []):
                    return False
                if not one:
                    return True  # `_` or `_: Throwable`: everything
                test = one[0] if test is None else tir.Logical(pattern.span, BOOLEAN, "||", test, one[0])
            if test is not None:
                tests.append(test)
            return True
        if isinstance(pattern, ast.ConstructorPattern):
            cls = self.class_named(pattern.path[-1], pattern.name_span)
            if cls is not None and self.is_throwable(cls.tpe):
                narrowed = self.downcast(value, cls.tpe, pattern.name_span, tests)
                return self.constructor_pattern(pattern, narrowed, ctx, tests, binds)
        if not isinstance(pattern, (ast.UnsupportedPattern, ast.ErrorPattern)):
            self.error(codes.UNSUPPORTED, "this pattern in a `catch` is not supported (only a type test `e: T` or "
                       "`_: T`, alternatives of them, a name, `_`, a binder `e @ ...` or a case class's "
                       "constructor pattern)", pattern.span)
        return False

    def catch_type(self, ref: ast.TypeRef) -> Type | None:
        """The throwable class a catch case tests for; None after reporting."""
        library = self.library_throwable_of(ref)
        t = library.tpe if library is not None else self.resolve_type(ref)
        if t is ERROR:
            return None
        if isinstance(t, ClassType) and getattr(t.symbol, "is_trait", False) \
                and not getattr(t.symbol, "universal", False):
            return t  # `case r: Retryable`: a thrown class may mix the trait in (an interface-table test)
        if not self.is_throwable(t):
            self.error(codes.TYPE_MISMATCH, f"a `catch` case can only test for a Throwable class, not {t.name}",
                       ref.span)
            return None
        return t

    def downcast(self, value: tir.Expr, target: Type, span: Span, tests: list) -> tir.Expr:
        """The caught value tested to be a `target` (no test for Throwable itself), and seen as one."""
        if conforms(value.tpe, target):
            return value
        tests.append(tir.InstanceOf(span, BOOLEAN, value, target))
        return tir.Cast(span, target, value)


def _all(tests: list, span: Span) -> tir.Expr | None:
    out = None
    for t in tests:
        out = t if out is None else tir.Logical(span, BOOLEAN, "&&", out, t)
    return out
