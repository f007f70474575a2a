"""Repeated parameters: `def sum(xs: Int*)` takes any number of Ints as one `Seq[Int]` (the prelude's List, as Seq
is), and `sum(ys: _*)` passes a sequence's elements (a List, an array or a range, made a List).

A call's arguments from the repeated parameter's position on become one `List(...)` argument before the arguments
are matched; named arguments there, and a repeated parameter of a class or of a curried method, are not supported.
"""
from __future__ import annotations

from ..source import Span
from ..syntax import ast
from .classtags import written_params


def is_splat(node) -> bool:
    """`xs: _*`."""
    return isinstance(node, ast.Ascription) and node.target.name == "_*" and not node.target.qualifier


class VarargTyping:
    """Typer mixin: the arguments of a call of a method with a repeated last parameter."""

    def repeated_arguments(self, method, arg_nodes: list, span) -> list:
        params = written_params(method.params)  # (a `T: ClassTag` bound's evidence follows the repeated one)
        fixed = len(params) - 1
        name = params[-1].name
        if any(isinstance(a, ast.NamedArg) and a.name == name for a in arg_nodes):
            # `g(1, xs = "a")`: one element given by name (or `xs = ys: _*`, the sequence)
            return [ast.NamedArg(a.span, a.name, a.name_span, self._repeated_value([a.arg], a.span))
                    if isinstance(a, ast.NamedArg) and a.name == name else a for a in arg_nodes]
        if len(arg_nodes) < fixed or any(isinstance(a, ast.NamedArg) for a in arg_nodes[fixed:]):
            return arg_nodes  # (too few, or named: the usual messages)
        rest = arg_nodes[fixed:]
        if any(is_splat(a) for a in rest) and not (len(rest) == 1 and is_splat(rest[0])):
            return arg_nodes  # `f(1, ys: _*)`: reported as `: _*` out of place
        return [*arg_nodes[:fixed], self._repeated_value(rest, Span(span.end, span.end))]

    def _repeated_value(self, rest: list, empty_span) -> ast.Expr:
        """The one argument a repeated parameter gets: `List(rest...)`, or a splatted sequence as a List."""
        if len(rest) == 1 and is_splat(rest[0]):
            value = rest[0].operand  # `ys: _*`: its elements, as a List (`toList` of a List is the List itself)
            return ast.Select(rest[0].span, value, "toList", rest[0].target.span)
        where = Span(rest[0].span.start, rest[-1].span.end) if rest else empty_span
        return ast.Apply(where, ast.Ident(where, "List"), list(rest))
