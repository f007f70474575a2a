"""Typing of exceptions: `throw`, `new E(...)` of the JVM's throwable classes, and `try`/`catch`/`finally`."""
from __future__ import annotations

from .. import diagnostics as codes
from ..source import Span
from ..syntax import ast
from . import tir
from .builtins import EXCEPTIONS
from .context import Context
from .symbols import LocalSymbol
from .types import BOOLEAN, ERROR, NOTHING, NULL, STRING, UNIT, ClassType, Type, lub

# Where no extension offers the prelude's class (a bare typer): lowering still represents it by the prelude's.
THROWABLE = ClassType("Throwable")
# The packages a throwable class name may be qualified with.
_PACKAGES = ((), ("java", "lang"), ("java", "util"), ("scala",))


def throwable_class(ref: ast.TypeRef) -> str | None:
    """The JVM class a written type names when it is one of the throwables a program may use, else None."""
    qualified = EXCEPTIONS.get(ref.name)
    if qualified is None or ref.args or (ref.qualifier and tuple(ref.qualifier) not in _PACKAGES):
        return None
    return qualified


class ExceptionTyping:
    """The typer's part for exceptions (a mixin of Typer)."""

    def throwable_type(self) -> Type:
        """The one static type of every throwable (a provisional representation: the JVM's classes are told apart
        at run time by the name they carry)."""
        for ext in self.extensions:
            t = ext.resolve_type(self, "Throwable")
            if t is not None:
                return t
        own = self.program.classes.get("Throwable")  # typing the prelude itself
        return own.tpe if own is not None else THROWABLE

    def new_throwable(self, span: Span, qualified: str, message: tir.Expr | None,
                      cause: tir.Expr | None = None) -> tir.Expr:
        if message is None:
            message = tir.Const(span, STRING, None)
        return tir.Builtin(span, self.throwable_type(), "throwable.new",
                           [tir.Const(span, STRING, qualified), message, cause or tir.Const(span, NULL, None)])

    def throw_new(self, span: Span, qualified: str, message: tir.Expr | None) -> tir.Throw:
        """What the runtime's own checks raise (MatchError, assert, ???)."""
        return tir.Throw(span, NOTHING, self.new_throwable(span, qualified, message))

    def is_throwable(self, t: Type) -> bool:
        return t is self.throwable_type() or t is THROWABLE

    def new_exception(self, node: ast.New, qualified: str, ctx: Context) -> tir.Expr:
        """`new E()`, `new E(message)`, `new E(message, cause)`, `new E(cause)`."""
        span = node.span
        args = [self.type_expr(a, ctx) for a in node.args]
        if any(a.tpe is ERROR for a in args):
            return tir.ErrorNode(span, ERROR)
        if not args:
            default = "an implementation is missing" if qualified == "scala.NotImplementedError" else None
            return self.new_throwable(span, qualified, tir.Const(span, STRING, default))
        if len(args) == 1 and self.is_throwable(args[0].tpe):
            return tir.Builtin(span, self.throwable_type(), "throwable.fromCause",
                               [tir.Const(span, STRING, qualified), args[0]])
        if len(args) > 2:
            return self.error(codes.WRONG_ARGUMENTS, f"`{node.tpe.name}` takes a message and a cause", span)
        message = self.adapt(args[0], STRING)
        cause = self.adapt(args[1], self.throwable_type()) if len(args) == 2 else None
        if message.tpe is ERROR or (cause is not None and cause.tpe is ERROR):
            return tir.ErrorNode(span, ERROR)
        return self.new_throwable(span, qualified, message, cause)

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
        cases: list[tuple[tir.Expr | None, tir.Expr]] = []  # (test, body); test None: catches everything
        binds: list[tir.Expr] = []
        if node.cases:
            caught = LocalSymbol("$caught", node.span, thrown_type)
            ctx.locals.append(caught)
            for case in node.cases:
                inner = ctx.nested()
                ok, test = self.catch_pattern(case.pattern, caught, inner, binds)
                if case.guard is not None:
                    guard = self.adapt(self.type_expr(case.guard, inner, BOOLEAN), BOOLEAN)
                    test = guard if test is None else tir.Logical(case.span, BOOLEAN, "&&", test, guard)
                case_body = self.type_expr(case.body, inner, expected)
                if ok:
                    cases.append((test, case_body))
        finalizer = None
        if node.finalizer is not None:
            finalizer = self.discard(self.type_expr(node.finalizer, ctx.nested(), UNIT))
        if expected is not None:
            tpe = expected
        else:
            tpe = body.tpe
            for _test, case_body in cases:
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
            # No case matching: the exception goes on to the next handler, as on the JVM.
            chain: tir.Expr = tir.Throw(node.span, NOTHING, tir.LocalGet(node.span, thrown_type, caught))
            for test, case_body in reversed(cases):
                case_body = fit(case_body)
                chain = case_body if test is None else tir.If(case_body.span, tpe, test, case_body, chain)
            handler = tir.Block(node.span, chain.tpe, binds, chain) if binds else chain
        return tir.Try(node.span, tpe, fit(body), caught, handler, finalizer)

    def catch_pattern(self, pattern: ast.Pattern, caught: LocalSymbol, ctx: Context,
                      binds: list) -> tuple[bool, tir.Expr | None]:
        """(typed, test) for one catch case: `e`, `_`, `e: T`, `_: T`, `_: A | _: B`, `e @ (...)`; test None
        matches all."""
        value = tir.LocalGet(pattern.span, caught.tpe, caught)
        if isinstance(pattern, ast.WildcardPattern):
            return True, None
        if isinstance(pattern, ast.BindPattern):
            self.bind_caught(pattern.name, pattern.span, caught, ctx, binds)
            return True, None
        if isinstance(pattern, ast.TypedPattern):
            qualified = throwable_class(pattern.tpe)
            if qualified is None:
                t = self.resolve_type(pattern.tpe)
                if t is not ERROR:
                    self.error(codes.TYPE_MISMATCH, f"a `catch` case can only test for a Throwable class, not "
                               f"{t.name}", pattern.tpe.span)
                return False, None
            if pattern.name is not None:
                self.bind_caught(pattern.name, pattern.name_span, caught, ctx, binds)
            if qualified == "java.lang.Throwable":
                return True, None
            return True, tir.Builtin(pattern.span, BOOLEAN, "throwable.isInstance",
                                     [value, tir.Const(pattern.span, STRING, qualified)])
        if isinstance(pattern, ast.TuplePattern) and len(pattern.elements) == 1:  # parentheses
            return self.catch_pattern(pattern.elements[0], caught, ctx, binds)
        if isinstance(pattern, ast.BinderPattern):  # `e @ (_: A | _: B)`
            self.bind_caught(pattern.name, pattern.name_span, caught, ctx, binds)
            return self.catch_pattern(pattern.pattern, caught, ctx, binds)
        if isinstance(pattern, ast.AlternativePattern):
            test = None
            for alt in pattern.alternatives:
                if isinstance(alt, (ast.TypedPattern, ast.WildcardPattern)) and getattr(alt, "name", None) is None:
                    ok, one = self.catch_pattern(alt, caught, ctx, binds)
                    if not ok:
                        return False, None
                    if one is None:
                        return True, None
                    test = one if test is None else tir.Logical(pattern.span, BOOLEAN, "||", test, one)
                elif not isinstance(alt, (ast.UnsupportedPattern, ast.ErrorPattern)):
                    self.unsupported("in a `catch`, an alternative that is not a type test (`_: T`)", alt.span)
                    return False, None
                else:
                    return False, None
            return True, test
        if not isinstance(pattern, (ast.UnsupportedPattern, ast.ErrorPattern)):
            self.error(codes.UNSUPPORTED, "this pattern in a `catch` is not supported (only a type test `e: T` or "
                       "`_: T`, alternatives of them, a name, `_` or a binder `e @ ...`)", pattern.span)
        return False, None

    def bind_caught(self, name: str, span: Span, caught: LocalSymbol, ctx: Context, binds: list) -> None:
        sym = LocalSymbol(name, span, caught.tpe)
        ctx.scope.names[name] = sym
        ctx.locals.append(sym)
        binds.append(tir.LocalDef(span, UNIT, sym, tir.LocalGet(span, caught.tpe, caught)))

