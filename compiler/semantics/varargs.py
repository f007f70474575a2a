"""Repeated parameters: `def sum(xs: Int*)` takes any number of Ints as one `Seq[Int]` (the prelude's List, as Seq
is), and `sum(ys: _*)` passes a sequence's elements (a List, an array or a range, made a List).

A call's arguments from the repeated parameter's position on become one `List(...)` argument before the arguments
are matched; named arguments there, and a repeated parameter of a class or of a curried method, are not supported.

In Scala 2.11 the parameter is a `WrappedArray` of separate arguments (`List()` when the call has no arguments at
all, an empty WrappedArray after fixed ones) and the sequence itself of `ys: _*`. Separate arguments make a List of
the prelude's `WrappedArgs` cells, which print as `WrappedArray(1, 2)`; a call giving the parameter anything else
that Scala would not make a List is noted (`repeated_sites`), and where the method shows what kind of sequence it
got (prints it, keeps it; for WrappedArgs, matches it, tests its class or shows what it makes of it:
`prelude/seq_kinds.py`), the call is `unsupported` rather than printing another kind than Scala's.
"""
from __future__ import annotations

from ..source import Span
from ..syntax import ast
from .classtags import written_params
from .collections import RangeType
from .types import STRING, ArrayType, ClassType


def is_splat(node) -> bool:
    """`xs: _*`."""
    return isinstance(node, ast.Ascription) and node.target.name == "_*" and not node.target.qualifier


class VarargTyping:
    """Typer mixin: the arguments of a call of a method with a repeated last parameter."""

    def repeated_arguments(self, method, arg_nodes: list, span, ctx=None) -> list:
        params = written_params(method.params)  # (a `T: ClassTag` bound's evidence follows the repeated one)
        fixed = len(params) - 1
        name = params[-1].name
        if any(isinstance(a, ast.NamedArg) and a.name == name for a in arg_nodes):
            # `g(1, xs = "a")`: one element given by name (or `xs = ys: _*`, the sequence)
            return [ast.NamedArg(a.span, a.name, a.name_span, self._repeated_value([a.arg], a.span, method, ctx))
                    if isinstance(a, ast.NamedArg) and a.name == name else a for a in arg_nodes]
        if len(arg_nodes) < fixed or any(isinstance(a, ast.NamedArg) for a in arg_nodes[fixed:]):
            return arg_nodes  # (too few, or named: the usual messages)
        rest = arg_nodes[fixed:]
        if any(is_splat(a) for a in rest) and not (len(rest) == 1 and is_splat(rest[0])):
            return arg_nodes  # `f(1, ys: _*)`: reported as `: _*` out of place
        if not rest and fixed and _noted(method):  # 2.11 passes an empty WrappedArray after other arguments
            self.note_repeated(method, ("no arguments after the others", "WrappedArray"), span)
        return [*arg_nodes[:fixed], self._repeated_value(rest, Span(span.end, span.end), method, ctx)]

    def _repeated_value(self, rest: list, empty_span, method=None, ctx=None) -> ast.Expr:
        """The one argument a repeated parameter gets: `List(rest...)`, or a splatted sequence as a List."""
        if len(rest) == 1 and is_splat(rest[0]):
            value = rest[0].operand  # `ys: _*`: its elements, as a List (`toList` of a List is the List itself)
            if ctx is not None and _noted(method):
                typed = self.type_expr(value, ctx)  # its kind decides what Scala's parameter would be
                kind = splat_kind(typed.tpe)
                if kind is not None:
                    self.note_repeated(method, kind, rest[0].span)
                value = ast.Typed(value.span, typed)
            return ast.Select(rest[0].span, value, "toList", rest[0].target.span)
        where = Span(rest[0].span.start, rest[-1].span.end) if rest else empty_span
        made = ast.Apply(where, ast.Ident(where, "List"), list(rest))
        if rest and _noted(method):
            made.wrapped_args = True  # made of cells printed as a WrappedArray (prelude WrappedArgs)
            self.note_repeated(method, ("separate arguments", "WrappedArray"), where, tagged=True)
        return made

    def note_repeated(self, method, kind: tuple, span, tagged: bool = False) -> None:
        """A call giving method's repeated parameter what Scala would not make a List (checked in seq_kinds.py);
        tagged: a List of cells that print as that kind (separate arguments, a WrappedArray in Scala)."""
        sites = getattr(self, "repeated_sites", None)
        if sites is None:
            sites = self.repeated_sites = []
        sites.append((method, kind, span, tagged))


def _noted(method) -> bool:
    """A program's own method (the library's read their repeated elements only)."""
    return method is not None and not getattr(method.owner, "from_prelude", False)


def splat_kind(t) -> tuple | None:
    """What `ys: _*` gives a repeated parameter in Scala, as (its name in a message, the name Scala prints it
    with), when that is not the List made here; None for a List (or a type already in error)."""
    if isinstance(t, ArrayType):
        return ("a Vector", "Vector") if t.is_seq else ("an array", "WrappedArray")
    if isinstance(t, RangeType):
        return "a range", t.name.partition("[")[0]
    if t is STRING:
        return "a String", "WrappedString"
    if isinstance(t, ClassType) and t.name.partition("[")[0] not in ("List", "::", "Nil", "Seq", "Nothing"):
        short = t.name.partition("[")[0].rpartition(".")[2]
        return f"a {short}", short
    return None
