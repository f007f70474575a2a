"""Typing of the folds, scans and other whole-sequence methods of arrays, IndexedSeqs and ranges: `foldLeft`,
`foldRight`, `fold`, `reduce`/`reduceLeft`/`reduceRight`, `product`, `takeWhile`/`dropWhile`/`span`, `scanLeft`,
`sortBy`, `zip`, `partition`, each a loop in the typed tree with the lambda written at the call inlined (as
collections.py builds `map` and `filter`)."""
from __future__ import annotations

from ..syntax import ast
from . import tir
from .collections import RANGE, RangeType, WrappedArrayType, as_vector
from .comprehensions import as_chars
from .context import Context, qualified_path
from .wrapped import remade, unwrap
from .symbols import LocalSymbol
from .types import (BOOLEAN, CHAR, DOUBLE, ERROR, FLOAT, INT, LONG, NOTHING, NULL, STRING, UNIT, ArrayType,
                    ClassType, FunctionType, TupleType, Type)

CURRIED_FOLDS = ("foldLeft", "foldRight", "fold", "scanLeft")
REDUCES = ("reduce", "reduceLeft", "reduceRight")
PREFIX_SCANS = ("takeWhile", "dropWhile", "span")


def _zero(span, t: Type) -> tir.Const:
    if t in (DOUBLE, FLOAT):
        return tir.Const(span, t, 0.0)
    if t is BOOLEAN:
        return tir.Const(span, t, False)
    if t.is_numeric:
        return tir.Const(span, t, 0)
    return tir.Const(span, t, None)


