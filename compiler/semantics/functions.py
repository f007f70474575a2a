"""Typing of function values and local definitions: lambdas (placeholders and `{ case ... }` arrive as lambdas
from the parser), calls of function values, eta-expansion, by-name arguments, `def`s inside blocks, tuples."""
from __future__ import annotations

from .. import diagnostics as codes
from ..diagnostics import Related
from ..source import Span
from ..syntax import ast
from . import tir
from .context import Context
from .symbols import LocalSymbol, MethodSymbol
from .types import BOOLEAN, ERROR, NOTHING, STRING, UNIT, FunctionType, TupleType, Type, lub

TUPLE_LIMIT = 22  # scalac's largest tuple


_SPECIALIZED = {"Int": "I", "Long": "J", "Double": "D", "Char": "C", "Boolean": "Z"}


def tuple_class_name(t: TupleType) -> str:
    """The JVM class of a tuple, as a MatchError names it: Tuple2 is specialized for pairs of primitives."""
    codes_ = [_SPECIALIZED.get(e.name) for e in t.elements]
    if len(t.elements) == 2 and all(codes_):
        return f"scala.Tuple2$mc{''.join(codes_)}$sp"
    return f"scala.Tuple{len(t.elements)}"


def default_value(t: Type):
    """The initial value of a variable of type t before it is assigned (0, false, null)."""
    if t is BOOLEAN:
        return False
    if t.is_numeric:
        return 0.0 if t.name in ("Float", "Double") else 0
    return None


