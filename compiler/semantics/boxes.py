"""`java.lang.Integer` and the other boxes as types a program writes: their statics and Predef's unboxing
(`Integer2int`); `prelude/boxes.py` types the conversions where the types ask for them, `Integer.valueOf`,
`java.lang.Boolean.TRUE`, and the boxes' own `intValue`-style methods.

A `java.lang.Integer` is a `BoxedType` (types.py): at run time the very box an Int in an Any is, so a value moves
between Integer, AnyRef and a generic `T` unchanged, and `==` between an Integer and a number is Scala's `==` on Any
(BoxesRunTime.equals: by numeric value, null safe). Unboxing a null box is a NullPointerException, as the JVM's
`Integer2int(null)` is (lowering/boxing.py); an erased value's unboxing gives the primitive's zero, as scalac's does.
"""
from __future__ import annotations

from . import tir
from .types import BOOLEAN, BOXED_TYPES, CHAR, DOUBLE, ERROR, FLOAT, INT, LONG, SHORT, BYTE, BoxedType, Type

_BY_SIMPLE_NAME = {"Integer": INT, "Long": LONG, "Short": SHORT, "Byte": BYTE, "Character": CHAR,
                   "Boolean": BOOLEAN, "Double": DOUBLE, "Float": FLOAT}
# `x.intValue()` and friends on any numeric box: the value converted as Java's Number methods do.
_VALUE_METHODS = {"intValue": INT, "longValue": LONG, "shortValue": SHORT, "byteValue": BYTE, "doubleValue": DOUBLE,
                  "floatValue": FLOAT}
# Methods a box has of its own; any other name is the primitive's, through Predef's conversion (`n.toDouble`).
_UNIVERSAL = frozenset("toString hashCode equals eq ne == != ## getClass isInstanceOf asInstanceOf".split())


def boxed_statics() -> dict[str, tuple[str, Type]]:
    """`java.lang.Integer.valueOf` / `Integer.valueOf` / `java.lang.Boolean.TRUE`...: path -> (what, primitive)."""
    found: dict[str, tuple[str, Type]] = {}
    for simple, primitive in _BY_SIMPLE_NAME.items():
        prefixes = [f"java.lang.{simple}."] + ([f"{simple}."] if simple in ("Integer", "Character") else [])
        for prefix in prefixes:
            found[prefix + "valueOf"] = ("valueOf", primitive)
            found[prefix + "toString"] = ("toString", primitive)
            if primitive is BOOLEAN:
                found[prefix + "TRUE"] = ("TRUE", primitive)
                found[prefix + "FALSE"] = ("FALSE", primitive)
    return found


_STATICS = boxed_statics()


def unboxed(e: tir.Expr) -> tir.Expr:
    """A box's value as its primitive (Predef's `Integer2int`), anything else unchanged."""
    t = e.tpe
    if isinstance(t, BoxedType):
        return tir.Cast(e.span, t.primitive, e, checked=True)
    return e