class FoldTyping:
    """`xs.foldLeft(z)(op)` and its relatives on the sequences the compiler builds its own loops for."""

    def curried_fold(self, node: ast.Apply, ctx: Context, expected):
        """`q.foldLeft(z)(op)`: the fold when q is an array, an IndexedSeq or a range; otherwise the same call with
        q typed once (None when q is a static path, which the ordinary rules take)."""
        inner: ast.Apply = node.fn
        select: ast.Select = inner.fn
        path = qualified_path(select.qualifier)
        if path is not None and not self.path_starts_with_value(path, ctx):
            return None
        qual = self.type_expr(select.qualifier, ctx)
        viewed = None
        for ext in self.extensions:  # a library collection (ArrayBuffer, Map, ...) folds over its elements
            view = ext.sequence_view(self, qual, ctx)
            if view is not None:
                viewed, qual = (ext, qual.tpe), view
                break
        wrapped = isinstance(qual.tpe, WrappedArrayType)
        if wrapped and qual.tpe.deep:
            return self.unsupported(f"`{select.name}` of an array's `deep`", select.name_span)
        if wrapped:  # `arr.toSeq`: the array's folds; its scanLeft an ArrayBuffer (wrapped.py)
            qual = unwrap(qual)
        if qual.tpe is STRING and select.name in ("foldLeft", "foldRight") and len(inner.args) == 1 \
                and len(node.args) == 1:  # `s.foldLeft(0)(_ + _)`: over the chars (StringOps)
            qual = as_chars(qual)
        if isinstance(qual.tpe, (ArrayType, RangeType)) and len(inner.args) == 1 and len(node.args) == 1:
            if select.name == "scanLeft":
                scan = self.scan_left(qual, inner.args[0], node.args[0], node.span, ctx)
                if wrapped:
                    return remade(self, scan, "scanLeft", select.name_span, node.span, ctx)
                if viewed is None or scan.tpe is ERROR:
                    return scan
                ext, like = viewed  # a buffer's scanLeft is a buffer, a Set's a Set: what its `map` builds
                return ext.collect_like(self, scan, like, ctx) or scan
            return self.fold_sequence(select.name, qual, inner.args[0], node.args[0], node.span, ctx)
        typed = ast.Select(select.span, ast.Typed(select.qualifier.span, qual), select.name, select.name_span)
        return self.type_expr(ast.Apply(node.span, ast.Apply(inner.span, typed, inner.args, inner.type_args),
                                        node.args, node.type_args), ctx, expected)

    def fold_sequence(self, name: str, qual: tir.Expr, zero_node, op_node, span, ctx: Context) -> tir.Expr:
        elem = qual.tpe.element
        if name == "fold":
            z = self.adapt(self.type_expr(zero_node, ctx, elem), elem)
        else:
            z = self.type_expr(zero_node, ctx)
        acc_type = z.tpe
        if acc_type is ERROR:
            self.type_expr(op_node, ctx, ERROR)
            return tir.ErrorNode(span, ERROR)
        if acc_type in (NULL, NOTHING, UNIT):
            self.type_expr(op_node, ctx, ERROR)
            return self.unsupported(f"`{name}` from a start value of type {acc_type.name}", zero_node.span)
        params = (elem, acc_type) if name == "foldRight" else (acc_type, elem)
        fn = self.function_arg(op_node, params, ctx, acc_type)
        if fn.result is None:
            return tir.ErrorNode(span, ERROR)
        acc = LocalSymbol("$acc", span, acc_type, mutable=True)
        ctx.locals.append(acc)
        get = tir.LocalGet(span, acc_type, acc)

        def step(x: tir.Expr) -> tir.Expr:
            args = [x, get] if name == "foldRight" else [get, x]
            return tir.LocalSet(span, UNIT, acc, self.adapt(fn.apply(args), acc_type))

        loop = self.each_in_order(qual, span, ctx, step, fn, reverse=name == "foldRight")
        return tir.Block(span, acc_type, [tir.LocalDef(span, UNIT, acc, z), loop], get)

    def reduce_sequence(self, name: str, qual: tir.Expr, op_node, span, ctx: Context) -> tir.Expr:
        """reduce / reduceLeft (from the left) and reduceRight; empty: UnsupportedOperationException as Scala's."""
        elem = qual.tpe.element
        fn = self.function_arg(op_node, (elem, elem), ctx, elem)
        if fn.result is None:
            return tir.ErrorNode(span, ERROR)
        right = name == "reduceRight"
        acc = LocalSymbol("$acc", span, elem, mutable=True)
        started = LocalSymbol("$started", span, BOOLEAN, mutable=True)
        ctx.locals.extend((acc, started))
        get = tir.LocalGet(span, elem, acc)
        is_started = tir.LocalGet(span, BOOLEAN, started)

        def step(x: tir.Expr) -> tir.Expr:
            combined = self.adapt(fn.apply([x, get] if right else [get, x]), elem)
            return tir.If(span, UNIT, is_started, tir.LocalSet(span, UNIT, acc, combined), tir.Block(span, UNIT, [
                tir.LocalSet(span, UNIT, acc, x), tir.LocalSet(span, UNIT, started, tir.Const(span, BOOLEAN, True))],
                None))

        loop = self.each_in_order(qual, span, ctx, step, fn, reverse=right, bind=True)
        message = "empty.reduceRight" if right else "empty.reduceLeft"
        check = tir.If(span, UNIT, tir.Unary(span, BOOLEAN, "!", is_started), self.throw_new(
            span, "java.lang.UnsupportedOperationException", tir.Const(span, STRING, message)), None)
        return tir.Block(span, elem, [tir.LocalDef(span, UNIT, acc, _zero(span, elem)),
                                      tir.LocalDef(span, UNIT, started, tir.Const(span, BOOLEAN, False)),
                                      loop, check], get)

    def sequence_product(self, qual: tir.Expr, span, ctx: Context) -> tir.Expr | None:
        """`product` of numbers, as Numeric.times folds it (Int, Long, Float, Double; a Char product is a Char)."""
        elem = qual.tpe.element
        if getattr(getattr(elem, "symbol", None), "jvm_name", None) == "scala.math.BigInt":
            return self.bigint_product(qual, span, ctx)
        acc_type = {INT: INT, LONG: LONG, FLOAT: FLOAT, DOUBLE: DOUBLE, CHAR: INT}.get(elem)
        if acc_type is None:
            return None
        acc = LocalSymbol("$acc", span, acc_type, mutable=True)
        ctx.locals.append(acc)
        get = tir.LocalGet(span, acc_type, acc)
        one = tir.Const(span, acc_type, 1.0 if acc_type in (FLOAT, DOUBLE) else 1)

        def step(x: tir.Expr) -> tir.Expr:
            return tir.LocalSet(span, UNIT, acc, tir.Binary(span, acc_type, "*", acc_type, get,
                                                            self.convert(x, acc_type)))

        loop = self.each_in_order(qual, span, ctx, step, None)
        result = tir.Block(span, acc_type, [tir.LocalDef(span, UNIT, acc, one), loop], get)
        return self.convert(result, CHAR) if elem is CHAR else result

    def bigint_product(self, qual: tir.Expr, span, ctx: Context) -> tir.Expr:
        """Numeric[BigInt].times folded from BigInt(1)."""
        elem = qual.tpe.element
        acc = LocalSymbol("$acc", span, elem, mutable=True)
        ctx.locals.append(acc)
        get = tir.LocalGet(span, elem, acc)
        one = self.type_expr(ast.Apply(span, ast.Ident(span, "BigInt"), [ast.Literal(span, "int", 1)]), ctx)

        def step(x: tir.Expr) -> tir.Expr:
            return tir.LocalSet(span, UNIT, acc, self.select_on_value(get, "*", span, span, [ast.Typed(span, x)], ctx))

        loop = self.each_in_order(qual, span, ctx, step, None)
        return tir.Block(span, elem, [tir.LocalDef(span, UNIT, acc, one), loop], get)

    def prefix_scan(self, name: str, qual: tir.Expr, pred_node, span, ctx: Context) -> tir.Expr:
        """takeWhile / dropWhile / span: the length of the prefix the predicate holds for, then take/drop (a
        range's own, which give ranges)."""
        elem = qual.tpe.element
        seq = LocalSymbol("$seq", span, qual.tpe)
        count = LocalSymbol("$count", span, INT, mutable=True)
        going = LocalSymbol("$going", span, BOOLEAN, mutable=True)
        ctx.locals.extend((seq, count, going))
        fn = self.function_arg(pred_node, (elem,), ctx, BOOLEAN)
        if fn.result is None:
            return tir.ErrorNode(span, ERROR)
        counted = tir.LocalGet(span, INT, count)

        def step(x: tir.Expr) -> tir.Expr:
            more = tir.LocalSet(span, UNIT, count, tir.Binary(span, INT, "+", INT, counted, tir.Const(span, INT, 1)))
            stop = tir.LocalSet(span, UNIT, going, tir.Const(span, BOOLEAN, False))
            return tir.If(span, UNIT, tir.LocalGet(span, BOOLEAN, going),
                          tir.If(span, UNIT, fn.apply([x]), more, stop), None)

        seq_get = tir.LocalGet(span, qual.tpe, seq)
        loop = self.each_in_order(seq_get, span, ctx, step, fn, bind=True)
        setup = [tir.LocalDef(span, UNIT, seq, qual), tir.LocalDef(span, UNIT, count, tir.Const(span, INT, 0)),
                 tir.LocalDef(span, UNIT, going, tir.Const(span, BOOLEAN, True)), loop]
        n = ast.Typed(span, counted)
        if qual.tpe is RANGE:
            method = {"takeWhile": "take", "dropWhile": "dropWhileCount", "span": "spanCount"}[name]
            result = self.select_on_value(seq_get, method, span, span, [n], ctx)
        elif name == "span":
            parts = [self.select_on_value(seq_get, m, span, span, [n], ctx) for m in ("take", "drop")]
            if any(p.tpe is ERROR for p in parts):
                return tir.ErrorNode(span, ERROR)
            result = tir.NewTuple(span, TupleType(tuple(p.tpe for p in parts)), parts)
        else:
            result = self.select_on_value(seq_get, "take" if name == "takeWhile" else "drop", span, span, [n], ctx)
        if result.tpe is ERROR:
            return result
        return tir.Block(span, result.tpe, setup, result)

    def each_in_order(self, qual: tir.Expr, span, ctx: Context, body_of, fn, reverse: bool = False,
                      bind: bool = False) -> tir.Expr:
        """A loop over the elements, first to last or (reverse) last to first."""
        if not reverse:
            return self.each(qual, span, ctx, body_of, fn or _NoFunction(), bind)
        t = qual.tpe
        if t is RANGE:
            return self.each(tir.Builtin(span, RANGE, "range.reverse", [qual]), span, ctx, body_of,
                             fn or _NoFunction(), bind)
        if isinstance(t, RangeType):
            qual = self.range_to_array(qual, span, ctx, seq=True)
            t = qual.tpe
        arr = LocalSymbol("$array", span, t)
        index = LocalSymbol("$i", span, INT)
        var = LocalSymbol("$x", span, t.element)
        ctx.locals.extend((arr, index, var))
        get_arr = tir.LocalGet(span, t, arr)
        n = tir.ArrayLength(span, INT, get_arr)
        position = tir.Binary(span, INT, "-", INT, tir.Binary(span, INT, "-", INT, n, tir.Const(span, INT, 1)),
                              tir.LocalGet(span, INT, index))
        setup = [*(fn.setup() if fn is not None else []), tir.LocalDef(span, UNIT, arr, qual)]
        body = tir.Block(span, UNIT, [tir.LocalDef(span, UNIT, var, tir.ArrayGet(span, t.element, get_arr, position)),
                                      body_of(tir.LocalGet(span, t.element, var))], None)
        loop = tir.ForRange(span, UNIT, index, tir.Const(span, INT, 0), tir.ArrayLength(span, INT, get_arr), False,
                            body)
        return tir.Block(span, UNIT, [*setup, loop], None)


