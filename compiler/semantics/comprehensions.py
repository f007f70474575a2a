"""Typing of `for`: generators over ranges and arrays, guards, value definitions, patterns, and `yield`.

scalac turns `for` into `foreach`/`map`/`flatMap`/`withFilter` calls with lambdas; over a range or an array, whose
operations are strict, that is the same computation as the loops built here (each element's guard, then its body,
in order), without a closure per loop. One difference is kept small on purpose: a value definition (`x = e`) is
evaluated just before what follows it for each element, where scalac first maps every element to a tuple; the two
agree unless `e` prints or changes state.
"""
from __future__ import annotations

from .. import diagnostics as codes
from ..syntax import ast
from . import tir
from .collections import RangeType, WrappedArrayType, range_element
from .context import Context
from .wrapped import remade, unwrap
from .symbols import LocalSymbol
from .types import (BOOLEAN, CHAR, ERROR, INT, LONG, NOTHING, STRING, UNIT, ArrayType, ClassType, Type, is_integral,
                    promote)


class ComprehensionTyping:
    """Typing rules for `for` loops and comprehensions."""

    def expr_For(self, node: ast.For, ctx: Context, expected):
        gen = node.enumerators[0]
        if not self.is_range_syntax(gen.source):
            source = self.type_expr(gen.source, ctx)
            if is_library_collection(source.tpe):
                filtered = _refutable(gen.pattern) or (len(node.enumerators) > 1 and
                                                       isinstance(node.enumerators[1], ast.Guard))
                if filtered and not _has_method(source.tpe, "withFilter"):
                    # (Either's projections: scalac falls back to their `filter`, which gives an Option)
                    return self.unsupported(f"a guard or a pattern in a `for` over {source.tpe.name}", gen.span)
                as_list = getattr(source.tpe.symbol, "name", "") in ("List", "::")
                return self.type_expr(desugar_for(node, ast.Typed(gen.source.span, source), as_list), ctx,
                                      expected)
            node = ast.For(node.span, [ast.Generator(gen.span, gen.pattern, ast.Typed(gen.source.span, source)),
                                       *node.enumerators[1:]], node.body, node.is_yield)
        if node.is_yield:
            return self.for_yield(node, ctx)
        return self.for_loop(node.enumerators, ctx, lambda inner: self.discard(
            self.type_expr(node.body, inner, UNIT)))

    def for_loop(self, enumerators: list, ctx: Context, make_body, first: list | None = None) -> tir.Expr:
        """The loops of `enumerators`, innermost running make_body(context) for each combination; `first` gets
        whether the first generator is a sequence (a range or an IndexedSeq) rather than an array."""
        gen: ast.Generator = enumerators[0]
        rest = enumerators[1:]
        source = self.generator_source(gen.source, ctx)
        if source is None:
            return tir.ErrorNode(gen.span, ERROR)
        kind, elem_type, parts = source
        if first is not None:
            first.append(kind != "array" or parts.tpe.is_seq)
            first.append(string_chars(parts))
            first.append(getattr(parts, "collection_type", None))
        inner = ctx.nested()
        var = self.generator_var(gen.pattern, elem_type, ctx, inner)
        if var is None:
            return tir.ErrorNode(gen.span, ERROR)
        var, prefix, accept = var
        body = self.enumerator_body(rest, inner, make_body)
        if prefix:
            body = tir.Block(gen.span, UNIT, [*prefix, body], None)
        if accept is not None:
            body = tir.If(gen.span, UNIT, accept, body, None)  # elements the pattern does not match are skipped
        if kind == "range":
            start, end, inclusive, step = parts
            return tir.ForRange(gen.span, UNIT, var, start, end, inclusive, body, step)
        if kind == "range value":
            return tir.Builtin(gen.span, UNIT, "range.foreach", [parts, tir.LocalGet(gen.span, var.tpe, var), body])
        return tir.ForArray(gen.span, UNIT, var, parts, body)

    def enumerator_body(self, rest: list, ctx: Context, make_body) -> tir.Expr:
        """What runs for one element: value definitions and guards in order, then the next generator's loop or
        the body."""
        stats: list[tir.Expr] = []
        for i, e in enumerate(rest):
            if isinstance(e, ast.Generator):
                stats.append(self.for_loop(rest[i:], ctx, make_body))
                return tir.Block(e.span, UNIT, stats, None)
            if isinstance(e, ast.ForValue):
                value = self.type_expr(e.value, ctx)
                self.destructure(e.pattern, value, ctx, False, stats)
            elif isinstance(e, ast.Guard):
                cond = self.adapt(self.type_expr(e.cond, ctx, BOOLEAN), BOOLEAN)
                inner = ctx.nested()
                then = self.enumerator_body(rest[i + 1:], inner, make_body)
                stats.append(tir.If(e.span, UNIT, cond, then, None))
                return tir.Block(e.span, UNIT, stats, None)
        stats.append(make_body(ctx))
        span = stats[-1].span
        return tir.Block(span, UNIT, stats, None) if len(stats) > 1 else stats[0]

    def generator_source(self, node, ctx: Context):
        """("range", Int or Long, (start, end, inclusive, step)) or ("array", element type, array), or None after
        reporting."""
        r = self.range_parts(node, ctx)
        if r is not None:
            return r if r is not False else None
        seq = self.type_expr(node, ctx)
        if seq.tpe is ERROR:
            return None
        if isinstance(seq.tpe, ArrayType):
            return "array", seq.tpe.element, seq
        if seq.tpe is STRING:
            return "array", CHAR, as_chars(seq)
        if isinstance(seq.tpe, RangeType):
            return "range value", seq.tpe.element, seq
        if isinstance(seq.tpe, WrappedArrayType):  # `arr.toSeq`: its array's elements; a `yield` makes what `map` does
            if seq.tpe.deep:
                self.unsupported("a `for` generator over an array's `deep`", node.span)
                return None
            view = unwrap(seq)
            view.collection_type = seq.tpe
            return "array", seq.tpe.element, view
        for ext in self.extensions:  # a library collection (ArrayBuffer, Map, ...): its elements in order
            view = ext.sequence_view(self, seq, ctx)
            if view is not None:
                if not isinstance(view.tpe, ArrayType):
                    return None
                view.collection_type = seq.tpe  # a `yield` over it makes the same kind of collection
                return "array", view.tpe.element, view
        if is_library_collection(seq.tpe):  # a List inside loops over arrays or ranges: its elements, in an array
            array = self.type_expr(ast.Select(node.span, ast.Typed(node.span, seq), "toArray", node.span), ctx)
            if isinstance(array.tpe, ArrayType):
                return "array", array.tpe.element, array
        self.unsupported(f"a `for` generator over {seq.tpe.name}", node.span)
        return None

    @staticmethod
    def is_range_syntax(node) -> bool:
        if isinstance(node, ast.Infix) and node.op == "by":
            node = node.lhs
        return isinstance(node, ast.Infix) and node.op in ("until", "to")

    def range_parts(self, node, ctx: Context):
        """`a until b`, `a to b`, optionally `by step` (a constant): the range's parts; None when node is not a
        range; False when it is one but wrong (reported)."""
        step = 1
        if isinstance(node, ast.Infix) and node.op == "by" and isinstance(node.lhs, ast.Infix) \
                and node.lhs.op in ("until", "to"):
            step_expr = self.type_expr(node.rhs, ctx)
            if step_expr.tpe is ERROR:
                return False
            if not isinstance(step_expr, tir.Const) or not is_integral(step_expr.tpe):
                self.unsupported("a range step that is not a constant integer", node.rhs.span)
                return False
            if step_expr.value == 0:
                return self.error(codes.UNSUPPORTED, "a range step of zero (the JVM throws "
                                  "IllegalArgumentException: step cannot be 0)", node.rhs.span) and False
            step = step_expr.value
            node = node.lhs
        if not (isinstance(node, ast.Infix) and node.op in ("until", "to")):
            return None
        start = self.type_expr(node.lhs, ctx)
        end = self.type_expr(node.rhs, ctx)
        if ERROR in (start.tpe, end.tpe):
            return False
        kind = range_element(start.tpe, end.tpe)
        if kind is None:
            self.unsupported(f"a range of {start.tpe.name if not is_integral(start.tpe) else end.tpe.name}",
                             node.span)
            return False
        return "range", kind, (self.convert(start, kind), self.convert(end, kind), node.op == "to", step)

    def generator_var(self, pattern: ast.Pattern, elem_type: Type, ctx: Context, inner: Context):
        """The loop variable for a generator's pattern, the statements that take an element apart, and the test
        that keeps the elements the pattern matches (None: all)."""
        if isinstance(pattern, (ast.BindPattern, ast.WildcardPattern)):
            name = pattern.name if isinstance(pattern, ast.BindPattern) else "_"
            var = LocalSymbol(name, pattern.span, elem_type)
            ctx.locals.append(var)
            if name != "_":
                inner.scope.names[name] = var
            return var, [], None
        var = LocalSymbol("$element", pattern.span, elem_type)
        ctx.locals.append(var)
        taken = self.generator_pattern(pattern, var, inner)
        if taken is None:
            return None
        return var, *taken

    # ------------------------------------------------------------------------------------------ yield

    def for_yield(self, node: ast.For, ctx: Context) -> tir.Expr:
        """`for (...) yield e`: the values of e collected in order into an array (an IndexedSeq over a range, as
        Range.map gives a Vector). The buffer doubles when full and is trimmed to size at the end."""
        span = node.span
        values: list[tir.Expr] = []

        def body(inner: Context) -> tir.Expr:
            value = self.type_expr(node.body, inner)
            values.append(value)
            return tir.Builtin(span, UNIT, "buffer.add", [value])

        first: list[bool] = []
        loop = self.for_loop(node.enumerators, ctx, body, first)
        if not values or values[0].tpe is ERROR or loop.tpe is ERROR or not first:
            return tir.ErrorNode(span, ERROR)
        elem = values[0].tpe
        if elem is UNIT or elem is NOTHING:
            return self.unsupported(f"a `for`/`yield` of {elem.name} values", node.body.span)
        collected = tir.Builtin(span, ArrayType(elem, first[0]), "buffer.collect", [loop])
        if isinstance(first[2], WrappedArrayType):
            return remade(self, collected, "map", span, span, ctx)
        if first[2] is not None:
            for ext in self.extensions:
                made = ext.collect_like(self, collected, first[2], ctx)
                if made is not None:
                    return made
        return from_chars(collected) if first[1] and elem is CHAR else collected


