"""Typing of function values and local definitions: lambdas (placeholders and `{ case ... }` arrive as lambdas
from the parser), calls of function values, eta-expansion, by-name arguments, `def`s inside blocks, tuples."""
from __future__ import annotations

from .. import diagnostics as codes
from ..diagnostics import Related
from ..source import Span
from ..syntax import ast
from . import tir
from .context import Context
from .generics import substitute
from .implicits import only_implicit_params
from .symbols import LocalSymbol, MethodSymbol
from .types import ERROR, UNIT, FunctionType, TupleType, Type

TUPLE_LIMIT = 22  # scalac's largest tuple


class FunctionTyping:
    """Typing rules for function values, local `def`s and tuples."""

    # ------------------------------------------------------------------------------------------ lambdas

    def expr_Lambda(self, node: ast.Lambda, ctx: Context, expected):
        ft = expected if isinstance(expected, FunctionType) else None
        if ft is not None and len(ft.params) > 1 and len(node.params) == 1 and isinstance(node.body, ast.Match) \
                and isinstance(node.body.scrutinee, ast.Ident) and node.body.scrutinee.name == node.params[0].name:
            # `{ case (a, b) => ... }` where a function of several parameters is expected: it matches their tuple
            names = [f"{node.params[0].name}${i}" for i in range(len(ft.params))]
            span = node.body.scrutinee.span
            scrutinee = ast.Tuple(span, [ast.Ident(span, n) for n in names])
            node = ast.Lambda(node.span, [ast.Param(span, n, span, None) for n in names],
                              ast.Match(node.body.span, scrutinee, node.body.cases, node.body.unchecked))
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
        # a member of a generic class (`m.contains` of a Map[Int, V]): its parameters as the receiver's type fixes them
        bindings = self.receiver_bindings(receiver, method.owner) if receiver is not None else {}
        declared = [p.tpe for p in method.params or ()]
        params = [LocalSymbol(p.name, span, substitute(t, bindings) if bindings else t, is_param=True)
                  for p, t in zip(method.params or (), declared)]
        if expected is not None and len(expected.params) != len(params):
            return self.error(codes.TYPE_MISMATCH, f"method `{method.name}` takes {len(params)} argument"
                              f"{'s' if len(params) != 1 else ''} where {expected.name} is expected", span)
        args = [tir.LocalGet(span, p.tpe, p) for p in params]
        if bindings:
            args = [self.to_erased(a, t, ctx) for a, t in zip(args, declared)]
        call = self.make_call(method, receiver, args, span, ctx)
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

    def partial_application(self, method: MethodSymbol, receiver, arg_nodes: list, span: Span, ctx: Context):
        """`add(1)` of a curried `def add(a: Int)(b: Int)` where a function is expected (or written `add(1) _`):
        `b => add(1, b)`, the given arguments (and the receiver) evaluated once, where the function value is made,
        as scalac's eta-expansion does. None when this is no such use (the call is then checked as usual)."""
        expected = self.call_sites.get(span, ((), None))[1] or self.curried_expected.get(span)
        if not isinstance(expected, FunctionType) and span not in self.method_value_spans:
            return None
        groups, given = list(method.param_groups or ()), len(arg_nodes)
        bounds = [sum(groups[:i + 1]) for i in range(len(groups))]
        implicit = any(getattr(d, "implicit", False) for d in getattr(method.defn, "params", None) or ())
        if given not in bounds[:-1] or implicit:
            return None
        if bounds.index(given) != len(groups) - 2 or method.type_params \
                or self.receiver_bindings(receiver, method.owner) \
                or any(isinstance(a, ast.NamedArg) for a in arg_nodes):
            for a in arg_nodes:
                self.type_expr(a.arg if isinstance(a, ast.NamedArg) else a, ctx)
            return self.unsupported("partially applying a curried method that is generic, leaves more than one "
                                    "parameter list or is given named arguments", span)
        stats = []
        if receiver is not None and not isinstance(receiver, tir.This) \
                and not (isinstance(receiver, tir.LocalGet) and not receiver.sym.mutable):
            held = self.temp(receiver.tpe, receiver.span, ctx)
            stats.append(tir.LocalDef(receiver.span, UNIT, held, receiver))
            receiver = tir.LocalGet(receiver.span, receiver.tpe, held)
        args = []
        for a, p in zip(arg_nodes, method.params):
            value = self.adapt(self.type_expr(a, ctx, p.tpe), p.tpe)
            held = self.temp(p.tpe, value.span, ctx)
            stats.append(tir.LocalDef(value.span, UNIT, held, value))
            args.append(tir.LocalGet(value.span, p.tpe, held))
        rest = [LocalSymbol(p.name, span, p.tpe, is_param=True) for p in method.params[given:]]
        if isinstance(expected, FunctionType) and len(expected.params) != len(rest):
            return self.error(codes.TYPE_MISMATCH, f"method `{method.name}` takes {len(rest)} more argument"
                              f"{'s' if len(rest) != 1 else ''} where {expected.name} is expected", span)
        call = self.make_call(method, receiver, [*args, *(tir.LocalGet(span, p.tpe, p) for p in rest)], span, ctx)
        result = expected.result if isinstance(expected, FunctionType) and expected.result is UNIT else None
        fn = self.lambda_value(span, rest, call, ctx, result)
        return tir.Block(span, fn.tpe, stats, fn) if stats else fn

    def expr_MethodValue(self, node: ast.MethodValue, ctx: Context, expected):
        """`f _`, `obj.f _`: the method as a function value, its parameter types its own."""
        target = node.method
        ft = expected if isinstance(expected, FunctionType) else None
        if isinstance(target, ast.Apply):  # `add(1) _`: a curried method partly applied (partial_application)
            self.method_value_spans.add(target.span)
            return self.type_expr(target, ctx, expected)
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
            if local.params and only_implicit_params(local):
                return self.call_with_args(local, None, [], span, ctx)
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
