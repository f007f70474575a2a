"""Compile-time arithmetic as the JVM computes it (wrapping, Float rounding, conversions, folding), and the
operator classes the typer sorts binary operators into.
"""
from __future__ import annotations

import math
import struct
from typing import Callable

from .types import BOOLEAN, BYTE, CHAR, DOUBLE, FLOAT, INT, LONG, SHORT, Type


ARITHMETIC = {"+", "-", "*", "/", "%"}
BITWISE = {"&", "|", "^"}
SHIFTS = {"<<", ">>", ">>>"}
ORDERING = {"<", "<=", ">", ">="}
EQUALITY = {"==", "!="}
COMPOUND_OPS = ARITHMETIC | BITWISE | SHIFTS
NARROWABLE = {BYTE: (-128, 127), SHORT: (-32768, 32767), CHAR: (0, 0xFFFF)}


def wrap32(v: int) -> int:
    return (v + 2**31) % 2**32 - 2**31


def wrap64(v: int) -> int:
    return (v + 2**63) % 2**64 - 2**63


def to_f32(v: float) -> float:
    try:
        return struct.unpack("<f", struct.pack("<f", v))[0]
    except OverflowError:
        return math.copysign(math.inf, v)


def convert_constant(value, source: Type, target: Type):
    """A numeric conversion evaluated at compile time with the JVM's rules (truncation, saturation, wrapping)."""
    if target in (FLOAT, DOUBLE):
        v = float(value)
        return to_f32(v) if target is FLOAT else v
    if source in (FLOAT, DOUBLE):
        v = float(value)
        if math.isnan(v):
            value = 0
        else:
            bits = 64 if target is LONG else 32
            lo, hi = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
            value = int(max(lo, min(hi, math.trunc(v)))) if math.isfinite(v) else (hi if v > 0 else lo)
    value = int(value)
    if target is LONG:
        return wrap64(value)
    value = wrap32(value)
    if target is BYTE:
        return (value + 128) % 256 - 128
    if target is SHORT:
        return (value + 32768) % 65536 - 32768
    if target is CHAR:
        return value % 65536
    return value


def fold_binary(op: str, t: Type, a, b):
    """The JVM result of `a op b` on constants of type t, or None to leave the operation to run time."""
    if t is BOOLEAN:
        return {"&": a and b, "|": a or b, "^": a != b, "==": a == b, "!=": a != b}.get(op)
    if op in ORDERING or op in EQUALITY:
        if t in (FLOAT, DOUBLE) and (math.isnan(a) or math.isnan(b)):
            return op == "!="
        return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b, "==": a == b, "!=": a != b}[op]
    if t in (INT, LONG):
        wrap: Callable[[int], int] = wrap32 if t is INT else wrap64
        bits = 32 if t is INT else 64
        if op == "+":
            return wrap(a + b)
        if op == "-":
            return wrap(a - b)
        if op == "*":
            return wrap(a * b)
        if op in ("/", "%"):
            if b == 0:
                return None
            q = abs(a) // abs(b)
            q = q if (a >= 0) == (b >= 0) else -q
            return wrap(q) if op == "/" else wrap(a - q * b)
        if op == "&":
            return wrap(a & b)
        if op == "|":
            return wrap(a | b)
        if op == "^":
            return wrap(a ^ b)
        count = b % bits
        if op == "<<":
            return wrap(a << count)
        if op == ">>":
            return wrap(a >> count)
        if op == ">>>":
            return wrap((a % 2**bits) >> count)
    return None  # floating-point arithmetic is left to run time, where it rounds exactly as the JVM does