def as_chars(string: tir.Expr) -> tir.Expr:
    """A String seen as the IndexedSeq of its chars (Scala's StringOps), for `for` and the higher-order methods;
    both are the same array at run time."""
    return tir.Builtin(string.span, ArrayType(CHAR, True), "string.asChars", [string])


def string_chars(e: tir.Expr) -> bool:
    return isinstance(e, tir.Builtin) and e.name == "string.asChars"


def from_chars(chars: tir.Expr) -> tir.Expr:
    """A freshly collected Array[Char] as a String: what StringOps' map and filter build when the elements are
    Chars. The String is that array itself: made as an Array[Char], not as a Vector's (see collections.as_vector)."""
    if isinstance(chars.tpe, ArrayType):
        chars.tpe = ArrayType(CHAR)
    return tir.Builtin(chars.span, STRING, "string.fromChars", [chars])


def _has_method(t: ClassType, name: str) -> bool:
    return any(name in getattr(cls, "methods", {}) for cls in (t.symbol, *(getattr(t.symbol, "linearization", None)
                                                                            or ())))


def is_library_collection(t: Type) -> bool:
    """A class with `foreach`, `map` and `flatMap` of its own (List, Option, Iterator, Either's projections): a `for`
    over it is Scala's calls of those methods."""
    symbol = getattr(t, "symbol", None)
    if not isinstance(t, ClassType) or symbol is None or not getattr(symbol, "from_prelude", False):
        return False
    names = set()
    for cls in (symbol, *(getattr(symbol, "linearization", None) or ())):
        names.update(getattr(cls, "methods", {}))
    return {"foreach", "map", "flatMap"} <= names  # (withFilter for a guard: Either's projections have none)


