"""Typing of ranges as values and of the higher-order methods of arrays, ranges and IndexedSeqs.

Each higher-order call becomes a loop in the typed tree; a lambda written at the call (`xs.map(x => x * 2)`,
`xs.map(_ * 2)`) is inlined into it (its parameters become the loop's locals), any other function value is called
once per element. The Range arithmetic that needs no function (length, sum, contains, last, toString) is Scala in
the prelude (`collections.scala`), reached through `range.*` builtins.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import diagnostics as codes
from ..source import Span
from ..syntax import ast
from . import tir
from .context import Context
from .symbols import LocalSymbol
from .types import (BOOLEAN, CHAR, ERROR, INT, LONG, NOTHING, UNIT, ArrayType, FunctionType, StructuralType,
                    TupleType, Type, TypeParamType, is_integral)


class RangeType(StructuralType):
    """`Range`: start, end, step and whether the end is included, as Scala's Range (of Int); of Long or Char, the
    NumericRange that `1L to n` and `'a' to 'z'` give (printed `NumericRange(...)`; reversed, filtered or mapped,
    a Vector). One instance per element type."""

    def __init__(self, element: Type, name: str) -> None:
        self.element = element
        self.name = name

    def __reduce__(self):
        return range_type, (self.element,)

    @property
    def fields(self) -> TupleType:
        """The Wasm struct of a range value is that of this tuple: (start, end, step, inclusive); a Char range
        keeps its parts as Ints."""
        return LONG_RANGE_FIELDS if self.element is LONG else RANGE_FIELDS

    @property
    def prelude(self) -> str:
        """The prelude object computing its length, contains, last... (a Char range is an Int range there)."""
        return "LongRanges" if self.element is LONG else "Ranges"


@dataclass(frozen=True, eq=True, repr=False)
class WrappedArrayType(StructuralType):
    """`arr.toSeq`: Scala 2.11's `mutable.WrappedArray`, the array itself seen as a Seq. It shares the array's
    elements (a write to either shows in the other), prints as `WrappedArray(1, 2)`, and equals and hashes as any Seq
    of the same elements. At run time a small struct holding the array (lowering/wasmtypes.wrapped_array_type), so
    that it is told from the bare array wherever it is held as Any; its methods are the array's on that array, their
    results made what Scala's are (`wrapped.py`). With deep, `arr.deep`: the same view printed `Array(1, 2)`, whose
    nested arrays are deep views too (compared, hashed and printed element by element)."""

    element: Type
    deep: bool = False

    @property
    def name(self) -> str:  # type: ignore[override]
        return "IndexedSeq[Any]" if self.deep else f"WrappedArray[{self.element.name}]"


RANGE = RangeType(INT, "Range")
LONG_RANGE = RangeType(LONG, "NumericRange[Long]")
CHAR_RANGE = RangeType(CHAR, "NumericRange[Char]")
RANGE_FIELDS = TupleType((INT, INT, INT, BOOLEAN))
LONG_RANGE_FIELDS = TupleType((LONG, LONG, LONG, BOOLEAN))


# Range methods computed on the elements as on any IndexedSeq (those giving a Range back, `take`, `drop`...,
# stay out: Scala keeps them ranges).
RANGE_VIA_SEQ = ("mkString", "min", "max", "indexOf", "slice", "sorted", "sortWith", "zipWithIndex", "distinct",
                 "++")


def range_type(element: Type) -> RangeType:
    return {INT: RANGE, LONG: LONG_RANGE, CHAR: CHAR_RANGE}[element]


def range_element(start: Type, end: Type) -> Type | None:
    """The element type of `start to end` as Scala gives it: Int (from Byte, Short, Int), Long when either end is
    a Long, Char when both are Chars; None for other types."""
    if start is CHAR and end is CHAR:
        return CHAR
    if not (is_integral(start) and is_integral(end)):
        return None
    return LONG if LONG in (start, end) else INT


def _generic(t: Type) -> bool:
    """Whether t is, or is an array of, a type parameter."""
    while isinstance(t, ArrayType):
        t = t.element
    return isinstance(t, TypeParamType)


# Builtins that make a fresh array of their own result type (lowering/collections.py).
_MAKERS = ("buffer.collect", "array.copy")


def _vector_rows(name: str, node: ast.Apply) -> ast.Expr | None:
    """`Vector.fill(n, m)(e)` as `Vector.fill(n)(Vector.fill(m)(e))`, `Vector.tabulate(n, m)((i, j) => b)` as
    `Vector.tabulate(n)(i => Vector.tabulate(m)(j => b))`: m is read once per row, so only a name or a literal;
    None for other forms."""
    fn = node.fn
    n, m = fn.args
    if not isinstance(m, (ast.Literal, ast.Ident)):
        return None
    factory = fn.fn

    def made(size: ast.Expr, arg: ast.Expr) -> ast.Expr:
        return ast.Apply(node.span, ast.Apply(fn.span, factory, [size]), [arg])

    if name == "fill":
        return made(n, made(m, node.args[0]))
    f = node.args[0]
    if isinstance(f, ast.Lambda) and len(f.params) == 2:
        return made(n, ast.Lambda(f.span, [f.params[0]], made(m, ast.Lambda(f.span, [f.params[1]], f.body))))
    return None


def as_vector(e: tir.Expr) -> tir.Expr:
    """e, an array the typer has just made, as the IndexedSeq (Vector) a collection method gives. A Vector is made as
    its own array type (lowering/wasmtypes.vector_type), so the array is made as one where e makes it (a `new
    Array`, a literal, a buffer: found through e's blocks, ifs and the vals they return); an array from elsewhere
    (a prelude method's) is copied into one when e runs (`vector.of`)."""
    t = e.tpe
    if not isinstance(t, ArrayType):
        return e
    seq = ArrayType(t.element, True)
    makers = []
    if not _find_makers(e, makers):
        return tir.Builtin(e.span, seq, "vector.of", [e])
    for node in makers:
        if isinstance(node.tpe, ArrayType):
            node.tpe = ArrayType(node.tpe.element, True)
    return e


def _find_makers(e: tir.Expr, found: list, defs: dict | None = None) -> bool:
    """Collect the nodes that make the array e gives (and those that pass it on), or say it cannot be traced."""
    found.append(e)
    if isinstance(e, (tir.NewArray, tir.ArrayLiteral)) or isinstance(e, tir.Const) and e.value is None:
        return True
    if isinstance(e, tir.Builtin):
        return e.name in _MAKERS
    if isinstance(e, tir.Block) and e.result is not None:
        known = dict(defs or {})
        known.update({s.sym: s.value for s in e.stats if isinstance(s, tir.LocalDef)})
        return _find_makers(e.result, found, known)
    if isinstance(e, tir.If) and e.otherwise is not None:
        return _find_makers(e.then, found, defs) and _find_makers(e.otherwise, found, defs)
    if isinstance(e, tir.LocalGet) and defs and e.sym in defs and not getattr(e.sym, "mutable", False):
        return _find_makers(defs[e.sym], found)
    return False


from .folds import PREFIX_SCANS, REDUCES  # noqa: E402  (folds.py builds on the range types above)


class CollectionTyping:
    """Typing rules for Range values and the higher-order collection methods."""

    # ------------------------------------------------------------------------------------------ ranges

    def range_value(self, node: ast.Infix, ctx: Context) -> tir.Expr:
        """`a until b`, `a to b`, `(a to b) by s` as a Range value."""
        step_node = None
        if node.op == "by":
            step_node = node.rhs
            node = node.lhs
            if not (isinstance(node, ast.Infix) and node.op in ("until", "to")):
                rng = self.type_expr(node, ctx)
                if rng.tpe is ERROR:
                    return rng
                if not isinstance(rng.tpe, RangeType):
                    return self.error(codes.NOT_A_MEMBER, f"`by` is not a member of {rng.tpe.name}", node.span)
                elem = rng.tpe.element
                step = self.adapt(self.type_expr(step_node, ctx, elem), elem)
                return tir.Builtin(node.span, rng.tpe, "range.by", [rng, step])
        start = self.type_expr(node.lhs, ctx)
        end = self.type_expr(node.rhs, ctx)
        if ERROR in (start.tpe, end.tpe):
            return tir.ErrorNode(node.span, ERROR)
        elem = range_element(start.tpe, end.tpe)
        if elem is None:
            return self.unsupported(f"a range of {start.tpe.name if is_integral(start.tpe) else end.tpe.name} as a "
                                    "value (ranges are of Int, Long or Char)", node.span)
        step = self.adapt(self.type_expr(step_node, ctx, elem), elem) if step_node is not None \
            else tir.Const(node.span, elem, 1)
        incl = tir.Const(node.span, BOOLEAN, node.op == "to")
        return tir.Builtin(node.span, range_type(elem), "range.new",
                           [self.convert(start, elem), self.convert(end, elem), step, incl])

    # ------------------------------------------------------------------------------------------ methods

    def collection_method(self, qual: tir.Expr, name: str, name_span: Span, span: Span, arg_nodes: list,
                          ctx: Context) -> tir.Expr | None:
        """A method of an array, an IndexedSeq or a Range; None when `name` is not one of them."""
        t = qual.tpe
        is_range = isinstance(t, RangeType)
        elem = t.element
        n = len(arg_nodes)
        if name == "product" and n == 0:
            return self.sequence_product(qual, span, ctx)
        if name in REDUCES and n == 1:
            return self.reduce_sequence(name, qual, arg_nodes[0], span, ctx)
        if name in PREFIX_SCANS and n == 1:
            return self.prefix_scan(name, qual, arg_nodes[0], span, ctx)
        if name == "sortBy" and n == 1:
            return self.sort_by(qual, arg_nodes[0], span, ctx)
        if name == "zip" and n == 1:
            return self.zip_sequences(qual, arg_nodes[0], span, ctx)
        if name == "partition" and n == 1:
            return self.partition_sequence(qual, arg_nodes[0], span, ctx)
        if is_range and n == 0 and name in ("toSeq", "toIndexedSeq"):
            return qual  # Range's own: itself
        if is_range and n == 0 and name == "toVector":
            return self.range_to_array(qual, span, ctx, seq=True)
        if is_range and n == 0 and name in ("iterator", "toIterator"):  # over the elements, as an array's
            return self.select_on_value(self.range_to_array(qual, span, ctx), "iterator", name_span, span, None, ctx)
        if is_range and n == 0:
            simple = {"length": INT, "size": INT, "sum": elem, "isEmpty": BOOLEAN, "nonEmpty": BOOLEAN,
                      "last": elem, "head": elem, "start": elem, "end": elem, "step": elem,
                      "isInclusive": BOOLEAN}
            if name in simple:
                if name == "sum" and elem is CHAR:  # Numeric[Char] adds modulo 2^16: the Int sum, as a Char
                    return self.convert(tir.Builtin(span, INT, "range.sum", [qual]), CHAR)
                return tir.Builtin(span, simple[name], "range." + name, [qual])
            if name == "toArray":
                return self.range_to_array(qual, span, ctx)
            if name == "reverse" and t is RANGE:
                return tir.Builtin(span, RANGE, "range.reverse", [qual])
            if name == "reverse":  # NumericRange.reverse is a Vector
                return self.range_to_array(tir.Builtin(span, t, "range.reverse", [qual]), span, ctx, seq=True)
        if is_range and name in ("contains", "by") and n == 1:
            arg = self.type_expr(arg_nodes[0], ctx, elem)
            return tir.Builtin(span, BOOLEAN if name == "contains" else t, "range." + name,
                               [qual, self.adapt(arg, elem)])
        if t is RANGE and name in ("min", "max") and n == 0:
            # Range's own (2.11): its first or last element by the step's sign, so an empty one fails as
            # head or last does (NoSuchElementException), not as an empty sequence's min (UnsupportedOperation)
            r = f"$r{span.start}_{span.end}"
            ends = [ast.Select(span, ast.Ident(span, r), end, span) for end in ("head", "last")]
            upward = ast.Infix(span, ">", span, ast.Select(span, ast.Ident(span, r), "step", span),
                               ast.Literal(span, "int", 0))
            first, second = ends if name == "min" else ends[::-1]
            return self.type_expr(ast.Block(span, [ast.ValDef(span, r, span, None, ast.Typed(qual.span, qual), False),
                                                   ast.If(span, upward, first, second)]), ctx)
        if is_range and name in RANGE_VIA_SEQ:  # what the elements give alike in any sequence
            return self.select_on_value(self.range_to_array(qual, span, ctx, seq=True), name, name_span, span,
                                        arg_nodes or None, ctx)
        if not is_range and name == "toSeq" and n == 0 and not t.is_seq:  # the array itself, as a Seq
            if _generic(elem):  # (inside generic code an Array[T] may be a boxed copy: semantics/arraycopies.py)
                return self.unsupported(f"`toSeq` of an {t.name} (a WrappedArray of a type parameter's elements)",
                                        name_span)
            return tir.Builtin(span, WrappedArrayType(elem), "wrapped.of", [qual])
        if not is_range and name == "deep" and n == 0 and not t.is_seq:  # the array as a deep view (wrapped.py)
            if _generic(elem):
                return self.unsupported(f"`deep` of an {t.name}", name_span)
            return tir.Builtin(span, WrappedArrayType(elem, True), "wrapped.deep", [qual])
        if not is_range and name in ("toArray", "toIndexedSeq", "toVector", "toSeq") and n == 0:
            return self.copy_elements(qual, span, name == "toArray")
        if n != 1:
            if name in ("foreach", "map", "filter", "filterNot", "exists", "forall", "count", "sortWith") and n != 1:
                return self.error(codes.WRONG_ARGUMENTS, f"`{name}` takes one function argument", span)
            if name == "zipWithIndex" and n == 0 and not is_range:
                return self.zip_with_index(qual, span, ctx)
            return None
        if name == "foreach":
            fn = self.function_arg(arg_nodes[0], (elem,), ctx, UNIT)
            return self.each(qual, span, ctx, lambda x: fn.apply([x]), fn)
        if name == "map":
            fn = self.function_arg(arg_nodes[0], (elem,), ctx, None)
            if fn.result is None:
                return tir.ErrorNode(span, ERROR)
            if fn.result is UNIT and span in self.discarded_spans:  # (0 until n).map { i => ... } as a statement:
                return self.each(qual, span, ctx, lambda x: fn.apply([x]), fn)  # the Vector of ()s is never seen
            if fn.result in (UNIT, NOTHING):
                return self.unsupported(f"`map` to {fn.result.name} values", arg_nodes[0].span)
            seq = is_range or t.is_seq
            loop = self.each(qual, span, ctx, lambda x: tir.Builtin(span, UNIT, "buffer.add", [fn.apply([x])]), fn)
            return tir.Builtin(span, ArrayType(fn.result, seq), "buffer.collect", [loop])
        if name in ("filter", "filterNot"):
            fn = self.function_arg(arg_nodes[0], (elem,), ctx, BOOLEAN)
            seq = is_range or t.is_seq

            def keep(x: tir.Expr) -> tir.Expr:
                cond = fn.apply([x])
                if name == "filterNot":
                    cond = tir.Unary(span, BOOLEAN, "!", cond)
                return tir.If(span, UNIT, cond, tir.Builtin(span, UNIT, "buffer.add", [x]), None)

            loop = self.each(qual, span, ctx, keep, fn, bind=True)
            return tir.Builtin(span, ArrayType(elem, seq), "buffer.collect", [loop])
        if name in ("exists", "forall", "count"):
            fn = self.function_arg(arg_nodes[0], (elem,), ctx, BOOLEAN)
            return self.search(name, qual, fn, span, ctx)
        if name == "sortWith" and not is_range:
            fn = self.function_arg(arg_nodes[0], (elem, elem), ctx, BOOLEAN, inline=False)
            if fn.value is None:
                return tir.ErrorNode(span, ERROR)
            return self.sort_with(qual, fn, span, ctx)
        return None

    # ------------------------------------------------------------------------------------------ loops

    def each(self, qual: tir.Expr, span: Span, ctx: Context, body_of, fn: "FunctionArg", bind: bool = False):
        """A loop running body_of(element) for each element of an array, IndexedSeq or Range (its locals in ctx)."""
        var = LocalSymbol("$x", span, qual.tpe.element)
        ctx.locals.append(var)
        setup = fn.setup()
        body = body_of(tir.LocalGet(span, var.tpe, var))
        if isinstance(qual.tpe, RangeType):
            loop: tir.Expr = tir.Builtin(span, UNIT, "range.foreach", [qual, tir.LocalGet(span, var.tpe, var), body])
        else:
            loop = tir.ForArray(span, UNIT, var, qual, body)
        return tir.Block(span, UNIT, [*setup, loop], None) if setup else loop

    def search(self, name: str, qual: tir.Expr, fn: "FunctionArg", span: Span, ctx: Context) -> tir.Expr:
        """exists / forall (stopping at the first answer, as Scala does) and count."""
        result_type = INT if name == "count" else BOOLEAN
        acc = LocalSymbol("$result", span, result_type, mutable=True)
        ctx.locals.append(acc)
        get = tir.LocalGet(span, result_type, acc)
        if name == "count":
            init = tir.Const(span, INT, 0)

            def body(x):
                return tir.If(span, UNIT, fn.apply([x]), tir.LocalSet(span, UNIT, acc, tir.Binary(
                    span, INT, "+", INT, get, tir.Const(span, INT, 1))), None)
        else:
            stop_on = name == "exists"  # exists stops at the first true, forall at the first false
            init = tir.Const(span, BOOLEAN, not stop_on)

            def body(x):
                test = fn.apply([x])
                if not stop_on:
                    test = tir.Unary(span, BOOLEAN, "!", test)
                decided = get if stop_on else tir.Unary(span, BOOLEAN, "!", get)
                return tir.If(span, UNIT, tir.Unary(span, BOOLEAN, "!", decided),
                              tir.If(span, UNIT, test, tir.LocalSet(span, UNIT, acc,
                                                                    tir.Const(span, BOOLEAN, stop_on)), None), None)
        loop = self.each(qual, span, ctx, body, fn)
        return tir.Block(span, result_type, [tir.LocalDef(span, UNIT, acc, init), loop], get)

    def sort_with(self, qual: tir.Expr, fn: "FunctionArg", span: Span, ctx: Context) -> tir.Expr:
        """A stable sort, as Scala's (the JVM's TimSort): the prelude's merge sort orders the indices, comparing
        elements through `lt`, and the result is the elements in that order."""
        t: ArrayType = qual.tpe
        arr = LocalSymbol("$array", span, t)
        order = LocalSymbol("$order", span, ArrayType(INT))
        ctx.locals.extend((arr, order))
        get = lambda s: tir.LocalGet(span, s.tpe, s)  # noqa: E731
        i, j = LocalSymbol("i", span, INT, is_param=True), LocalSymbol("j", span, INT, is_param=True)
        less = tir.Lambda(span, FunctionType((INT, INT), BOOLEAN), [i, j], fn.apply([
            tir.ArrayGet(span, t.element, get(arr), get(i)), tir.ArrayGet(span, t.element, get(arr), get(j))]),
            [], ctx.owner)
        setup = [*fn.setup(), tir.LocalDef(span, UNIT, arr, qual), tir.LocalDef(span, UNIT, order, tir.Builtin(
            span, order.tpe, "array.stableOrder", [tir.ArrayLength(span, INT, get(arr)), less]))]
        k = LocalSymbol("$k", span, INT)
        ctx.locals.append(k)
        result = self.array_build([tir.ArrayLength(span, INT, get(arr))], span, ctx, t.element,
                                  lambda idx: tir.ArrayGet(span, t.element, get(arr), tir.ArrayGet(
                                      span, INT, get(order), idx[0])), setup)
        return as_vector(result) if t.is_seq else result

    def copy_elements(self, qual: tir.Expr, span: Span, to_array: bool) -> tir.Expr:
        t: ArrayType = qual.tpe
        return tir.Builtin(span, ArrayType(t.element, not to_array), "array.copy", [qual])

    def range_to_array(self, qual: tir.Expr, span: Span, ctx: Context, seq: bool = False) -> tir.Expr:
        elem = qual.tpe.element
        var = LocalSymbol("$x", span, elem)
        ctx.locals.append(var)
        x = tir.LocalGet(span, elem, var)
        loop = tir.Builtin(span, UNIT, "range.foreach", [qual, x, tir.Builtin(span, UNIT, "buffer.add", [x])])
        return tir.Builtin(span, ArrayType(elem, seq), "buffer.collect", [loop])

    def zip_with_index(self, qual: tir.Expr, span: Span, ctx: Context) -> tir.Expr:
        t: ArrayType = qual.tpe
        pair = TupleType((t.element, INT))
        var = LocalSymbol("$x", span, t.element)
        index = LocalSymbol("$i", span, INT, mutable=True)
        ctx.locals.extend((var, index))
        i = tir.LocalGet(span, INT, index)
        body = tir.Block(span, UNIT, [
            tir.Builtin(span, UNIT, "buffer.add", [tir.NewTuple(span, pair, [tir.LocalGet(span, t.element, var), i])]),
            tir.LocalSet(span, UNIT, index, tir.Binary(span, INT, "+", INT, i, tir.Const(span, INT, 1)))], None)
        loop = tir.Block(span, UNIT, [tir.LocalDef(span, UNIT, index, tir.Const(span, INT, 0)),
                                      tir.ForArray(span, UNIT, var, qual, body)], None)
        return tir.Builtin(span, ArrayType(pair, t.is_seq), "buffer.collect", [loop])

    # ------------------------------------------------------------------------------------------ Array.xxx

    def array_factory(self, name: str, node: ast.Apply, ctx: Context, expected) -> tir.Expr | None:
        """`Array.fill(n)(e)`, `Array.fill(n, m)(e)`, `Array.tabulate(n)(f)`, `Array.ofDim[T](n[, m])`,
        `Array.empty[T]`; None for other names."""
        span = node.span
        if name in ("fill", "tabulate") and isinstance(node.fn, ast.Apply):
            dims = [self.adapt(self.type_expr(a, ctx, INT), INT) for a in node.fn.args]
            if not dims or len(dims) > 2 or len(node.args) != 1:
                return self.unsupported(f"this form of `Array.{name}`", span)
            hint = None
            if isinstance(expected, ArrayType):
                hint = expected.element.element if len(dims) == 2 and isinstance(expected.element, ArrayType) \
                    else expected.element
            written = node.fn.type_args or node.type_args
            if len(written) == 1:  # `Array.fill[Option[Int]](n)(None)`: the element type as written
                hint = self.resolve_type(written[0])
                if hint is ERROR:
                    return tir.ErrorNode(span, ERROR)
            if name == "fill":
                return self.array_fill(dims, node.args[0], span, ctx, hint)
            fn = self.function_arg(node.args[0], (INT,) * len(dims), ctx, hint)
            if fn.result is None:
                return tir.ErrorNode(span, ERROR)
            return self.array_build(dims, span, ctx, fn.result, lambda idx: fn.apply(idx), fn.setup())
        if name == "empty" and len(node.type_args) == 1 and not node.args:
            elem = self.resolve_type(node.type_args[0])
            if elem is not ERROR and self.lacks_class_tag(elem, span, ctx):
                return tir.ErrorNode(span, ERROR)
            return tir.NewArray(span, ArrayType(elem), tir.Const(span, INT, 0)) if elem is not ERROR else \
                tir.ErrorNode(span, ERROR)
        if name == "range" and 2 <= len(node.args) <= 3 and not isinstance(node.fn, ast.Apply):
            made = ast.Apply(span, ast.Ident(span, "Range"), list(node.args), [])  # `Array.range(a, b[, step])`
            return self.type_expr(ast.Select(span, made, "toArray", span), ctx)
        if name == "ofDim" and node.type_args:
            elem = self.resolve_type(node.type_args[0])
            dims = [self.adapt(self.type_expr(a, ctx, INT), INT) for a in node.args]
            if not dims or len(dims) > 2 or elem is ERROR:
                return self.unsupported("this form of `Array.ofDim`", span) if elem is not ERROR else \
                    tir.ErrorNode(span, ERROR)
            if not self.class_tag_known(elem):
                return self.error(codes.MISSING_CLASS_TAG, f"No ClassTag available for {elem.name}", span)
            zero = self.array_zero(ArrayType(elem), span, ctx)  # (a T with a ClassTag: classtags.py)
            if len(dims) == 1:
                return tir.NewArray(span, ArrayType(elem), dims[0], zero)
            return self.array_build(dims[:1], span, ctx, ArrayType(elem),
                                    lambda idx: tir.NewArray(span, ArrayType(elem), dims[1], zero), [])
        return None

    def vector_factory(self, name: str, node: ast.Apply, ctx: Context, expected) -> tir.Expr | None:
        """`Vector.fill(n)(e)`, `Vector.tabulate(n)(f)`, `Vector.empty[T]`, `Vector.range(a, b[, step])` (and
        `IndexedSeq`'s): the Array's, made as a Vector; None for other names and forms."""
        if name == "range" and 2 <= len(node.args) <= 3 and not node.type_args:
            typed = [self.type_expr(a, ctx) for a in node.args]
            args = [ast.Typed(a.span, t) for a, t in zip(node.args, typed)]
            if typed[0].tpe in (CHAR, LONG) and all(t.tpe is typed[0].tpe for t in typed):
                made: ast.Expr = ast.Infix(node.span, "until", node.span, args[0], args[1])  # Vector.range('a', 'e')
                if len(args) == 3:
                    made = ast.Infix(node.span, "by", node.span, made, args[2])
            else:
                made = ast.Apply(node.span, ast.Ident(node.span, "Range"), args, [])
            return self.type_expr(ast.Select(node.span, made, "toVector", node.span), ctx)
        one_dimension = name == "empty" or isinstance(node.fn, ast.Apply) and len(node.fn.args) == 1
        if name in ("fill", "tabulate") and isinstance(node.fn, ast.Apply) and len(node.fn.args) == 2 \
                and len(node.args) == 1:
            rows = _vector_rows(name, node)  # `Vector.tabulate(n, m)(f)`: a Vector of Vectors
            return self.type_expr(rows, ctx, expected) if rows is not None else \
                self.unsupported(f"this two-dimensional `{node.fn.fn.qualifier.name}.{name}`", node.span)
        if name not in ("fill", "tabulate", "empty") or not one_dimension:
            return None
        hint = ArrayType(expected.element) if isinstance(expected, ArrayType) else None
        made = self.array_factory(name, node, ctx, hint)
        return None if made is None else as_vector(made)

    def array_fill(self, dims: list, elem_node, span: Span, ctx: Context, hint) -> tir.Expr:
        """`Array.fill(n)(e)` evaluates e once per element, as Scala's by-name argument does."""
        inner = ctx.nested()
        value = self.type_expr(elem_node, inner, hint)
        if hint is not None:
            value = self.adapt(value, hint)
        if value.tpe is ERROR:
            return value
        if value.tpe in (UNIT, NOTHING):
            return self.unsupported(f"an Array of {value.tpe.name}", span)
        element = hint if hint is not None else value.tpe  # (`None` for an Array[Option[Int]]: an Option)
        return self.array_build(dims, span, ctx, element, lambda idx: value, [])

    def array_build(self, dims: list, span: Span, ctx: Context, elem: Type, make, setup: list) -> tir.Expr:
        """An array (2-D when two sizes are given) whose element at (i[, j]) is make([i[, j]])."""
        if self.lacks_class_tag(elem, span, ctx):
            return tir.ErrorNode(span, ERROR)
        sizes = []
        stats = list(setup)
        for d in dims:
            size = LocalSymbol("$n", span, INT)
            ctx.locals.append(size)
            stats.append(tir.LocalDef(span, UNIT, size, d))
            sizes.append(size)
        indices = [LocalSymbol("$i", span, INT) for _ in dims]
        ctx.locals.extend(indices)
        get = lambda s: tir.LocalGet(span, s.tpe, s)  # noqa: E731
        row_type = ArrayType(elem)
        if len(dims) == 1:
            arr = LocalSymbol("$array", span, row_type)
            ctx.locals.append(arr)
            fill = tir.ForRange(span, UNIT, indices[0], tir.Const(span, INT, 0), get(sizes[0]), False,
                                tir.ArraySet(span, UNIT, get(arr), get(indices[0]), make([get(indices[0])])))
            return tir.Block(span, row_type, [*stats, tir.LocalDef(span, UNIT, arr, tir.NewArray(
                span, row_type, get(sizes[0]))), fill], get(arr))
        grid_type = ArrayType(row_type)
        grid = LocalSymbol("$grid", span, grid_type)
        row = LocalSymbol("$row", span, row_type)
        ctx.locals.extend((grid, row))
        i, j = indices
        inner = tir.ForRange(span, UNIT, j, tir.Const(span, INT, 0), get(sizes[1]), False,
                             tir.ArraySet(span, UNIT, get(row), get(j), make([get(i), get(j)])))
        outer = tir.ForRange(span, UNIT, i, tir.Const(span, INT, 0), get(sizes[0]), False, tir.Block(span, UNIT, [
            tir.LocalDef(span, UNIT, row, tir.NewArray(span, row_type, get(sizes[1]))), inner,
            tir.ArraySet(span, UNIT, get(grid), get(i), get(row))], None))
        return tir.Block(span, grid_type, [*stats, tir.LocalDef(span, UNIT, grid, tir.NewArray(
            span, grid_type, get(sizes[0]))), outer], get(grid))

    # ------------------------------------------------------------------------------------------ arguments

    def function_arg(self, node, param_types: tuple, ctx: Context, result: Type | None,
                     inline: bool = True) -> "FunctionArg":
        """A function argument of a collection method: a lambda written at the call is inlined (typed in this
        context, its parameters becoming locals), anything else is a function value called per element."""
        if inline and isinstance(node, ast.Lambda) and len(node.params) == len(param_types):
            params = []
            inner = ctx.nested()
            for p, t in zip(node.params, param_types):
                declared = self.resolve_type(p.tpe) if p.tpe is not None else t
                sym = LocalSymbol(p.name, p.name_span, declared)
                ctx.locals.append(sym)
                if p.name != "_":
                    inner.scope.names[p.name] = sym
                params.append(sym)
            body = self.type_expr(node.body, inner, result)
            if result is not None:
                body = self.adapt(body, result)
            if body.tpe is ERROR:
                return FunctionArg(None, None, None, None, None)
            return FunctionArg(params, body, None, None, body.tpe)
        expected = FunctionType(param_types, result if result is not None else ERROR)
        value = self.type_expr(node, ctx, expected)
        if value.tpe is ERROR:
            return FunctionArg(None, None, None, None, None)
        value = self.function_view(value, ctx) or value  # `s.filter(aSet)`: the Set as a function
        if not isinstance(value.tpe, FunctionType) or len(value.tpe.params) != len(param_types):
            self.error(codes.TYPE_MISMATCH, f"type mismatch: found {value.tpe.name}, required a function of "
                       f"{len(param_types)} argument{'s' if len(param_types) != 1 else ''}", node.span)
            return FunctionArg(None, None, None, None, None)
        if result is not None and result is not UNIT:
            value = self.adapt(value, FunctionType(param_types, result))
        temp = LocalSymbol("$f", node.span, value.tpe)
        ctx.locals.append(temp)
        return FunctionArg(None, None, value, temp, value.tpe.result if result is not UNIT else UNIT)


class FunctionArg:
    """A function argument, either inlined (params and body) or a value kept in `temp` and called."""

    def __init__(self, params, body, value, temp, result) -> None:
        self.params = params
        self.body = body
        self.value = value
        self.temp = temp
        self.result = result
        self._used = False

    def setup(self) -> list:
        if self.temp is None:
            return []
        return [tir.LocalDef(self.value.span, UNIT, self.temp, self.value)]

    def apply(self, args: list) -> tir.Expr:
        if self.body is None and self.temp is None:
            return tir.ErrorNode(args[0].span if args else Span(0, 0), ERROR)
        if self.temp is not None:
            t = self.temp.tpe
            call = tir.CallValue(self.value.span, t.result, tir.LocalGet(self.value.span, t, self.temp), args)
            return call if self.result is not UNIT or t.result is UNIT else tir.Discard(call.span, UNIT, call)
        # An inlined lambda is used once: its body, after its parameters take the arguments.
        assert not self._used, "an inlined lambda body is used once"
        self._used = True
        span = self.body.span
        binds = [tir.LocalDef(span, UNIT, p, a) for p, a in zip(self.params, args)]
        return tir.Block(span, self.body.tpe, binds, self.body) if self.body.tpe is not UNIT else \
            tir.Block(span, UNIT, [*binds, self.body], None)