class FunctionTyping:
    """Typing rules for function values, local `def`s and tuples."""

    # ------------------------------------------------------------------------------------------ lambdas

    def expr_Lambda(self, node: ast.Lambda, ctx: Context, expected):
        ft = expected if isinstance(expected, FunctionType) else None
        if ft is not None and len(ft.params) != len(node.params):
            return self.error(codes.TYPE_MISMATCH,
                              f"a function of {len(node.params)} parameter{'s' if len(node.params) != 1 else ''} "
                              f"where {ft.name} is expected", node.span)
        params: list[LocalSymbol] = []
        for i, p in enumerate(node.params):
            if p.tpe is not None:
                tpe = self.resolve_type(p.tpe)
            elif ft is not None:
                tpe = ft.params[i]
            elif expected is ERROR:
                tpe = ERROR  # an argument of a call already reported as wrong: no second report
            else:
                self.error(codes.MISSING_TYPE, f"missing parameter type for `{p.name}`: write `({p.name}: Type) => "
                           "...` or pass the lambda where a function type is expected", p.name_span)
                tpe = ERROR
            params.append(LocalSymbol(p.name, p.name_span, tpe, is_param=True))
        return self.lambda_value(node.span, params, node.body, ctx, ft.result if ft is not None else None)

    def lambda_value(self, span: Span, params: list[LocalSymbol], body_node, ctx: Context,
                     result: Type | None) -> tir.Expr:
        inner = ctx.function_body([])
        for sym in params:
            if sym.name != "_":
                inner.scope.names[sym.name] = sym
        if isinstance(body_node, tir.Expr):
            body = body_node
        else:
            body = self.type_expr(body_node, inner, result)
        if result is None or result is ERROR:
            result = body.tpe
        body = self.adapt(body, result)
        ft = FunctionType(tuple(p.tpe for p in params), result)
        return tir.Lambda(span, ft, params, body, inner.locals, ctx.owner)

    def thunk(self, node, ctx: Context, result: Type) -> tir.Expr:
        """The argument of a by-name parameter: evaluated each time the parameter is read."""
        return self.lambda_value(node.span, [], node, ctx, result)

    def call_value(self, fn: tir.Expr, arg_nodes: list, span: Span, ctx: Context) -> tir.Expr:
        ft: FunctionType = fn.tpe
        if len(arg_nodes) != len(ft.params):
            for a in arg_nodes:
                self.type_expr(a, ctx)
            return self.error(codes.WRONG_ARGUMENTS, f"a function of type {ft.name} takes {len(ft.params)} "
                              f"argument{'s' if len(ft.params) != 1 else ''} but {len(arg_nodes)} "
                              f"{'were' if len(arg_nodes) != 1 else 'was'} given", span)
        args = [self.adapt(self.type_expr(a, ctx, t), t) for a, t in zip(arg_nodes, ft.params)]
        return tir.CallValue(span, ft.result, fn, args)

    def eta_expand(self, method: MethodSymbol, receiver, span: Span, ctx: Context, expected: FunctionType):
        """A method where a function is expected: `xs.foreach(show)` is `xs.foreach(x => show(x))`."""
        params = [LocalSymbol(p.name, span, p.tpe, is_param=True) for p in method.params or ()]
        if expected is not None and len(expected.params) != len(params):
            return self.error(codes.TYPE_MISMATCH, f"method `{method.name}` takes {len(params)} argument"
                              f"{'s' if len(params) != 1 else ''} where {expected.name} is expected", span)
        call = self.make_call(method, receiver, [tir.LocalGet(span, p.tpe, p) for p in params], span, ctx)
        result = expected.result if expected is not None and expected.result is UNIT else None
        return self.lambda_value(span, params, call, ctx, result)

    def eta_expand_on(self, method: MethodSymbol, receiver: tir.Expr, node, ctx: Context, expected: FunctionType):
        """`xs.map(p.scaled)`: the receiver is evaluated once, where the function value is made (as scalac does)."""
        self.references.append((node.name_span, method))
        if isinstance(receiver, (tir.This, tir.LocalGet)) and not (isinstance(receiver, tir.LocalGet)
                                                                  and receiver.sym.mutable):
            return self.eta_expand(method, receiver, node.span, ctx, expected)
        temp = self.temp(receiver.tpe, receiver.span, ctx)
        fn = self.eta_expand(method, tir.LocalGet(receiver.span, receiver.tpe, temp), node.span, ctx, expected)
        if fn.tpe is ERROR:
            return fn
        return tir.Block(node.span, fn.tpe, [tir.LocalDef(receiver.span, UNIT, temp, receiver)], fn)

    def expr_MethodValue(self, node: ast.MethodValue, ctx: Context, expected):
        """`f _`, `obj.f _`: the method as a function value, its parameter types its own."""
        target = node.method
        ft = expected if isinstance(expected, FunctionType) else None
        method, receiver = None, None
        if isinstance(target, ast.Ident):
            found = ctx.scope.lookup(target.name)
            if found is None:
                found = self.member_in_scope(target.name, ctx)
            if isinstance(found, MethodSymbol):
                method = found
        elif isinstance(target, ast.Select):
            receiver = self.type_expr(target.qualifier, ctx)
            if receiver.tpe is ERROR:
                return receiver
            symbol = getattr(receiver.tpe, "symbol", None)
            methods = getattr(symbol, "methods", {})
            found = methods.get(target.name) if isinstance(methods, dict) else None
            if isinstance(found, MethodSymbol):
                method = found
        if method is None or not method.params:
            return self.unsupported("`_` after something that is not a method with parameters", node.span)
        self.references.append((target.span, method))
        if receiver is not None:
            return self.eta_expand_on(method, receiver, target, ctx, ft)
        return self.eta_expand(method, None, node.span, ctx, ft)

    def read_local(self, local, span: Span, ctx: Context, expected) -> tir.Expr:
        """A name that resolved to a local: a value, a by-name parameter (called), or a local def."""
        if isinstance(local, MethodSymbol):
            if local.params:
                if isinstance(expected, FunctionType):
                    return self.eta_expand(local, None, span, ctx, expected)
                return self.error(codes.WRONG_ARGUMENTS, f"missing arguments for method `{local.name}` "
                                  f"({len(local.params)} expected)", span)
            return self.make_call(local, None, [], span, ctx)
        value = tir.LocalGet(span, local.tpe, local)
        if local.by_name:
            return tir.CallValue(span, local.tpe.result, value, [])
        return value

    # ------------------------------------------------------------------------------------------ local defs

    def enter_local_defs(self, stats: list, ctx: Context) -> None:
        """Enter the `def`s of a block before its statements are typed: they may call each other and
        themselves, and statements before them may call them."""
        for stat in stats:
            if not isinstance(stat, ast.DefDef):
                continue
            if ctx.scope.names.get(stat.name) is not None:
                self.error(codes.DUPLICATE_DEFINITION, f"`{stat.name}` is already defined in this block",
                           stat.name_span, [Related(ctx.scope.names[stat.name].span, "first defined here")])
                continue
            method = self.enter_method(ctx.owner, stat)
            method.is_local = True
            method.enclosing = ctx.scope
            method.local_index = len(self.program.local_methods)
            self.program.local_methods.append(method)
            ctx.scope.names[stat.name] = method

    def local_def(self, stat: ast.DefDef, ctx: Context) -> None:
        method = ctx.scope.names.get(stat.name)
        if isinstance(method, MethodSymbol) and method.defn is stat:
            self.references.append((stat.name_span, method))
            self.check_method(method)

    # ------------------------------------------------------------------------------------------ tuples

    def expr_Tuple(self, node: ast.Tuple, ctx: Context, expected):
        n = len(node.items)
        if n > TUPLE_LIMIT:
            return self.unsupported(f"a tuple of {n} elements", node.span)
        hints = expected.elements if isinstance(expected, TupleType) and len(expected.elements) == n else (None,) * n
        items = [self.type_expr(item, ctx, hint) for item, hint in zip(node.items, hints)]
        return self.make_tuple(node.span, items, hints)

    def make_tuple(self, span: Span, items: list[tir.Expr], hints=None) -> tir.Expr:
        if any(i.tpe is ERROR for i in items):
            return tir.ErrorNode(span, ERROR)
        types = []
        out = []
        for item, hint in zip(items, hints or (None,) * len(items)):
            t = hint if hint is not None and hint is not ERROR else item.tpe
            out.append(self.adapt(item, t))
            types.append(t)
        return tir.NewTuple(span, TupleType(tuple(types)), out)

    def tuple_member(self, qual: tir.Expr, name: str, name_span: Span, span: Span) -> tir.Expr | None:
        elements = qual.tpe.elements
        if name.startswith("_") and name[1:].isdigit():
            index = int(name[1:]) - 1
            if 0 <= index < len(elements):
                return tir.TupleGet(span, elements[index], qual, index)
        return None

    def destructure(self, pattern: ast.Pattern, value: tir.Expr, ctx: Context, mutable: bool,
                    out: list[tir.Expr]) -> bool:
        """Bind the names of a tuple pattern to the parts of `value` (`val (a, b) = pair`), as statements
        appended to `out`; False (after reporting) when the pattern cannot match the value's type."""
        if isinstance(pattern, ast.WildcardPattern):
            out.append(self.discard(value))
            return True
        if isinstance(pattern, ast.BindPattern):
            sym = LocalSymbol(pattern.name, pattern.span, value.tpe, mutable=mutable)
            ctx.scope.names[pattern.name] = sym
            ctx.locals.append(sym)
            out.append(tir.LocalDef(pattern.span, UNIT, sym, value))
            return True
        if isinstance(pattern, ast.TuplePattern):
            t = value.tpe
            if t is ERROR:
                return False
            if not isinstance(t, TupleType) or len(t.elements) != len(pattern.elements):
                self.error(codes.TYPE_MISMATCH, f"a pattern of {len(pattern.elements)} elements cannot match a "
                           f"value of type {t.name}", pattern.span)
                return False
            temp = self.temp(t, pattern.span, ctx)
            out.append(tir.LocalDef(pattern.span, UNIT, temp, value))
            ok = True
            for i, part in enumerate(pattern.elements):
                get = tir.TupleGet(part.span, t.elements[i], tir.LocalGet(part.span, t, temp), i)
                ok = self.destructure(part, get, ctx, mutable, out) and ok
            return ok
        if not isinstance(pattern, (ast.UnsupportedPattern, ast.ErrorPattern)):
            self.unsupported("this kind of pattern here", pattern.span)
        return False

    def tuple_match(self, node: ast.Match, scrutinee: tir.Expr, ctx: Context, expected) -> tir.Expr:
        """`t match { case (a, 0) => ... }`: the cases tried in order, each testing its literals and binding its
        names before its guard; no case matching is a scala.MatchError, as on the JVM."""
        span = node.span
        t: TupleType = scrutinee.tpe
        temp = self.temp(t, node.scrutinee.span, ctx)
        done = LocalSymbol("$matched", span, BOOLEAN, mutable=True)
        ctx.locals.append(done)
        get_done = tir.LocalGet(span, BOOLEAN, done)
        tried: list[tuple[ast.Case, tir.Expr, list, tir.Expr | None, tir.Expr]] = []
        for case in node.cases:
            inner = ctx.nested()
            tests: list[tir.Expr] = []
            binds: list[tir.Expr] = []
            if not self.case_pattern(case.pattern, tir.LocalGet(case.span, t, temp), inner, tests, binds):
                continue
            guard = self.adapt(self.type_expr(case.guard, inner, BOOLEAN), BOOLEAN) if case.guard else None
            body = self.type_expr(case.body, inner, expected)
            cond = tir.Unary(case.span, BOOLEAN, "!", get_done)
            for test in tests:
                cond = tir.Logical(case.span, BOOLEAN, "&&", cond, test)
            tried.append((case, cond, binds, guard, body))
        if expected is not None:
            tpe = expected
        else:
            tpe = NOTHING
            for _case, _cond, _binds, _guard, body in tried:
                joined = lub(tpe, body.tpe)
                if joined is None:
                    return self.error(codes.UNSUPPORTED, f"a `match` whose cases have unrelated types {tpe.name} "
                                      f"and {body.tpe.name} (Scala types it as `Any`) is not supported", body.span)
                tpe = joined
        result = None
        stats: list[tir.Expr] = [tir.LocalDef(span, UNIT, temp, scrutinee),
                                 tir.LocalDef(span, UNIT, done, tir.Const(span, BOOLEAN, False))]
        if tpe not in (UNIT, NOTHING, ERROR):
            result = LocalSymbol("$result", span, tpe, mutable=True)
            ctx.locals.append(result)
            stats.append(tir.LocalDef(span, UNIT, result, tir.Const(span, tpe, default_value(tpe))))
        for case, cond, binds, guard, body in tried:
            body = self.adapt(body, tpe) if tpe is not UNIT else self.discard(body)
            take = [tir.LocalSet(case.span, UNIT, done, tir.Const(case.span, BOOLEAN, True))]
            take.append(tir.LocalSet(case.span, UNIT, result, body) if result is not None else self.discard(body))
            chosen = tir.Block(case.span, UNIT, take, None)
            if guard is not None:
                chosen = tir.If(case.span, UNIT, guard, chosen, None)
            stats.append(tir.If(case.span, UNIT, cond, tir.Block(case.span, UNIT, [*binds, chosen], None), None))
        value = tir.LocalGet(span, t, temp)
        failure = tir.Throw(span, NOTHING, "scala.MatchError", tir.StringConcat(span, STRING, [
            value, tir.Const(span, STRING, f" (of class {tuple_class_name(t)})")]))
        stats.append(tir.If(span, UNIT, tir.Unary(span, BOOLEAN, "!", get_done), failure, None))
        if result is None:
            return tir.Block(span, UNIT if tpe is not NOTHING else NOTHING, stats, None)
        return tir.Block(span, tpe, stats, tir.LocalGet(span, tpe, result))

    def case_pattern(self, pattern: ast.Pattern, value: tir.Expr, ctx: Context, tests: list, binds: list) -> bool:
        """The tests (literal elements) and bindings of one pattern on a value; False after reporting."""
        if isinstance(pattern, ast.WildcardPattern):
            return True
        if isinstance(pattern, ast.BindPattern):
            sym = LocalSymbol(pattern.name, pattern.span, value.tpe)
            ctx.scope.names[pattern.name] = sym
            ctx.locals.append(sym)
            binds.append(tir.LocalDef(pattern.span, UNIT, sym, value))
            return True
        if isinstance(pattern, ast.TuplePattern):
            t = value.tpe
            if not isinstance(t, TupleType) or len(t.elements) != len(pattern.elements):
                self.error(codes.TYPE_MISMATCH, f"a pattern of {len(pattern.elements)} elements cannot match a "
                           f"value of type {t.name}", pattern.span)
                return False
            ok = True
            for i, part in enumerate(pattern.elements):
                ok = self.case_pattern(part, tir.TupleGet(part.span, t.elements[i], value, i), ctx, tests,
                                       binds) and ok
            return ok
        if isinstance(pattern, (ast.LiteralPattern, ast.AlternativePattern)):
            alternatives = pattern.alternatives if isinstance(pattern, ast.AlternativePattern) else [pattern]
            test = None
            for alt in alternatives:
                if not isinstance(alt, ast.LiteralPattern):
                    self.unsupported("a binding or wildcard inside an alternative pattern", alt.span)
                    return False
                lit = self.expr_Literal(alt.literal, ctx, value.tpe)
                one = self.equality("==", value, lit, alt.span)
                if one.tpe is ERROR:
                    return False
                test = one if test is None else tir.Logical(alt.span, BOOLEAN, "||", test, one)
            tests.append(test)
            return True
        if not isinstance(pattern, (ast.UnsupportedPattern, ast.ErrorPattern)):
            self.unsupported("this kind of pattern", pattern.span)
        return False

    def expr_PatternValDef(self, node: ast.PatternValDef, ctx: Context, expected):
        value = self.type_expr(node.rhs, ctx)
        out: list[tir.Expr] = []
        self.destructure(node.pattern, value, ctx, node.mutable, out)
        return tir.Block(node.span, UNIT, out, None)

