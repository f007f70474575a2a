"""Typing of `arr.toSeq`, Scala 2.11's `mutable.WrappedArray`: the array's methods on the array it holds, each result
made what Scala's is.

A WrappedArray shares its array, so reading it is reading the array: `length`, `apply`, `sum`, `mkString`, folds,
`foreach`, `toList` and the other methods whose result holds no sequence of the receiver's kind are the array's own.
What differs is what Scala builds: the methods that select or reorder elements (`filter`, `take`, `reverse`,
`sorted`...) make a new WrappedArray (its builder is the array's, by ClassTag), those that may change the element
type (`map`, `zip`, `++`, `updated`...) an ArrayBuffer (the builder of `mutable.IndexedSeq`), `toSeq` and `toArray`
give the same WrappedArray and array; it has no `update` (its static type in Scala is `Seq[T]`). A method whose result would hold a
WrappedArray in a way not built here (`grouped`, `groupBy`...) is `unsupported`, never an array in its place.
Universal members (`toString`, `==`, `hashCode`, `isInstanceOf`) are those of the value held as Any, which the
prelude's Anys answer as a Seq's (`WrappedArray(1, 2)`, equal to a List of equal elements).

`arr.deep` is the same view (WrappedArrayType.deep), printed `Array(1, 2)` with its nested arrays deep too, as 2.11's
`ArrayLike.deep`; besides its universal members it reads the elements of a one-dimensional array only.
"""
from __future__ import annotations

from .. import diagnostics as codes
from ..source import Span
from ..syntax import ast
from . import tir
from .builtins import UNIVERSAL_METHODS
from .collections import WrappedArrayType
from .symbols import LocalSymbol
from .types import ANY, ERROR, UNIT, ArrayType, TupleType, Type

# Methods giving a new WrappedArray in Scala (WrappedArray.newBuilder, by the array's ClassTag).
SAME_KIND = frozenset(("filter", "filterNot", "take", "drop", "takeRight", "dropRight", "slice", "reverse",
                       "sorted", "sortBy", "sortWith", "distinct", "tail", "init", "takeWhile", "dropWhile", "diff",
                       "intersect"))
# Methods giving a pair of new WrappedArrays.
SAME_KIND_PAIRS = frozenset(("partition", "span", "splitAt"))
# Methods giving an Iterator of new WrappedArrays, or (groupBy) an immutable Map whose values are new WrappedArrays.
VIA_ELEMENTS = frozenset(("grouped", "sliding", "tails", "inits", "permutations", "combinations", "groupBy"))
# Methods giving an ArrayBuffer in Scala (mutable.IndexedSeq's builder, from any element type).
BUILT = frozenset(("map", "flatMap", "collect", "zip", "zipWithIndex", "++", ":+", "+:", "updated", "padTo",
                   "union", "flatten", "scanLeft", "zipAll"))


def wrap(array: tir.Expr, span: Span) -> tir.Expr:
    """An array as the WrappedArray holding it (`wrapped.of`: the array itself, not a copy)."""
    return tir.Builtin(span, WrappedArrayType(array.tpe.element), "wrapped.of", [array])


def unwrap(wrapped: tir.Expr) -> tir.Expr:
    """The array a WrappedArray holds (the same array)."""
    return tir.Builtin(wrapped.span, ArrayType(wrapped.tpe.element), "wrapped.array", [wrapped])


def wrapped_method(typer, qual: tir.Expr, name: str, name_span: Span, span: Span, arg_nodes: list | None,
                   ctx) -> tir.Expr:
    """`qual.name(args)` on a WrappedArray."""
    if name in UNIVERSAL_METHODS or name in ("==", "!=", "toString"):  # held as Any: Anys treat it as a Seq
        as_any = tir.Cast(qual.span, ANY, qual, checked=False)
        return typer.select_on_value(as_any, name, name_span, span, arg_nodes, ctx)
    if qual.tpe.deep:
        return _deep_method(typer, qual, name, name_span, span, arg_nodes, ctx)
    if name == "toSeq" and not arg_nodes:
        return qual
    if name == "update":  # (its static type in Scala is `Seq[T]`, which has none)
        return typer.error(codes.NOT_A_MEMBER, f"`update` is not a member of Seq[{qual.tpe.element.name}]", name_span)
    array = unwrap(qual)
    if name == "toArray" and not arg_nodes:  # WrappedArray.toArray: the array itself, for its own element type
        return array
    result = typer.select_on_value(array, name, name_span, span, arg_nodes, ctx)
    return remade(typer, result, name, name_span, span, ctx)


