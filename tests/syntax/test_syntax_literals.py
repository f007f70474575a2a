"""Every literal form, its kind and value, escapes, and the literals that are out of range or malformed."""
from __future__ import annotations

import struct

import pytest
from syntax_helpers import method_body

from scalawasi.compiler.syntax import ast


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("0", "int", 0),
        ("42", "int", 42),
        ("2147483647", "int", 2147483647),
        ("-2147483648", "int", -2147483648),
        ("- 2147483648", "int", -2147483648),  # `-` applied to the literal, as scalac folds it
        ("-7", "int", -7),
        ("0x7fffffff", "int", 2147483647),
        ("0xFFFFFFFF", "int", -1),
        ("0x80000000", "int", -2147483648),
        ("0X1f", "int", 31),
        ("-0x1", "int", -1),
        ("0x11223344", "int", 0x11223344),
        ("1L", "long", 1),
        ("3000000000L", "long", 3000000000),
        ("0xFFl", "long", 255),
        ("9223372036854775807L", "long", 9223372036854775807),
        ("-9223372036854775808L", "long", -9223372036854775808),
        ("0xFFFFFFFFFFFFFFFFL", "long", -1),
        ("1.5", "double", 1.5),
        ("1e10", "double", 1e10),
        ("3.0e+5", "double", 3.0e5),
        ("2.5D", "double", 2.5),
        ("2.5d", "double", 2.5),
        ("1d", "double", 1.0),
        (".5", "double", 0.5),
        ("-7.9", "double", -7.9),
        ("- 7.9", "double", -7.9),
        ("1.5f", "float", 1.5),
        ("2.5F", "float", 2.5),
        ("1E-3F", "float", struct.unpack("<f", struct.pack("<f", 1e-3))[0]),
        ("1.1f", "float", struct.unpack("<f", struct.pack("<f", 1.1))[0]),  # rounded to 32 bits
        ("true", "boolean", True),
        ("false", "boolean", False),
        ("null", "null", None),
        ("()", "unit", None),
        ("'A'", "char", "A"),
        ("'\\n'", "char", "\n"),
        ("'\\t'", "char", "\t"),
        ("'\\''", "char", "'"),
        ("'\\\\'", "char", "\\"),
        ("'\"'", "char", '"'),
        ("'\\u00e9'", "char", "é"),
        ("'é'", "char", "é"),
        ('"plain"', "string", "plain"),
        ('""', "string", ""),
        ('"tab\\tand \\"quotes\\" and \\\\"', "string", 'tab\tand "quotes" and \\'),
        ('"\\b\\f\\r\\n\\\'"', "string", "\b\f\r\n'"),
        ('"\\u0041\\u00e9"', "string", "Aé"),
        ('"\\ud83d\\ude00"', "string", "😀"),  # a surrogate pair spelled with escapes
        ('"héllo ✓ ünïcode"', "string", "héllo ✓ ünïcode"),
        ('"""raw\\n "quoted" text"""', "string", 'raw\\n "quoted" text'),
        ('"""two\nlines"""', "string", "two\nlines"),
    ],
)
def test_literal_value(text: str, kind: str, value: object) -> None:
    parsed, body = method_body(text)
    assert isinstance(body, ast.Literal)
    assert (body.kind, body.value) == (kind, value)
    assert type(body.value) is type(value)
    assert parsed.slice(body) == text


def test_negative_literal_inside_calls_and_patterns() -> None:
    _, body = method_body("f(-2147483648, -1L, -0.5f)")
    assert [(a.kind, a.value) for a in body.args] == [("int", -2147483648), ("long", -1), ("float", -0.5)]


def test_negated_parenthesized_literal_is_a_prefix_operation() -> None:
    _, body = method_body("-(1)")
    assert isinstance(body, ast.Prefix) and body.op == "-"


@pytest.mark.parametrize(
    "text, bad, fragment",
    [
        ("2147483648", "2147483648", "out of range for Int"),
        ("-2147483649", "-2147483649", "out of range for Int"),
        ("- 2147483649", "2147483649", "out of range for Int"),
        ("3000000000", "3000000000", "add `L`"),
        ("0x100000000", "0x100000000", "does not fit in Int"),
        ("9223372036854775808L", "9223372036854775808L", "out of range for Long"),
        ("0x10000000000000000L", "0x10000000000000000L", "does not fit in Long"),
        ("0123", "0123", "leading zeros"),
        ("1e39f", "1e39f", "too large for Float"),
        ("1e400", "1e400", "too large for Double"),
        ("1e-50f", "1e-50f", "too small for Float"),
        ('"a\\qb"', "\\q", "invalid escape"),
        ('"\\0"', "\\0", "octal escape"),
        ("'\\z'", "\\z", "invalid escape"),
        ("'😀'", "'😀'", "does not fit in a Char"),
    ],
)
def test_invalid_literal(text: str, bad: str, fragment: str) -> None:
    parsed, body = method_body(text, clean=False)
    diag = parsed.only("invalid-literal")
    assert parsed.codes() == ["invalid-literal"]
    assert parsed.slice(diag.span) == bad
    assert fragment in diag.message
    assert isinstance(body, ast.Literal)  # still a literal, so later passes know its type


def test_interpolation_parts_and_args() -> None:
    parsed, body = method_body('s"$name has ${name.length} letters and n = $n"')
    assert isinstance(body, ast.Interpolated)
    assert body.interpolator == "s"
    assert body.parts == ["", " has ", " letters and n = ", ""]
    assert [parsed.slice(a) for a in body.args] == ["name", "name.length", "n"]
    assert isinstance(body.args[1], ast.Select)


def test_interpolation_unescapes_parts() -> None:
    _, body = method_body('s"a\\tb$$c${x + 1}\\u0041"')
    assert body.parts == ["a\tb$c", "A"]
    assert len(body.args) == 1 and isinstance(body.args[0], ast.Infix)


def test_interpolation_without_args_and_triple_quoted() -> None:
    _, body = method_body('s"plain"')
    assert (body.parts, body.args) == (["plain"], [])
    _, body = method_body('s"""x\\ny$z"""')
    assert body.parts == ["x\ny", ""] and [a.name for a in body.args] == ["z"]


@pytest.mark.parametrize("interp", ["raw", "json"])
def test_other_interpolators_are_unsupported(interp: str) -> None:
    parsed, body = method_body(interp + '"x = $x"', clean=False)
    assert isinstance(body, ast.Unsupported) and body.what == f"{interp}-interpolator"
    diag = parsed.only("unsupported")
    assert parsed.slice(diag.span) == interp + '"x = $x"'
    assert f"`{interp}`" in diag.message


def test_f_interpolator_keeps_the_formats_in_the_text() -> None:
    parsed, body = method_body('f"$x%.2f and ${y}%5d"')
    assert isinstance(body, ast.Interpolated) and body.interpolator == "f"
    assert body.parts == ["", "%.2f and ", "%5d"]
