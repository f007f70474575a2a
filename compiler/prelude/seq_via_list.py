"""The methods of arrays and IndexedSeqs that the array templates lack, computed by the library's List: `xs.m(args)`
is `xs.toList.m(args)` with every List in the result made the receiver's kind again (an Array, or an IndexedSeq,
which is a Vector), as Scala's `ArrayOps` and `IndexedSeq` give their own kind back.

Only methods whose List result, converted, is what Scala's sequence method gives are routed here (`sliding`,
`grouped`, `find`, `headOption`, `flatMap`, `flatten`, `iterator`, ...); `tail` and `init` keep the sequence's
own `empty.tail` message.
"""
from __future__ import annotations

from ..semantics import tir
from ..semantics.types import ERROR, UNIT, ArrayType, ClassType, TupleType
from ..syntax import ast

# Methods whose List form gives what the sequence's gives, its Lists converted back.
ROUTED = frozenset(
    "flatten flatMap iterator toIterator reverseIterator sliding grouped find headOption lastOption lastIndexOf "
    "indexWhere splitAt tails inits permutations combinations reduceOption startsWith union diff intersect "
    "zipAll padTo transpose unzip tail init collect sorted max min".split())


def _fresh(stem: str, span) -> str:
    """A local's name from the call's place (deterministic across analyses)."""
    return f"${stem}{span.start}_{span.end}"


def via_list(lib, typer, qual: tir.Expr, name: str, span, arg_nodes: list, ctx) -> tir.Expr | None:
    """`xs.name(args)` of an array or IndexedSeq through `xs.toList`; None when `name` is not routed."""
    t: ArrayType = qual.tpe
    if name not in ROUTED:
        return None
    receiver = ast.Typed(qual.span, qual)
    if name in ("tail", "init") and not arg_nodes:
        return drop_one(typer, qual, name, span, ctx)
    as_list = ast.Select(span, receiver, "toList", span)
    if name == "flatten" and not arg_nodes:
        if not _flattenable(t.element):
            return None
        x = _fresh("x", span)
        call: ast.Expr = ast.Apply(span, ast.Select(span, as_list, "flatMap", span), [
            ast.Lambda(span, [ast.Param(span, x, span, None)], ast.Select(span, ast.Ident(span, x), "toList", span))])
    elif name == "flatMap" and len(arg_nodes) == 1:
        fn = arg_nodes[0]
        if isinstance(fn, ast.Lambda) and len(fn.params) == 1:
            body = ast.Select(span, fn.body, "toList", span)
            lam = ast.Lambda(fn.span, fn.params, body)
        else:
            x = _fresh("x", span)
            lam = ast.Lambda(span, [ast.Param(span, x, span, None)], ast.Select(
                span, ast.Apply(span, fn, [ast.Ident(span, x)]), "toList", span))
        call = ast.Apply(span, ast.Select(span, as_list, "flatMap", span), [lam])
    else:
        method = ast.Select(span, as_list, name, span)
        call = ast.Apply(span, method, list(arg_nodes)) if arg_nodes else method
    result = typer.type_expr(call, ctx)
    if result.tpe is ERROR:
        return result
    return back(lib, typer, result, t.is_seq, span, ctx)


def drop_one(typer, elements: tir.Expr, name: str, span, ctx) -> tir.Expr:
    """`tail` / `init` of a sequence as TraversableLike has them: UnsupportedOperationException("empty.tail")
    when empty, else drop(1) / dropRight(1)."""
    xs = _fresh("xs", span)
    ident = ast.Ident(span, xs)
    empty = ast.Throw(span, ast.New(span, ast.TypeRef(span, "UnsupportedOperationException"),
                                    [ast.Literal(span, "string", f"empty.{name}")]))
    rest = ast.Apply(span, ast.Select(span, ident, "drop" if name == "tail" else "dropRight", span),
                     [ast.Literal(span, "int", 1)])
    return typer.type_expr(ast.Block(span, [ast.ValDef(span, xs, span, None, ast.Typed(span, elements), False),
                                            ast.If(span, ast.Select(span, ident, "isEmpty", span), empty, None),
                                            rest]), ctx)


def _flattenable(t) -> bool:
    """Whether elements of type t are collections `flatten` takes apart (arrays, IndexedSeqs, library classes)."""
    return isinstance(t, ArrayType) or (isinstance(t, ClassType) and getattr(t.symbol, "from_prelude", False))


def back(lib, typer, result: tir.Expr, seq: bool, span, ctx) -> tir.Expr:
    """Every List in a result (itself, an Iterator's elements, a tuple's parts) as an array (an IndexedSeq when
    seq)."""
    t = result.tpe
    if lib.list_element(t) is not None:
        converted = typer.type_expr(ast.Select(span, ast.Typed(span, result), "toVector" if seq else "toArray",
                                               span), ctx)
        return converted
    iterator = lib.prelude.classes.get("Iterator")
    if isinstance(t, ClassType) and t.symbol is iterator and getattr(t, "args", None) \
            and lib.list_element(t.args[0]) is not None:
        g = _fresh("g", span)
        lam = ast.Lambda(span, [ast.Param(span, g, span, None)],
                         ast.Select(span, ast.Ident(span, g), "toVector" if seq else "toArray", span))
        return typer.type_expr(ast.Apply(span, ast.Select(span, ast.Typed(span, result), "map", span), [lam]), ctx)
    if isinstance(t, TupleType) and any(lib.list_element(e) is not None for e in t.elements):
        temp = typer.temp(t, span, ctx)
        get = tir.LocalGet(span, t, temp)
        parts = [back(lib, typer, tir.TupleGet(span, e, get, k), seq, span, ctx) for k, e in enumerate(t.elements)]
        made = tir.NewTuple(span, TupleType(tuple(p.tpe for p in parts)), parts)
        return tir.Block(span, made.tpe, [tir.LocalDef(span, UNIT, temp, result)], made)
    return result
