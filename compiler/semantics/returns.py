"""`return` inside a lambda that is not inlined (a non-local return), as scalac compiles it.

The method makes a fresh key on entry (`NonLocalReturnKey`, scalac's `new Object`); a `return v` in one of its
lambdas throws `new scala.runtime.NonLocalReturnControl(key, v)` (the prelude's class, throwables.scala, named as
scalac 2.11 specializes it by the result type: `NonLocalReturnControl$mcI$sp` for an Int); the method's body is
wrapped in `try ... catch { case e: NonLocalReturnControl if e.key eq key => e.value }`, any other throwable going
on. So the `finally` blocks between run, a `catch` of `Exception` lets it pass and one of `Throwable` sees it, and
a lambda called after its method has returned throws it out uncaught, as on the JVM.
"""
from __future__ import annotations

from .. import diagnostics as codes
from ..diagnostics import Related
from ..source import Span
from ..syntax import ast
from . import tir
from .context import Context
from .symbols import LocalSymbol, MethodSymbol
from .types import ANY, BOOLEAN, ERROR, NOTHING, UNIT, is_value_type

# scalac 2.11's specializations of NonLocalReturnControl[@specialized T], by the method's result type.
_SPECIALIZED = {"Byte": "B", "Short": "S", "Char": "C", "Int": "I", "Long": "J", "Float": "F", "Double": "D",
                "Boolean": "Z", "Unit": "V"}


class NonLocalReturnTyping:
    """The typer's part for non-local returns (a mixin of Typer)."""

    non_local_keys: dict  # method -> the local holding its key (set in Typer.__init__)

    def non_local_return(self, node: ast.Return, ctx: Context) -> tir.Expr:
        """`return v` inside a lambda of ctx.method: the throw of v with the method's key."""
        method: MethodSymbol = ctx.method
        if method.result is None:
            self.error(codes.MISSING_TYPE, f"method `{method.name}` has a `return` and needs a result type",
                       node.span, [Related(method.span, f"`{method.name}` is defined here")])
            method.result = ERROR
        result = method.result
        value: tir.Expr | None = None
        if node.value is not None:
            value = self.adapt(self.type_expr(node.value, ctx, result), result)
        elif result not in (UNIT, ERROR):
            self.error(codes.TYPE_MISMATCH, f"`return` needs a value of type {result.name}", node.span)
        if result is ERROR or (value is not None and value.tpe is ERROR):
            return tir.ErrorNode(node.span, ERROR)
        control = self.program_class(self.control_class_name(result))
        key = self.non_local_key(method, node.span)
        if value is None or result is UNIT:
            boxed = tir.Box(node.span, ANY, value if value is not None else tir.UnitValue(node.span, UNIT))
        else:
            boxed = self.box(value)
        made = tir.NewObject(node.span, control.tpe, control, [tir.LocalGet(node.span, key.tpe, key), boxed])
        return tir.Throw(node.span, NOTHING, made)

    def non_local_key(self, method: MethodSymbol, span: Span) -> LocalSymbol:
        key = self.non_local_keys.get(method)
        if key is None:
            cls = self.program_class("NonLocalReturnKey")
            key = self.non_local_keys[method] = LocalSymbol("$nonLocalReturnKey", span, cls.tpe)
            method.locals.append(key)
        return key

    @staticmethod
    def control_class_name(result) -> str:
        code = _SPECIALIZED.get(result.name) if is_value_type(result) else None
        return "NonLocalReturnControl" + (f"$mc{code}$sp" if code else "")

    def program_class(self, name: str):
        """A class of the prelude (of the program itself while the prelude is typed)."""
        own = self.program.classes.get(name)
        if own is not None:
            return own
        from ..prelude import load_prelude  # (the prelude's typing never reaches here: it has no non-local return)

        return load_prelude().classes[name]

    def with_non_local_returns(self, method: MethodSymbol, body: tir.Expr) -> tir.Expr:
        """A method body whose lambdas `return`: `val key = new NonLocalReturnKey; try body catch { case e:
        NonLocalReturnControl if e.key eq key => e.value; case e => throw e }`."""
        key = self.non_local_keys.get(method)
        if key is None or body.tpe is ERROR:
            return body
        span = body.span
        result = method.result
        control = self.program_class("NonLocalReturnControl")
        caught = LocalSymbol("$caught", span, self.throwable_type())
        method.locals.append(caught)
        get_caught = tir.LocalGet(span, caught.tpe, caught)
        as_control = tir.Cast(span, control.tpe, get_caught, checked=True)  # (after the instance test)
        mine = tir.Logical(span, BOOLEAN, "&&", tir.InstanceOf(span, BOOLEAN, get_caught, control.tpe),
                           tir.RefEquals(span, BOOLEAN, tir.FieldGet(span, control.fields["key"].tpe, as_control,
                                                                     control.fields["key"]),
                                         tir.LocalGet(span, key.tpe, key)))
        carried = tir.FieldGet(span, control.fields["value"].tpe, as_control, control.fields["value"])
        if result is UNIT:
            value: tir.Expr = tir.UnitValue(span, UNIT)
        elif result is NOTHING:
            value = tir.Throw(span, NOTHING, get_caught)
        else:
            value = tir.Cast(span, result, carried, checked=True)
        handler = tir.If(span, result, mine, value, tir.Throw(span, NOTHING, get_caught))
        made = tir.NewObject(span, key.tpe, key.tpe.symbol, [])
        return tir.Block(span, result, [tir.LocalDef(span, UNIT, key, made)],
                         tir.Try(span, result, body, caught, handler, None))
