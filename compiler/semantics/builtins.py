"""The library the subset knows without source: constants, math, sys, exceptions, and the JVM bit-cast helpers."""
from __future__ import annotations

import math
import struct

from .types import BOOLEAN, BYTE, CHAR, DOUBLE, FLOAT, INT, LONG, SHORT, STRING, Type

# `Int.MaxValue` and friends: (type, value).
CONSTANTS: dict[str, tuple[Type, object]] = {
    "Int.MaxValue": (INT, 2**31 - 1),
    "Int.MinValue": (INT, -(2**31)),
    "Long.MaxValue": (LONG, 2**63 - 1),
    "Long.MinValue": (LONG, -(2**63)),
    "Short.MaxValue": (SHORT, 2**15 - 1),
    "Short.MinValue": (SHORT, -(2**15)),
    "Byte.MaxValue": (BYTE, 127),
    "Byte.MinValue": (BYTE, -128),
    "Char.MaxValue": (CHAR, 0xFFFF),
    "Char.MinValue": (CHAR, 0),
    "Double.MaxValue": (DOUBLE, 1.7976931348623157e308),
    "Double.MinValue": (DOUBLE, -1.7976931348623157e308),
    "Double.MinPositiveValue": (DOUBLE, 5e-324),
    "Double.NaN": (DOUBLE, math.nan),
    "Double.PositiveInfinity": (DOUBLE, math.inf),
    "Double.NegativeInfinity": (DOUBLE, -math.inf),
    "Float.MaxValue": (FLOAT, struct.unpack("<f", struct.pack("<I", 0x7F7FFFFF))[0]),
    "Float.MinValue": (FLOAT, -struct.unpack("<f", struct.pack("<I", 0x7F7FFFFF))[0]),
    "Float.MinPositiveValue": (FLOAT, struct.unpack("<f", struct.pack("<I", 1))[0]),
    "Float.NaN": (FLOAT, math.nan),
    "Float.PositiveInfinity": (FLOAT, math.inf),
    "Float.NegativeInfinity": (FLOAT, -math.inf),
}
for _key in list(CONSTANTS):
    CONSTANTS["scala." + _key] = CONSTANTS[_key]
# Java's names for the same constants, and the math constants (the doubles nearest to pi and e).
for _java, _scala in (("Integer", "Int"), ("Long", "Long"), ("Short", "Short"), ("Byte", "Byte"),
                      ("Character", "Char")):
    for _suffix in ("MAX_VALUE", "MIN_VALUE"):
        _value = CONSTANTS[f"{_scala}.{_suffix[:3].title()}Value"]
        CONSTANTS[f"java.lang.{_java}.{_suffix}"] = _value
        if _java != _scala:  # `Long.MAX_VALUE` names scala.Long, which has no such member
            CONSTANTS[f"{_java}.{_suffix}"] = _value
for _prefix in ("math.", "scala.math.", "Math.", "java.lang.Math."):
    CONSTANTS[_prefix + ("PI" if _prefix[0] in "Mj" else "Pi")] = (DOUBLE, math.pi)
    CONSTANTS[_prefix + "E"] = (DOUBLE, math.e)
# Static functions by qualified path: name of the Builtin node, parameter types (None: by overload), result.
# Overloaded ones (math.max on Int/Long/Float/Double) are resolved by the type checker from the arguments.
MATH_FUNCTIONS = {"max", "min", "abs", "sqrt", "floor", "ceil", "signum"}
# The math functions the prelude's library computes (compiler/prelude/math.scala), as StrictMath does.
LIBRARY_MATH_FUNCTIONS = frozenset("pow exp log log10 round rint sin cos tan atan atan2 hypot".split())
MATH_PREFIXES = ("math.", "scala.math.", "Math.", "java.lang.Math.")

BIT_CASTS: dict[str, tuple[str, Type, Type]] = {
    "java.lang.Double.doubleToRawLongBits": ("bits.doubleToLong", DOUBLE, LONG),
    "java.lang.Double.doubleToLongBits": ("bits.doubleToLongCanonical", DOUBLE, LONG),
    "java.lang.Double.longBitsToDouble": ("bits.longToDouble", LONG, DOUBLE),
    "java.lang.Float.floatToRawIntBits": ("bits.floatToInt", FLOAT, INT),
    "java.lang.Float.floatToIntBits": ("bits.floatToIntCanonical", FLOAT, INT),
    "java.lang.Float.intBitsToFloat": ("bits.intToFloat", INT, FLOAT),
}