def desugar_for(node: ast.For, source: ast.Expr, as_list: bool) -> ast.Expr:
    """`for` as scalac rewrites it: `foreach` (a loop) or `map` / `flatMap` (a yield; under a List's flatMap an
    inner comprehension's result made a List, as List.flatMap takes any collection), a guard right after a generator
    as `withFilter`; value definitions and later guards are statements and tests inside the lambda."""
    return _desugar(node.enumerators, node.body, node.is_yield, source, node.span, as_list)


def _desugar(enumerators: list, body: ast.Expr, is_yield: bool, source: ast.Expr | None, span,
             as_list: bool) -> ast.Expr:
    gen: ast.Generator = enumerators[0]
    src = source if source is not None else gen.source
    if _refutable(gen.pattern):  # `P(a) <- xs`: the elements P does not match are left out, as scalac's withFilter
        test = ast.Match(gen.span, ast.Ident(gen.pattern.span, "x$for"), [
            ast.Case(gen.span, gen.pattern, None, ast.Literal(gen.span, "boolean", True)),
            ast.Case(gen.span, ast.WildcardPattern(gen.span), None, ast.Literal(gen.span, "boolean", False))], True)
        src = _call(src, "withFilter", ast.Lambda(gen.span, [ast.Param(gen.pattern.span, "x$for", gen.pattern.span,
                                                                        None)], test), gen.span)
    rest = list(enumerators[1:])
    while rest and isinstance(rest[0], ast.Guard):  # `x <- xs if c`: xs.withFilter(x => c)
        guard = rest.pop(0)
        src = _call(src, "withFilter", _lambda(gen.pattern, guard.cond, guard.span), guard.span)
    inner_stats: list = []
    i = 0
    while i < len(rest) and not isinstance(rest[i], ast.Generator):
        e = rest[i]
        if isinstance(e, ast.ForValue):
            if isinstance(e.pattern, ast.BindPattern):
                inner_stats.append(ast.ValDef(e.span, e.pattern.name, e.pattern.span, None, e.value, False))
            else:
                inner_stats.append(ast.PatternValDef(e.span, e.pattern, e.value, False))
        else:  # a guard after value definitions: what follows runs only when it holds
            remaining = rest[i + 1:]
            then = _continue(remaining, body, is_yield, span, as_list)
            if not is_yield:
                inner = ast.If(e.span, e.cond, then, None)
                return _call(src, "foreach", _lambda(gen.pattern, ast.Block(span, [*inner_stats, inner]), span), span)
            if not any(isinstance(r, ast.Generator) for r in remaining):  # one value or none
                then = ast.Apply(span, ast.Ident(span, "List" if as_list else "Some"), [then], [])
            inner = ast.If(e.span, e.cond, then, ast.Ident(span, "Nil" if as_list else "None"))
            return _call(src, "flatMap", _lambda(gen.pattern, ast.Block(span, [*inner_stats, inner]), span), span)
        i += 1
    remaining = rest[i:]
    if not remaining:
        method = "map" if is_yield else "foreach"
        value = ast.Block(span, [*inner_stats, body]) if inner_stats else body
        return _call(src, method, _lambda(gen.pattern, value, span), span)
    inner = _continue(remaining, body, is_yield, span, as_list)
    value = ast.Block(span, [*inner_stats, inner]) if inner_stats else inner
    return _call(src, "flatMap" if is_yield else "foreach", _lambda(gen.pattern, value, span), span)


