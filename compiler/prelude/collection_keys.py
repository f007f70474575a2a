"""The collection methods computed from keys, as a mixin of CollectionCalls: a map's get, getOrElse,
getOrElseUpdate, put and remove (Options and by-name defaults typed without closures), mapValues/filterKeys, and
groupBy, minBy and maxBy of any collection (keys computed once per element, in the collection's order)."""
from __future__ import annotations

from ..semantics import tir
from ..semantics.typer import Typer
from ..semantics.types import CHAR, ERROR, INT, STRING, AppliedType, ArrayType, FunctionType
from ..syntax import ast


def fresh(stem: str, span) -> str:
    """A name for a local the expansion of the call at `span` defines. It is made from the call's place, not from a
    counter, so that typing a method again (an editor reusing a tree) names its locals as a fresh analysis does;
    calls that share a place nest, and an inner definition shadows an outer one of the same name, never reads it."""
    return f"${stem}{span.start}_{span.end}"


class KeyedCalls:
    """CollectionCalls's methods over keys (it gives prelude, symbol and empty)."""

    def group_by(self, typer: Typer, array: tir.Expr, finish: str, key_node, span, ctx) -> tir.Expr:
        """`xs.groupBy(f)` as TraversableLike.groupBy builds it: a mutable.HashMap of buffers filled in order, then
        an immutable Map made by adding its entries in the HashMap's iteration order (which is what a Map of up
        to four keys shows)."""
        keys = typer.select_on_value(array, "map", span, span, [key_node], ctx)
        if keys.tpe is ERROR or not isinstance(keys.tpe, ArrayType):
            return keys
        elem, key = array.tpe.element, keys.tpe.element
        names = {n: fresh(n, span) for n in ("xs", "ks", "m", "r", "i", "p")}
        xs, ks, m, r, i, p = (ast.Ident(span, names[n]) for n in ("xs", "ks", "m", "r", "i", "p"))
        buffer_t = AppliedType(self.symbol("ArrayBuffer"), (elem,))
        groups = tir.NewObject(span, AppliedType(self.symbol("MutableMap"), (key, buffer_t)),
                               self.symbol("MutableMap"), [], None)
        fresh_buffer = tir.NewObject(span, buffer_t, self.symbol("ArrayBuffer"), [], None)

        def sel(q, n):
            return ast.Select(span, q, n, span)

        def app(f, *a):
            return ast.Apply(span, f, list(a))

        # the value type of the result: the groups as `finish` makes them
        probe = typer.select_on_value(fresh_buffer, finish, span, span, None, ctx)
        if probe.tpe is ERROR:
            return probe
        result_empty = self.empty(typer, "ImmutableMap", [key, probe.tpe], span, ctx)
        block = ast.Block(span, [
            ast.ValDef(span, names["xs"], span, None, mutable=False, rhs=ast.Typed(span, array)),
            ast.ValDef(span, names["ks"], span, None, mutable=False, rhs=ast.Typed(span, keys)),
            ast.ValDef(span, names["m"], span, None, mutable=False, rhs=ast.Typed(span, groups)),
            ast.For(span, [ast.Generator(span, ast.BindPattern(span, names["i"]),
                                         ast.Infix(span, "until", span, ast.Literal(span, "int", 0), sel(xs, "length")))],
                    app(sel(app(sel(m, "getOrElseUpdate"), app(ks, i), ast.Typed(span, fresh_buffer)), "add"),
                        app(xs, i))),
            ast.ValDef(span, names["r"], span, None, ast.Typed(span, result_empty), True),
            ast.For(span, [ast.Generator(span, ast.BindPattern(span, names["p"]), sel(m, "pairs"))],
                    ast.Assign(span, r, app(sel(r, "updated"), sel(p, "_1"), sel(sel(p, "_2"), finish)))),
            r])
        return typer.type_expr(block, ctx)

    def min_by(self, typer: Typer, array: tir.Expr, name: str, fn_node, span, ctx) -> tir.Expr:
        """`xs.minBy(f)` / `maxBy`: the first element whose key is least (greatest), keys compared with `<` (`>`)
        as Scala's Ordering compares numbers and strings; UnsupportedOperationException when empty."""
        fn = typer.type_expr(fn_node, ctx, FunctionType((array.tpe.element,), None))
        if fn.tpe is ERROR:
            return fn
        key = fn.tpe.result if isinstance(fn.tpe, FunctionType) else ERROR
        if not (key.is_numeric or key in (STRING, CHAR) or getattr(getattr(key, "symbol", None), "jvm_name", None)
                == "scala.math.BigInt") and "List" in self.prelude.classes:
            # keys `<` does not order (tuples, Options, Booleans): the List's minBy, with Scala's Ordering of them
            as_list = typer.select_on_value(array, "toList", span, span, None, ctx)
            return typer.select_on_value(as_list, name, span, span, [ast.Typed(fn.span, fn)], ctx)
        n = {k: fresh(k, span) for k in ("xs", "f", "best", "bk", "i", "x", "k")}
        ident = {k: ast.Ident(span, v) for k, v in n.items()}

        def app(f, *a):
            return ast.Apply(span, f, list(a))

        def val(k, rhs, mutable=False):
            return ast.ValDef(span, n[k], span, None, rhs, mutable)

        length = ast.Select(span, ident["xs"], "length", span)
        empty = ast.Throw(span, ast.New(span, ast.TypeRef(span, "UnsupportedOperationException"),
                                        [ast.Literal(span, "string", f"empty.{name}")]))
        better = ast.Infix(span, "<" if name == "minBy" else ">", span, ident["k"], ident["bk"])
        block = ast.Block(span, [
            val("xs", ast.Typed(span, array)), val("f", ast.Typed(span, fn)),
            ast.If(span, ast.Infix(span, "==", span, length, ast.Literal(span, "int", 0)), empty, None),
            val("best", app(ident["xs"], ast.Literal(span, "int", 0)), True),
            val("bk", app(ident["f"], ident["best"]), True),
            ast.For(span, [ast.Generator(span, ast.BindPattern(span, n["i"]),
                                         ast.Infix(span, "until", span, ast.Literal(span, "int", 1), length))],
                    ast.Block(span, [val("x", app(ident["xs"], ident["i"])), val("k", app(ident["f"], ident["x"])),
                                     ast.If(span, better, ast.Block(span, [
                                         ast.Assign(span, ident["best"], ident["x"]),
                                         ast.Assign(span, ident["bk"], ident["k"])]), None)])),
            ident["best"]])
        return typer.type_expr(block, ctx)

    def map_values(self, typer: Typer, qual, name: str, fn_node, span, ctx) -> tir.Expr:
        """`m.mapValues(f)` as `m.map(p => (p._1, f(p._2)))`, `m.filterKeys(p)` as `m.filter(e => p(e._1))`: a map
        of the same keys in the same order (2.11's views print as maps do)."""
        key_t, value_t = qual.tpe.args
        param = value_t if name == "mapValues" else key_t
        fn = typer.type_expr(fn_node, ctx, FunctionType((param,), None))
        if fn.tpe is ERROR:
            return fn
        f, p = fresh("f", span), fresh("p", span)

        def sel(q, n):
            return ast.Select(span, q, n, span)

        pair = ast.Ident(span, p)
        if name == "mapValues":
            body: ast.Expr = ast.Tuple(span, [sel(pair, "_1"), ast.Apply(span, ast.Ident(span, f), [sel(pair, "_2")])])
            method = "map"
        else:
            body = ast.Apply(span, ast.Ident(span, f), [sel(pair, "_1")])
            method = "filter"
        lam = ast.Lambda(span, [ast.Param(span, p, span, None)], body)
        block = ast.Block(span, [ast.ValDef(span, f, span, None, ast.Typed(span, fn), False),
                                 ast.Apply(span, sel(ast.Typed(qual.span, qual), method), [lam])])
        return typer.type_expr(block, ctx)

    def get_option(self, typer: Typer, qual, kind: str, name: str, key_node, span, ctx, value_node=None) -> tir.Expr:
        """`m.get(k)`: Some(value) or None; a mutable map's `remove(k)` also takes the entry out, its `put(k, v)`
        stores v (the old value's Option is the result). Option's classes are the prelude's List and Option
        library's."""
        option = self.prelude.classes.get("Option")
        if option is None and name == "remove":  # (no Option in the library: the result is Unit)
            return typer.select_on_value(qual, "removeKey", span, span, [key_node], ctx)
        e, k, v = fresh("e", span), fresh("k", span), fresh("v", span)
        m = ast.Typed(qual.span, qual)

        def sel(q, n):
            return ast.Select(span, q, n, span)

        def app(f, *a):
            return ast.Apply(span, f, list(a))

        some_t = None
        if kind == "MutableMap":
            int_keys = qual.tpe.args[0] is INT
            lookup = app(sel(m, "findEntryInt" if int_keys else "findEntry"), ast.Ident(span, k))
            present = ast.Infix(span, ">=", span, ast.Ident(span, e), ast.Literal(span, "int", 0))
            value = app(sel(m, "valueAt"), ast.Ident(span, e))
        else:
            lookup = app(sel(m, "lookup"), ast.Ident(span, k))
            present = app(sel(m, "found"), ast.Ident(span, e))
            value = app(sel(m, "valueOf"), ast.Ident(span, e))
        found: list = [ast.ValDef(span, v, span, None, value, False)]
        if name == "remove":
            found.append(app(sel(m, "removeKey"), ast.Ident(span, k)))
        found.append(app(ast.Ident(span, "Some"), ast.Ident(span, v)))
        statements = [ast.ValDef(span, k, span, None, key_node, False)]
        if value_node is not None:  # put: the new value evaluated before the lookup, stored after it
            statements.append(ast.ValDef(span, v + "new", span, None, value_node, False))
        statements.append(ast.ValDef(span, e, span, None, lookup, False))
        answer = ast.If(span, present, ast.Block(span, found), ast.Ident(span, "None"))
        if value_node is not None:
            old = v + "old"
            statements += [ast.ValDef(span, old, span, None, answer, False),
                           app(sel(m, "update"), ast.Ident(span, k), ast.Ident(span, v + "new"))]
            answer = ast.Ident(span, old)
        block = ast.Block(span, [*statements, answer])
        if option is not None and getattr(option, "type_params", None):
            some_t = AppliedType(option, (qual.tpe.args[1],))
        return typer.type_expr(block, ctx, some_t)

    def get_or_else(self, typer: Typer, qual, kind: str, name: str, args: list, span, ctx) -> tir.Expr:
        """`m.getOrElse(k, d)`: the lookup, then `d` only when the key is missing (Scala's by-name default, here
        without a closure); the result is the values' and d's common type. `getOrElseUpdate` also stores it."""
        e = fresh("e", span)
        ident = ast.Ident(span, e)
        m = ast.Typed(qual.span, qual)

        def sel(q, n):
            return ast.Select(span, q, n, span)

        int_keys = kind == "MutableMap" and qual.tpe.args[0] is INT
        if kind == "MutableMap":
            lookup = ast.Apply(span, sel(m, "findEntryInt" if int_keys else "findEntry"), [args[0]])
            present = ast.Infix(span, ">=", span, ident, ast.Literal(span, "int", 0))
            value = ast.Apply(span, sel(m, "valueAt"), [ident])
        else:
            if name == "getOrElseUpdate":
                return None
            lookup = ast.Apply(span, sel(m, "lookup"), [args[0]])
            present = ast.Apply(span, sel(m, "found"), [ident])
            value = ast.Apply(span, sel(m, "valueOf"), [ident])
        if name == "getOrElse":
            otherwise: ast.Expr = args[1]
        else:
            v = fresh("v", span)
            key = fresh("k", span)
            otherwise = ast.Block(span, [
                ast.ValDef(span, v, span, None, args[1], False),
                ast.Apply(span, sel(m, "update"), [ast.Ident(span, key), ast.Ident(span, v)]),
                ast.Ident(span, v)])
            find = ast.Apply(span, sel(m, "findEntryInt" if int_keys else "findEntry"), [ast.Ident(span, key)])
            block = ast.Block(span, [ast.ValDef(span, key, span, None, args[0], False),
                                     ast.ValDef(span, e, span, None, find, False),
                                     ast.If(span, present, value, otherwise)])
            return typer.type_expr(block, ctx)
        block = ast.Block(span, [ast.ValDef(span, e, span, None, lookup, False), ast.If(span, present, value,
                                                                                       otherwise)])
        return typer.type_expr(block, ctx)
