"""Hostile input: whatever the bytes, the compiler answers with diagnostics (never an exception, never
`internal-error`), within the sizes and depths named in each test, and builds are the same bytes every time."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, strategies as st

from helpers import ACCEPTANCE, PROGRAMS
from scalawasi.compiler.api import analyze, build
from scalawasi.compiler.source import decode_utf8
from test_robustness import SETTINGS, check
TEN_MB = 10 * 1024 * 1024
ONE_MB = 1024 * 1024


def no_internal_error(analysis) -> None:
    size = len(analysis.source.data)
    for d in analysis.diagnostics:
        assert d.code != "internal-error", d.message
        assert 0 <= d.span.start <= d.span.end <= size, f"{d.code} span {d.span} outside {size} bytes"


def main_with(body: str) -> str:
    return "object Main {\n  def main(args: Array[String]): Unit = {\n" + body + "\n  }\n}\n"


# ------------------------------------------------------------------------------------------------ bytes

@SETTINGS
@given(st.binary(max_size=4000))
def test_random_bytes(data: bytes) -> None:
    """Any bytes at all, decoded as the CLI decodes a file (bad bytes kept for their diagnostic)."""
    check(decode_utf8(data))


def test_invalid_utf8_is_a_diagnostic_at_its_place() -> None:
    data = main_with('    println("caf\xe9")').encode("latin-1") + b"\xff\xfe\n"
    analysis = analyze(decode_utf8(data), "latin1.scala")
    no_internal_error(analysis)
    bad = [d for d in analysis.diagnostics if d.code == "invalid-encoding"]
    assert [analysis.source.position(d.span.start).line for d in bad] == [3, 6]
    assert "0xE9" in bad[0].message and "0xFF 0xFE" in bad[1].message


def test_invalid_utf8_span_counts_one_column_per_bad_byte() -> None:
    """Two bad bytes inside a string literal: columns 15 to 17 (end exclusive), in characters and in LSP's UTF-16
    units, and the rendered line shows one replacement character and one caret per bad byte."""
    from scalawasi.compiler.render import render_text

    data = b'object M {\n  def main(args: Array[String]): Unit = {\n    val s = "a\xff\xfeb"\n  }\n}\n'
    analysis = analyze(decode_utf8(data), "bad.scala")
    [bad] = [d for d in analysis.diagnostics if d.code == "invalid-encoding"]
    source = analysis.source
    assert (source.position(bad.span.start).column, source.position(bad.span.end).column) == (15, 17)
    assert (source.utf16_position(bad.span.start), source.utf16_position(bad.span.end)) == ((2, 14), (2, 16))
    assert source.offset_of_utf16(2, 16) == bad.span.end
    shown = render_text(bad, source)
    assert '3 |     val s = "a\ufffd\ufffdb"' in shown and "\n  |               ^^\n" in shown + "\n"


def test_invalid_utf8_limit_of_100_reported_runs() -> None:
    """Each run of bad bytes is reported up to 100 runs; the 100th counts the rest."""
    data = b"".join(b"\xff // x\n" for _ in range(250))
    bad = [d for d in analyze(decode_utf8(data), "many.scala").diagnostics if d.code == "invalid-encoding"]
    assert len(bad) == 100
    assert "150 more runs" in bad[-1].message


def test_invalid_utf8_in_check_json(tmp_path) -> None:
    """`check --format json` reports bad bytes as a JSON diagnostic (exit 1), not as a message on stderr."""
    path = tmp_path / "latin1.scala"
    path.write_bytes(main_with('    println("caf\xe9")').encode("latin-1"))
    done = subprocess.run([sys.executable, "-m", "scalawasi.compiler.cli", "check", "--format", "json", str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    found = json.loads(done.stdout)
    assert [(d["code"], d["start"]["line"]) for d in found] == [("invalid-encoding", 3)]
    assert "Traceback" not in done.stderr and "not UTF-8" not in done.stderr


def test_nul_bytes_outside_comments_are_syntax_errors_and_inside_are_ignored() -> None:
    text = main_with("    println(1) // a \x00 comment\n    val x = 1\x00\n    println(x)")
    analysis = analyze(text, "nul.scala")
    no_internal_error(analysis)
    assert [(d.code, analysis.source.position(d.span.start).line) for d in analysis.diagnostics] == \
        [("syntax-error", 4)]


# ------------------------------------------------------------------------------------------------ sizes

def test_ten_megabyte_file() -> None:
    """A 10 MB file (a program and a 10 MB comment) is analysed, not refused and not crashed on."""
    text = main_with("    println(1)") + "/*" + "x" * TEN_MB + "*/\n"
    analysis = analyze(text, "big.scala")
    no_internal_error(analysis)
    assert not analysis.diagnostics


def test_ten_megabyte_string_literal_line() -> None:
    text = main_with('    val s = "' + "y" * TEN_MB + '"\n    println(s.length)')
    result = build(text, "bigstring.scala")
    assert result.ok, [d.message for d in result.diagnostics]


def test_one_megabyte_line_of_code() -> None:
    """One line of 1 MB (100 KB of statements, then a comment, then a type error): the diagnostic lands at its
    column past the millionth character, and nothing breaks on the line's length."""
    statement = "println(1 + 2 * 3); "
    code = statement * (100_000 // len(statement))
    filler = "/*" + "z" * (ONE_MB - len(code)) + "*/ "
    line = "object Main { def main(args: Array[String]): Unit = { " + code + filler + 'val bad: Int = "s" } }'
    assert len(line) >= ONE_MB
    analysis = analyze(line, "oneline.scala")
    no_internal_error(analysis)
    assert [d.code for d in analysis.diagnostics] == ["type-mismatch"]
    position = analysis.source.position(analysis.diagnostics[0].span.start)
    assert (position.line, position.column) == (1, line.index('"s"') + 1)


@pytest.mark.parametrize("depth", [10_000])
def test_nested_parentheses(depth: int) -> None:
    analysis = analyze(main_with("    println(" + "(" * depth + "1" + ")" * depth + ")"), "parens.scala")
    no_internal_error(analysis)


@pytest.mark.parametrize("depth", [10_000])
def test_nested_blocks(depth: int) -> None:
    analysis = analyze(main_with("    " + "{ " * depth + "println(1)" + " }" * depth), "blocks.scala")
    no_internal_error(analysis)


@pytest.mark.parametrize("depth", [10_000])
def test_unbalanced_nesting(depth: int) -> None:
    analysis = analyze(main_with("    println(" + "(" * depth + "{" * depth), "open.scala")
    no_internal_error(analysis)
    assert analysis.has_errors


@pytest.mark.parametrize("depth", [2_000])
def test_nested_memory_allocators_are_checked(depth: int) -> None:
    """2,000 nested withMemoryAllocator blocks: a nested-allocator warning for each inner one (check is linear in
    the depth; bench/hostile_input.py measures it)."""
    body = "".join(f"withMemoryAllocator {{ a{i} =>\n" for i in range(depth)) + "println(1)\n" + "}\n" * depth
    text = "import scala.scalajs.wasm._\nimport scala.scalajs.wasm.memory._\n" + main_with(body)
    analysis = analyze(text, "nested.scala")
    no_internal_error(analysis)
    assert [d.code for d in analysis.diagnostics] == ["nested-allocator"] * (depth - 1)


# ------------------------------------------------------------------------------------------------ outside the language

OUTSIDE = {
    "trait": "trait T { def f: Int }",
    "case_class": "case class P(x: Int, y: Int)",
    "sealed_hierarchy": "sealed abstract class Shape\nfinal class Circle(r: Double) extends Shape",
    "implicit_class": "object I { implicit class R(val x: Int) { def twice = x * 2 } }",
    "implicit_param": "object I { def f(implicit n: Int): Int = n }",
    "given_using": "object G { given Int = 3\n  def f(using n: Int): Int = n }",
    "enum": "enum Color { case Red, Green }",
    "extension": "object E { extension (x: Int) def twice: Int = x * 2 }",
    "opaque_type": "object O { opaque type Id = Int }",
    "type_alias": "object A { type T = Int }",
    "match_type": "object M { type Elem[X] = X match { case String => Char } }",
    "package_object": "package object p { val x = 1 }",
    "generic_class": "class Box[T](val v: T)",
    "higher_kinds": "object H { def f[F[_]](x: F[Int]): F[Int] = x }",
    "macro": "object Mac { inline def f(x: Int): Int = ${ impl('x) } }",
    "xml": "object X { val x = <a>b</a> }",
    "try_catch": main_with("    try println(1) catch { case e: Exception => println(2) } finally println(3)"),
    "do_while": main_with("    var i = 0\n    do { i += 1 } while (i < 3)"),
    "lazy_val": "object L { lazy val x = 1 }",
    "varargs": "object V { def f(xs: Int*): Int = xs.length }",
    "default_args": "object D { def f(x: Int = 1): Int = x }",
    "named_args": main_with("    println(math.max(x = 1, y = 2))"),
    "by_name_and_currying": "object C { def f(x: Int)(y: => Int): Int = x + y }",
    "structural_type": "object S { def f(x: { def size: Int }): Int = x.size }",
    "symbol_literal": "object Sym { val s = 'abc }",
    "collections": main_with("    val xs = List(1, 2, 3).map(_ + 1)\n    println(xs)"),
    "string_format": main_with('    println(f"${1.5}%.2f")'),
    "raw_and_multiline": main_with('    println(raw"a\\nb")\n    println("""multi\n    line""")'),
    "indentation_syntax": "object Main:\n  def main(args: Array[String]): Unit =\n    if true then println(1)\n",
    "annotations": "@deprecated object Old { @inline def f = 1 }",
    "self_type": "trait A { self: B => }",
    "existential": "object Ex { def f(x: Array[_]): Int = x.length }",
    "union_types": "object U { def f(x: Int | String): Int = 1 }",
    "wildcard_import": "import scala.collection.mutable._\nimport java.util.{List => JList}",
    "return_in_lambda": main_with("    val f = (x: Int) => { return x }"),
    "while_with_labels": main_with("    import scala.util.control.Breaks._\n    breakable { break() }"),
}


@pytest.mark.parametrize("text", OUTSIDE.values(), ids=OUTSIDE.keys())
def test_every_construct_outside_the_language_gets_diagnostics(text: str) -> None:
    """Constructs of Scala 2 and 3 the subset lacks: an `unsupported` (or syntax) diagnostic, never an exception;
    a construct the subset has since learned builds."""
    check(text)


# ------------------------------------------------------------------------------------------------ determinism

DETERMINISM_PROGRAMS = [ACCEPTANCE / "classes.scala", ACCEPTANCE / "memory_basic.scala",
                        PROGRAMS / "string_interpolation.scala", PROGRAMS / "jvm_object_init_exception.scala"]
_DIGESTS = textwrap.dedent("""
    import hashlib, sys
    from scalawasi.compiler.api import build
    for path in sys.argv[1:]:
        result = build(open(path, encoding="utf-8").read(), path)
        print(hashlib.sha256(result.wasm).hexdigest(), hashlib.sha256(result.wat.encode()).hexdigest())
""")


def test_builds_are_the_same_bytes_across_processes_and_hash_seeds() -> None:
    """The .wasm (and .wat) of a program do not depend on the process or on PYTHONHASHSEED (2 seeds + this one)."""
    paths = [str(p) for p in DETERMINISM_PROGRAMS]
    runs = []
    for seed in ("1", "4242"):
        done = subprocess.run([sys.executable, "-c", _DIGESTS, *paths], capture_output=True, text=True, timeout=300,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        runs.append(done.stdout.split("\n"))
    here = []
    for path in paths:
        result = build(open(path, encoding="utf-8").read(), path)
        here.append(f"{hashlib.sha256(result.wasm).hexdigest()} {hashlib.sha256(result.wat.encode()).hexdigest()}")
    assert runs[0] == runs[1]
    assert runs[0][:len(here)] == here