def _continue(enumerators: list, body: ast.Expr, is_yield: bool, span, as_list: bool) -> ast.Expr:
    if not enumerators:
        return body
    nested = ast.For(span, enumerators, body, is_yield)
    return ast.Select(span, nested, "toList", span) if is_yield and as_list else nested


def _refutable(pattern: ast.Pattern) -> bool:
    """Whether a generator's pattern may fail on an element: anything but a name, `_`, or a tuple of them (a tuple
    pattern on a tuple element type always matches)."""
    if isinstance(pattern, (ast.BindPattern, ast.WildcardPattern)):
        return False
    if isinstance(pattern, ast.TuplePattern):
        return any(_refutable(p) for p in pattern.elements)
    return True


def _call(receiver: ast.Expr, name: str, arg: ast.Expr, span) -> ast.Expr:
    return ast.Apply(span, ast.Select(span, receiver, name, span), [arg], [])


def _lambda(pattern: ast.Pattern, body: ast.Expr, span) -> ast.Expr:
    if isinstance(pattern, (ast.BindPattern, ast.WildcardPattern)):
        name = pattern.name if isinstance(pattern, ast.BindPattern) else "_"
        return ast.Lambda(span, [ast.Param(pattern.span, name, pattern.span, None)], body)
    param = ast.Param(pattern.span, "x$for", pattern.span, None)
    match = ast.Match(span, ast.Ident(pattern.span, "x$for"), [ast.Case(span, pattern, None, body)])
    return ast.Lambda(span, [param], match)