# What `arr.deep` (an IndexedSeq[Any] whose nested arrays are deep views) has here besides its universal members:
# reading its elements, as long as none is an array (which it would show as a deep view).
DEEP_READERS = frozenset(("length", "size", "apply", "isEmpty", "nonEmpty", "mkString", "head", "last", "contains",
                          "toList", "foreach"))
DEEP_MEASURES = frozenset(("length", "size", "isEmpty", "nonEmpty"))  # (the same for nested arrays)


def _deep_method(typer, qual: tir.Expr, name: str, name_span: Span, span: Span, arg_nodes: list | None, ctx):
    element = qual.tpe.element
    if name in DEEP_READERS and (name in DEEP_MEASURES or not isinstance(element, ArrayType)):
        return typer.select_on_value(unwrap(qual), name, name_span, span, arg_nodes, ctx)
    what = "its arrays" if name in DEEP_READERS else f"`{name}`"
    return typer.unsupported(f"{what} of an array's `deep` (its members other than `toString`, `==` and "
                             "`hashCode` are those of the array's elements, when none is an array)", name_span)


def remade(typer, result: tir.Expr, name: str, name_span: Span, span: Span, ctx) -> tir.Expr:
    """result, what the array's method `name` gave, made what the WrappedArray's gives in Scala."""
    t = result.tpe
    if t is ERROR:
        return result
    if name in SAME_KIND and _bare_array(t):
        return wrap(result, span)
    if name in BUILT and _bare_array(t):
        return typer.select_on_value(result, "toBuffer", name_span, span, None, ctx)
    if name in SAME_KIND_PAIRS and isinstance(t, TupleType) and all(_bare_array(e) for e in t.elements):
        pair = LocalSymbol("$parts", span, t)
        ctx.locals.append(pair)
        parts = [wrap(tir.TupleGet(span, e, tir.LocalGet(span, t, pair), i), span) for i, e in enumerate(t.elements)]
        return tir.Block(span, TupleType(tuple(p.tpe for p in parts)), [tir.LocalDef(span, UNIT, pair, result)],
                         tir.NewTuple(span, TupleType(tuple(p.tpe for p in parts)), parts))
    if _bare_array(_element_of(t)) and name in VIA_ELEMENTS:
        return _each_wrapped(typer, result, name_span, span, ctx)
    if _holds_bare_array(t):
        return typer.unsupported(f"`{name}` of a WrappedArray (an array's `toSeq`), whose result holds "
                                 "WrappedArrays in Scala", name_span)
    return result


def _each_wrapped(typer, result: tir.Expr, name_span: Span, span: Span, ctx) -> tir.Expr:
    """An Iterator of arrays (`grouped`, `sliding`...) as the Iterator of WrappedArrays Scala's gives (its `map`,
    lazy as Scala's), or a Map whose values are arrays (`groupBy`) as the Map of WrappedArrays."""
    element = _element_of(result.tpe)
    param = ast.Param(span, "a$wrapped", span, None)
    got = ast.Ident(span, "a$wrapped")
    if isinstance(result.tpe, TupleType) or isinstance(element, TupleType):  # (unreached: see _element_of)
        return typer.unsupported("this method of a WrappedArray", name_span)
    body = ast.Select(span, got, "toSeq", span)
    if _is_map(result.tpe):
        pair = [ast.Select(span, got, "_1", span), ast.Select(span, ast.Select(span, got, "_2", span), "toSeq", span)]
        body = ast.Tuple(span, pair)
    return typer.select_on_value(result, "map", name_span, span, [ast.Lambda(span, [param], body)], ctx)


def _element_of(t: Type) -> Type | None:
    """The element type of an Iterator (the array in it), or the value type of a Map; None for other types."""
    args = getattr(t, "args", None) or ()
    name = getattr(getattr(t, "symbol", None), "name", "")
    if name.endswith("Iterator") and len(args) == 1:
        return args[0]
    if _is_map(t):
        return args[1]
    return None


def _is_map(t: Type) -> bool:
    args = getattr(t, "args", None) or ()
    return len(args) == 2 and getattr(getattr(t, "symbol", None), "name", "").endswith("Map")


def _bare_array(t: Type) -> bool:
    return isinstance(t, ArrayType) and not t.is_seq


def _holds_bare_array(t: Type) -> bool:
    """Whether t is an array or holds one (an Iterator, a Map, a tuple... of arrays)."""
    if _bare_array(t):
        return True
    if isinstance(t, TupleType):
        return any(_holds_bare_array(e) for e in t.elements)
    return any(_holds_bare_array(a) for a in getattr(t, "args", ()) or ())
