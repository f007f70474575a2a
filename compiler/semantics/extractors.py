"""Extractor patterns: `case Even()` or `case Email(user, domain)` where `Even`/`Email` is an object of the program
with `def unapply(x: T): Boolean` or `def unapply(x: T): Option[...]`, matched as scalac does: the value tested to
be a T, `unapply` called once, the case taken when it gives true or a non-empty Option, whose value (or, for
several sub-patterns, the tuple it holds) the sub-patterns match. `unapplySeq` is not supported.
"""
from __future__ import annotations

from .. import diagnostics as codes
from ..syntax import ast
from . import tir
from .types import BOOLEAN, ERROR, UNIT, ClassType, TupleType


class ExtractorTyping:
    """Typer mixin: a constructor pattern naming an object with an `unapply`."""

    def extractor_pattern(self, obj, pattern: ast.ConstructorPattern, value: tir.Expr, ctx, tests: list,
                          binds: list) -> bool:
        method = obj.methods.get("unapply")
        span = pattern.span
        if method is None or method.params is None or len(method.params) != 1 or method.type_params \
                or obj.overloads.get("unapply"):
            for arg in pattern.args:
                self.case_pattern(arg, tir.ErrorNode(arg.span, ERROR), ctx.nested(), [], [])
            self.unsupported(f"an extractor pattern on `{obj.name}` (only an object's one `unapply(x: T)` giving a "
                             "Boolean or an Option is)", pattern.name_span)
            return False
        self.references.append((pattern.name_span, obj))
        narrowed = self.narrow(value, method.params[0].tpe, pattern.name_span, tests)
        if narrowed is None:
            return False
        call = self.make_call(method, None, [narrowed], span, ctx)
        result = self.method_result(method, span)
        if result is ERROR:
            return False
        if result is BOOLEAN:
            if pattern.args:
                self.error(codes.WRONG_ARGUMENTS, f"`{obj.name}.unapply` gives a Boolean: the pattern takes no "
                           "arguments", pattern.span)
                return False
            tests.append(call)
            return True
        if not (isinstance(result, ClassType) and getattr(result.symbol, "name", None) in ("Option", "Some")
                and getattr(result.symbol, "from_prelude", False)):
            self.unsupported(f"an `unapply` giving `{result.name}` (a Boolean or an Option is)", pattern.name_span)
            return False
        held = self.temp(result, span, ctx)
        got = tir.LocalGet(span, result, held)
        defined = self.select_on_value(got, "isDefined", pattern.name_span, span, None, ctx)
        tests.append(tir.Block(span, BOOLEAN, [tir.LocalDef(span, UNIT, held, call)], defined))
        inner = self.select_on_value(tir.LocalGet(span, result, held), "get", pattern.name_span, span, None, ctx)
        if inner.tpe is ERROR:
            return False
        if len(pattern.args) == 1:
            return self.case_pattern(pattern.args[0], inner, ctx, tests, binds)
        t = inner.tpe
        if not isinstance(t, TupleType) or len(t.elements) != len(pattern.args):
            self.error(codes.WRONG_ARGUMENTS, f"wrong number of arguments for the extractor pattern {obj.name}: "
                       f"{len(pattern.args)} given, its `unapply` gives {t.name}", pattern.span)
            return False
        part = self.temp(t, span, ctx)
        binds_first = tir.LocalDef(span, UNIT, part, inner)
        tests.append(tir.Block(span, BOOLEAN, [binds_first], tir.Const(span, BOOLEAN, True)))
        ok = True
        for i, arg in enumerate(pattern.args):
            element = tir.TupleGet(arg.span, t.elements[i], tir.LocalGet(span, t, part), i)
            ok = self.case_pattern(arg, element, ctx, tests, binds) and ok
        return ok
