"""The typer extension for the java.lang boxes (`semantics/boxes.py` says what they are): Predef's conversions between
a primitive and its box where the types ask for one, the boxes' statics and methods."""
from __future__ import annotations

from ..semantics import tir
from ..semantics.boxes import _STATICS, _UNIVERSAL, _VALUE_METHODS, unboxed
from ..semantics.imports import as_selection
from ..semantics.typer import Typer, TyperExtension
from ..semantics.types import (BOOLEAN, BOXED_TYPES, BYTE, CHAR, DOUBLE, ERROR, FLOAT, INT, LONG, SHORT, STRING,
                               BoxedType, ClassType)
from ..syntax import ast


_PARSERS = {INT: "java.lang.Integer.parseInt", LONG: "java.lang.Long.parseLong",
            DOUBLE: "java.lang.Double.parseDouble", FLOAT: "java.lang.Float.parseFloat"}
_COMPARES = {INT: "java.lang.Integer.compare", LONG: "java.lang.Long.compare", DOUBLE: "java.lang.Double.compare",
             FLOAT: "java.lang.Float.compare", BOOLEAN: "java.lang.Boolean.compare",
             CHAR: "java.lang.Character.compare", SHORT: "java.lang.Short.compare", BYTE: "java.lang.Byte.compare"}


class BoxedValues(TyperExtension):
    """Types the conversions between the primitives and their java.lang boxes, and the boxes' statics."""

    def adapt(self, typer: Typer, e, expected):
        t = e.tpe
        if isinstance(expected, BoxedType) and t is expected.primitive:
            return tir.Box(e.span, expected, e)  # int2Integer and friends
        if isinstance(expected, BoxedType) and isinstance(e, tir.Const) and t is INT \
                and expected.primitive in (CHAR, SHORT, BYTE):
            narrowed = typer.adapt(e, expected.primitive)
            if narrowed.tpe is expected.primitive:
                return tir.Box(e.span, expected, narrowed)
        if isinstance(t, BoxedType) and (expected is t.primitive or (expected.is_numeric and t.primitive.is_numeric
                                                                      and expected is not t.primitive)):
            value = unboxed(e)
            return value if expected is t.primitive else typer.adapt(value, expected)
        if (t is STRING or isinstance(t, BoxedType)) and isinstance(expected, ClassType) \
                and getattr(expected.symbol, "universal", False) and expected.symbol.name == "Comparable":
            # a T <: Comparable[T] takes them (generics.py); a Comparable-typed value is a class instance
            return typer.unsupported(f"a {t.name} as a value of type {expected.name} (it is one only as the type "
                                     "argument of a `T <: Comparable[T]` bound)", e.span)
        return None

    def static_path(self, path: str) -> bool:
        return path in _STATICS

    def select_path(self, typer: Typer, path: str, node, ctx):
        found = _STATICS.get(path)
        if found is None or found[0] not in ("TRUE", "FALSE"):
            return None
        return tir.Box(node.span, BOXED_TYPES[BOOLEAN], tir.Const(node.span, BOOLEAN, found[0] == "TRUE"))

    def builtin_call(self, typer: Typer, path: str, arg_nodes, node, ctx):
        found = _STATICS.get(path)
        if found is None or found[0] not in ("valueOf", "toString") or len(arg_nodes) != 1:
            return None
        what, primitive = found
        value = typer.type_expr(arg_nodes[0], ctx, primitive)
        if value.tpe is ERROR:
            return value
        parse = _PARSERS.get(primitive)
        if what == "valueOf" and value.tpe is STRING and parse is not None:  # `Integer.valueOf("17")`
            parsed = typer.type_expr(ast.Apply(node.span, as_selection(parse, node.span),
                                               [ast.Typed(value.span, value)]), ctx)
            return tir.Box(node.span, BOXED_TYPES[primitive], parsed) if parsed.tpe is primitive else parsed
        if value.tpe is not primitive and not (value.tpe.is_numeric and primitive.is_numeric):
            return typer.unsupported(f"`{path}` of a {value.tpe.name}", node.span)
        value = typer.adapt(value, primitive)
        if what == "toString":  # `Integer.toString(n)`: as `n.toString`
            return tir.ToString(node.span, STRING, value)
        return tir.Box(node.span, BOXED_TYPES[primitive], value)

    def select_on_value(self, typer: Typer, qual, name, name_span, span, arg_nodes, ctx):
        t = qual.tpe
        if not isinstance(t, BoxedType) or name in _UNIVERSAL:
            return None
        target = _VALUE_METHODS.get(name)
        if target is not None and not arg_nodes and t.primitive.is_numeric:
            return typer.convert(unboxed(qual), target)
        if name == "booleanValue" and not arg_nodes and t.primitive is BOOLEAN:
            return unboxed(qual)
        if name == "charValue" and not arg_nodes and t.primitive is CHAR:
            return unboxed(qual)
        compare = _COMPARES.get(t.primitive)
        if name == "compareTo" and arg_nodes is not None and len(arg_nodes) == 1 and compare is not None:
            # Integer.compareTo(Integer): as the box's static compare of the two values
            return typer.type_expr(ast.Apply(span, as_selection(compare, span),
                                             [ast.Typed(qual.span, unboxed(qual)), arg_nodes[0]]), ctx)
        # what the primitive has (`n.toDouble`, `n.compareTo(m)`, `b.unary_!`): through Predef's conversion
        return typer.select_on_value(unboxed(qual), name, name_span, span, arg_nodes, ctx)
