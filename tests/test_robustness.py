"""No input crashes the compiler: random text, mutated programs and pathological shapes all give diagnostics (never an
exception, never `internal-error`), every span lies within the text, and whatever builds validates."""
from __future__ import annotations

import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from helpers import ACCEPTANCE, PROGRAMS, validate
from scalawasi.compiler.api import build
from scalawasi.compiler.semantics import typer  # noqa: F401  (sets its recursion limit before hypothesis runs)

# A longer run: SCALAWASI_FUZZ_EXAMPLES=2000 SCALAWASI_FUZZ_RANDOM=1 python -m pytest tests/test_robustness.py
# tests/test_hostile_input.py (random rather than the fixed derandomized examples the suite replays).
FUZZ_EXAMPLES = int(os.environ.get("SCALAWASI_FUZZ_EXAMPLES", "25"))
SETTINGS = settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=not os.environ.get("SCALAWASI_FUZZ_RANDOM"),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
TOKEN = re.compile(r"\s+|\w+|\"(?:[^\"\\\n]|\\.)*\"|.", re.S)


@lru_cache(maxsize=None)
def corpus() -> tuple[str, ...]:
    differential = PROGRAMS.parent / "differential"  # generated programs and reduced JVM mismatches
    files = sorted(ACCEPTANCE.glob("*.scala")) + sorted(PROGRAMS.glob("*.scala")) + sorted(differential.glob("*.scala"))
    return tuple(p.read_text(encoding="utf-8") for p in files)


def check(text: str) -> None:
    """The property: build never raises, reports no internal error, keeps spans in the text, emits valid modules."""
    result = build(text, "fuzz.scala")
    size = len(result.source.data)
    for d in result.diagnostics:
        assert d.code != "internal-error", f"{d.message}\n--- input\n{text[:300]}"
        assert 0 <= d.span.start <= d.span.end <= size, f"{d.code} span {d.span} outside a text of {size} bytes"
    if result.ok:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "fuzz.wasm"
            path.write_bytes(result.wasm)
            validate(path)


# ------------------------------------------------------------------------------------------------ random input

@SETTINGS
@given(st.text(max_size=300))
def test_random_text(text: str) -> None:
    check(text)


SCALA_ALPHABET = st.sampled_from(list("{}()[];:=.,+-*/%<>!&|^~'\"\\ \n\t0123456789aAxyz_$@#`")
                                 + ["object", "class", "def", "val", "var", "if", "else", "while", "for", "match",
                                    "case", "new", "return", "=>", "<-", "Int", "String", "Array", "main", "s\"",
                                    "println", "1L", "0x", "1.5e3", "'\\u0041'", "null", "this", "\n  "])


@SETTINGS
@given(st.lists(SCALA_ALPHABET, max_size=120).map("".join))
def test_random_scala_tokens(text: str) -> None:
    check(text)


# ------------------------------------------------------------------------------------------------ mutations

@st.composite
def mutated_program(draw) -> str:
    text = draw(st.sampled_from(corpus()))
    how = draw(st.sampled_from(["lines", "tokens", "bytes"]))
    if how == "bytes":
        data = bytearray(text.encode("utf-8"))
        for _ in range(draw(st.integers(1, 5))):
            if not data:
                break
            i = draw(st.integers(0, len(data) - 1))
            op = draw(st.sampled_from(["delete", "insert", "flip"]))
            if op == "delete":
                del data[i]
            elif op == "insert":
                data.insert(i, draw(st.integers(0, 255)))
            else:
                data[i] ^= 1 << draw(st.integers(0, 7))
        return data.decode("utf-8", errors="replace")
    parts = text.split("\n") if how == "lines" else TOKEN.findall(text)
    for _ in range(draw(st.integers(1, 4))):
        if len(parts) < 2:
            break
        i = draw(st.integers(0, len(parts) - 1))
        j = draw(st.integers(0, len(parts) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "swap"]))
        if op == "delete":
            del parts[i]
        elif op == "duplicate":
            parts.insert(j, parts[i])
        else:
            parts[i], parts[j] = parts[j], parts[i]
    return ("\n" if how == "lines" else "").join(parts)


@SETTINGS
@given(mutated_program())
def test_mutated_programs(text: str) -> None:
    check(text)


# ------------------------------------------------------------------------------------------------ pathological shapes

def program(body: str) -> str:
    return "object Main {\n  def main(args: Array[String]): Unit = {\n" + body + "\n  }\n}\n"


EDGE_CASES = {
    "empty": "",
    "only_whitespace": "  \n\t\n",
    "only_comments": "// a comment\n/* a block\n   comment */\n/** doc */\n",
    "unclosed_block_comment": "object Main { /* never closed",
    "nested_parens_2000": program("    val x = " + "(" * 2000 + "1" + ")" * 2000 + "\n    println(x)"),
    "unbalanced_parens_2000": program("    val x = " + "(" * 2000 + "1"),
    "sum_3000_terms": program("    val x = " + " + ".join(["1"] * 3000) + "\n    println(x)"),
    "string_concat_2000": program("    val s = " + " + ".join(['"a"'] * 2000) + "\n    println(s)"),
    "nested_blocks_500": program("    " + "{ " * 500 + "println(1)" + " }" * 500),
    "nested_ifs_500": program("    val x = " + "if (true) " * 500 + "1" + " else 2" * 500 + "\n    println(x)"),
    "huge_int_literal": program("    println(" + "9" * 5000 + ")"),
    "huge_long_literal": program("    println(" + "9" * 500 + "L)"),
    "huge_hex_literal": program("    println(0x" + "f" * 500 + ")"),
    "huge_double_literal": program("    println(1" + "0" * 400 + ".0)"),
    "tiny_double_literal": program("    println(1e-400)"),
    "huge_float_literal": program("    println(1e100f)"),
    "long_string": program('    println("' + "x" * 100_000 + '")'),
    "lone_surrogate_escape": program('    val s = "\\ud800"\n    println(s)\n    println(s.length)'),
    "lone_low_surrogate_char": program("    val c = '\\udc00'\n    println(c.toInt)"),
    "surrogate_pair_escapes": program('    println("\\ud83d\\ude00")'),
    "lone_surrogate_in_text": program('    println("\ud800")'),
    "lone_surrogate_in_identifier": program("    val a\udfff = 1"),
    "nul_and_controls": program('    println("\x00\x01\x7f")\n\x00\x0b'),
    "bad_unicode_escape": program('    println("\\u12")'),
    "many_objects": "\n".join(f"object O{i} {{ val v = {i} }}" for i in range(2000))
                    + "\nobject Main { def main(args: Array[String]): Unit = println(O1999.v) }\n",
    "deep_recursion_of_calls": "object Main {\n  def f(x: Int): Int = x\n  def main(args: Array[String]): Unit = "
                               "println(" + "f(" * 1500 + "1" + ")" * 1500 + ")\n}\n",
    "deep_unary": program("    println(" + "-" * 3000 + "1)"),
    "crlf_line_endings": program("    println(1)").replace("\n", "\r\n"),
    "bom": "\ufeff" + program("    println(1)"),
}


@pytest.mark.parametrize("text", EDGE_CASES.values(), ids=EDGE_CASES.keys())
def test_edge_case(text: str) -> None:
    check(text)