# The throwable classes a program may name (throw, catch, extend, declare), by their JVM names: the prelude's
# classes of these names (prelude/throwables.scala) stand for them.
EXCEPTIONS: dict[str, str] = {
    name: f"java.lang.{name}"
    for name in (
        "Exception", "RuntimeException", "IllegalArgumentException", "IllegalStateException", "ArithmeticException",
        "UnsupportedOperationException", "IndexOutOfBoundsException", "ArrayIndexOutOfBoundsException",
        "StringIndexOutOfBoundsException", "NullPointerException", "NumberFormatException",
        "NegativeArraySizeException", "ClassCastException", "Error", "AssertionError", "Throwable",
        "StackOverflowError", "OutOfMemoryError", "ExceptionInInitializerError", "VirtualMachineError", "LinkageError",
    )
}
EXCEPTIONS["NotImplementedError"] = "scala.NotImplementedError"
EXCEPTIONS["MatchError"] = "scala.MatchError"
EXCEPTIONS["NoSuchElementException"] = "java.util.NoSuchElementException"
for _name in ("IllegalFormatException", "IllegalFormatConversionException", "MissingFormatArgumentException",
              "UnknownFormatConversionException"):
    EXCEPTIONS[_name] = f"java.util.{_name}"
EXCEPTIONS["IOException"] = "java.io.IOException"

# How a boxed value's class is named in `scala.MatchError: 5 (of class java.lang.Integer)`.
BOXED_CLASS_NAMES: dict[Type, str] = {
    INT: "java.lang.Integer", LONG: "java.lang.Long", SHORT: "java.lang.Short", BYTE: "java.lang.Byte",
    CHAR: "java.lang.Character", BOOLEAN: "java.lang.Boolean", DOUBLE: "java.lang.Double",
    FLOAT: "java.lang.Float", STRING: "java.lang.String",
}

CONVERSIONS: dict[str, Type] = {
    "toInt": INT, "toLong": LONG, "toFloat": FLOAT, "toDouble": DOUBLE,
    "toByte": BYTE, "toShort": SHORT, "toChar": CHAR,
}

# Names scalac resolves that lie outside the subset: `unsupported`, not `unresolved-name` / `not-a-member`.
SCALA_LIBRARY_NAMES = frozenset(
    "List Nil Seq IndexedSeq Vector Set Map Option Some None Either Left Right Iterator Range StringBuilder "
    "BigInt BigDecimal Tuple2 Tuple3 Stream LazyList Ordering Function1".split())
# `System.out.println(x)` and friends print as `println(x)` does; `System.err.println(x)` the same to stderr.
PRINT_PATHS = {
    f"{prefix}{name}": name
    for prefix in ("System.out.", "java.lang.System.out.", "Console.", "scala.Console.", "Console.out.",
                   "scala.Console.out.")
    for name in ("println", "print")
}
PRINT_PATHS.update({
    f"{prefix}{name}": "e" + name
    for prefix in ("System.err.", "java.lang.System.err.", "Console.err.", "scala.Console.err.")
    for name in ("println", "print")
})
# assert / require: the exception thrown when the condition is false, and its message.
CHECKS = {
    "assert": ("java.lang.AssertionError", "assertion failed"),
    "require": ("java.lang.IllegalArgumentException", "requirement failed"),
}
UNIVERSAL_METHODS = frozenset("-> hashCode equals getClass isInstanceOf asInstanceOf eq ne ## ensuring".split())
ARRAY_OPS_METHODS = frozenset(
    "foreach map flatMap filter filterNot foldLeft foldRight fold reduce sum product max min maxBy minBy "
    "mkString sorted sortWith sortBy reverse contains indexOf lastIndexOf isEmpty nonEmpty head last tail init "
    "take drop takeWhile dropWhile exists forall count zip zipWithIndex clone size toList toSeq toSet toArray "
    "slice find distinct indices fill copyToArray iterator grouped sliding updated appended prepended "
    "partition span splitAt headOption lastOption scanLeft scanRight permutations combinations toVector "
    "toIndexedSeq reduceLeft reduceRight groupBy toMap".split())

