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
from .types import ERROR, UNIT, FunctionType, TupleType, Type

TUPLE_LIMIT = 22  # scalac's largest tuple


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

    def expr_PatternValDef(self, node: ast.PatternValDef, ctx: Context, expected):
        value = self.type_expr(node.rhs, ctx)
        out: list[tir.Expr] = []
        self.destructure(node.pattern, value, ctx, node.mutable, out)
        return tir.Block(node.span, UNIT, out, None)