class _NoFunction:
    """No function value to set up (a loop whose body the compiler writes itself)."""

    def setup(self) -> list:
        return []


class SequenceTyping:
    """sortBy, zip, distinct, partition and scanLeft on arrays, IndexedSeqs and ranges: the result is an array
    for an array, else an IndexedSeq (a Vector), as Scala's builders give."""

    def as_elements(self, qual: tir.Expr, span, ctx: Context, stats: list) -> tir.Expr:
        """qual's elements as an array held in a local (a range's as an IndexedSeq), its definition in stats."""
        if isinstance(qual.tpe, RangeType):
            qual = self.range_to_array(qual, span, ctx, seq=True)
        arr = LocalSymbol("$elements", span, qual.tpe)
        ctx.locals.append(arr)
        stats.append(tir.LocalDef(span, UNIT, arr, qual))
        return tir.LocalGet(span, qual.tpe, arr)

    def ordering_less(self, a: ast.Expr, b: ast.Expr, t: Type, span) -> ast.Expr | None:
        """`a < b` as Scala's Ordering for t compares (Double.compare for floating types, tuples element by
        element), as a syntax tree; None when t has no ordering here."""
        def infix(op, lhs, rhs):
            return ast.Infix(span, op, span, lhs, rhs)

        if t in (DOUBLE, FLOAT):
            return infix("||", infix("||", infix("<", a, b), infix("&&", infix("==", a, b), infix(
                "<", infix("/", ast.Literal(span, "int", 1), a), infix("/", ast.Literal(span, "int", 1), b)))),
                infix("&&", infix("==", a, a), infix("!=", b, b)))
        if t.is_numeric or t is STRING or getattr(getattr(t, "symbol", None), "jvm_name", None) == "scala.math.BigInt":
            return infix("<", a, b)
        if t is BOOLEAN:
            return infix("&&", ast.Prefix(span, "!", a), b)
        if isinstance(t, TupleType):
            result = None
            for k in reversed(range(len(t.elements))):
                field = f"_{k + 1}"
                ak, bk = ast.Select(span, a, field, span), ast.Select(span, b, field, span)
                less = self.ordering_less(ak, bk, t.elements[k], span)
                if less is None:
                    return None
                if result is None:
                    result = less
                else:
                    equal = ast.Prefix(span, "!", infix("||", self.ordering_less(ak, bk, t.elements[k], span),
                                                        self.ordering_less(bk, ak, t.elements[k], span)))
                    result = infix("||", less, infix("&&", equal, result))
            return result
        return None

    def _results_in_local(self, elements: tir.Expr, fn, name: str, result_type, span, ctx: Context,
                          stats: list) -> LocalSymbol:
        """fn applied to every element once, in order, its answers kept in a fresh local array (sort keys,
        partition answers), so that a predicate or key function with effects runs exactly as often as in Scala."""
        loop = self.each(elements, span, ctx, lambda x: tir.Builtin(span, UNIT, "buffer.add", [fn.apply([x])]), fn)
        local = LocalSymbol(name, span, ArrayType(result_type))
        ctx.locals.append(local)
        stats.append(tir.LocalDef(span, UNIT, local, tir.Builtin(span, local.tpe, "buffer.collect", [loop])))
        return local

    def sort_by(self, qual: tir.Expr, fn_node, span, ctx: Context) -> tir.Expr:
        stats: list = []
        elements = self.as_elements(qual, span, ctx, stats)
        t: ArrayType = elements.tpe
        fn = self.function_arg(fn_node, (t.element,), ctx, None)
        if fn.result is None:
            return tir.ErrorNode(span, ERROR)
        key_type = fn.result
        keys = self._results_in_local(elements, fn, "$keys", key_type, span, ctx, stats)
        i, j = LocalSymbol("i", span, INT, is_param=True), LocalSymbol("j", span, INT, is_param=True)
        get_keys = tir.LocalGet(span, keys.tpe, keys)
        ki = ast.Typed(span, tir.ArrayGet(span, key_type, get_keys, tir.LocalGet(span, INT, i)))
        kj = ast.Typed(span, tir.ArrayGet(span, key_type, get_keys, tir.LocalGet(span, INT, j)))
        less_node = self.ordering_less(ki, kj, key_type, span)
        if less_node is None:
            return self.unsupported(f"`sortBy` with keys of type {key_type.name} (no Ordering here)", fn_node.span)
        less = tir.Lambda(span, FunctionType((INT, INT), BOOLEAN), [i, j], self.type_expr(less_node, ctx, BOOLEAN),
                          [], ctx.owner)
        order = LocalSymbol("$order", span, ArrayType(INT))
        ctx.locals.append(order)
        stats.append(tir.LocalDef(span, UNIT, order, tir.Builtin(
            span, order.tpe, "array.stableOrder", [tir.ArrayLength(span, INT, elements), less])))
        result = self.array_build([tir.ArrayLength(span, INT, elements)], span, ctx, t.element,
                                  lambda idx: tir.ArrayGet(span, t.element, elements, tir.ArrayGet(
                                      span, INT, tir.LocalGet(span, order.tpe, order), idx[0])), stats)
        return as_vector(result) if t.is_seq else result

    def zip_sequences(self, qual: tir.Expr, other_node, span, ctx: Context) -> tir.Expr:
        other = self.type_expr(other_node, ctx)
        if other.tpe is ERROR:
            return other
        if other.tpe is STRING:  # StringOps: its chars (the same array at run time)
            other = tir.Builtin(other.span, ArrayType(CHAR, True), "string.asChars", [other])
        elif isinstance(other.tpe, ClassType) and getattr(other.tpe.symbol, "from_prelude", False):
            elements = self.select_on_value(other, "toArray", other_node.span, other_node.span, None, ctx)  # a List
            other = elements if isinstance(elements.tpe, ArrayType) else other
        if not isinstance(other.tpe, (ArrayType, RangeType)):
            return self.unsupported(f"`zip` with a {other.tpe.name}", other_node.span)
        seq = not (isinstance(qual.tpe, ArrayType) and not qual.tpe.is_seq)
        stats: list = []
        a = self.as_elements(qual, span, ctx, stats)
        b = self.as_elements(other, span, ctx, stats)
        pair = TupleType((a.tpe.element, b.tpe.element))
        n = self.math_call("min", [tir.ArrayLength(span, INT, a), tir.ArrayLength(span, INT, b)], span)
        result = self.array_build([n], span, ctx, pair, lambda idx: tir.NewTuple(span, pair, [
            tir.ArrayGet(span, a.tpe.element, a, idx[0]), tir.ArrayGet(span, b.tpe.element, b, idx[0])]), stats)
        return as_vector(result) if seq else result

    def partition_sequence(self, qual: tir.Expr, fn_node, span, ctx: Context) -> tir.Expr:
        """Both halves in one pass of the predicate (its answers kept), the order kept in each."""
        stats: list = []
        elements = self.as_elements(qual, span, ctx, stats)
        t: ArrayType = elements.tpe
        fn = self.function_arg(fn_node, (t.element,), ctx, BOOLEAN)
        if fn.result is None:
            return tir.ErrorNode(span, ERROR)
        answers = self._results_in_local(elements, fn, "$answers", BOOLEAN, span, ctx, stats)
        halves = []
        for wanted in (True, False):
            index = LocalSymbol("$i", span, INT)
            ctx.locals.append(index)
            i = tir.LocalGet(span, INT, index)
            answer = tir.ArrayGet(span, BOOLEAN, tir.LocalGet(span, answers.tpe, answers), i)
            keep = tir.If(span, UNIT, answer if wanted else tir.Unary(span, BOOLEAN, "!", answer),
                          tir.Builtin(span, UNIT, "buffer.add", [tir.ArrayGet(span, t.element, elements, i)]), None)
            halves.append(tir.Builtin(span, t, "buffer.collect", [tir.ForRange(
                span, UNIT, index, tir.Const(span, INT, 0), tir.ArrayLength(span, INT, elements), False, keep)]))
        pair = TupleType((t, t))
        return tir.Block(span, pair, stats, tir.NewTuple(span, pair, halves))

    def scan_left(self, qual: tir.Expr, zero_node, op_node, span, ctx: Context) -> tir.Expr:
        z = self.type_expr(zero_node, ctx)
        acc_type = z.tpe
        if acc_type in (ERROR, NULL, NOTHING, UNIT):
            self.type_expr(op_node, ctx, ERROR)
            return tir.ErrorNode(span, ERROR) if acc_type is ERROR else \
                self.unsupported(f"`scanLeft` from a start value of type {acc_type.name}", zero_node.span)
        fn = self.function_arg(op_node, (acc_type, qual.tpe.element), ctx, acc_type)
        if fn.result is None:
            return tir.ErrorNode(span, ERROR)
        acc = LocalSymbol("$acc", span, acc_type, mutable=True)
        ctx.locals.append(acc)
        get = tir.LocalGet(span, acc_type, acc)

        def step(x: tir.Expr) -> tir.Expr:
            return tir.Block(span, UNIT, [tir.LocalSet(span, UNIT, acc, self.adapt(fn.apply([get, x]), acc_type)),
                                          tir.Builtin(span, UNIT, "buffer.add", [get])], None)

        loop = self.each(qual, span, ctx, step, fn)
        body = tir.Block(span, UNIT, [tir.LocalDef(span, UNIT, acc, z), tir.Builtin(span, UNIT, "buffer.add", [get]),
                                      loop], None)
        seq = not (isinstance(qual.tpe, ArrayType) and not qual.tpe.is_seq)
        return tir.Builtin(span, ArrayType(acc_type, seq), "buffer.collect", [body])
