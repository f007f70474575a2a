"""Repeated parameters: `def sum(xs: Int*)` takes any number of Ints as one `Seq[Int]` (the prelude's List, as Seq
is), and `sum(ys: _*)` passes a sequence's elements (a List, an array or a range, made a List).

A call's arguments from the repeated parameter's position on become one `List(...)` argument before the arguments
are matched; named arguments there, and a repeated parameter of a class or of a curried method, are not supported.
"""
from __future__ import annotations

from ..source import Span
from ..syntax import ast


def is_splat(node) -> bool:
    """`xs: _*`."""
    return isinstance(node, ast.Ascription) and node.target.name == "_*" and not node.target.qualifier


class VarargTyping:
    """Typer mixin: the arguments of a call of a method with a repeated last parameter."""

    def repeated_arguments(self, method, arg_nodes: list, span) -> list:
        fixed = len(method.params) - 1
        if len(arg_nodes) < fixed or any(isinstance(a, ast.NamedArg) for a in arg_nodes[fixed:]):
            return arg_nodes  # (too few, or named: the usual messages)
        rest = arg_nodes[fixed:]
        if len(rest) == 1 and is_splat(rest[0]):
            value = rest[0].operand  # `ys: _*`: its elements, as a List (`toList` of a List is the List itself)
            return [*arg_nodes[:fixed], ast.Select(rest[0].span, value, "toList", rest[0].target.span)]
        for a in rest:
            if is_splat(a):
                return arg_nodes  # `f(1, ys: _*)`: reported as `: _*` out of place
        where = Span(rest[0].span.start, rest[-1].span.end) if rest else Span(span.end, span.end)
        return [*arg_nodes[:fixed], ast.Apply(where, ast.Ident(where, "List"), list(rest))]
