"""Incomplete text as it is typed: a missing `}`, `)` or closing quote gives one local error, the rest is kept."""
from __future__ import annotations

import re

import pytest
from syntax_helpers import parse_text

from scalawasi.compiler.api import analyze
from scalawasi.compiler.syntax.recovery import apply_patches, closing_patches

PROGRAM = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object A {
  def first(s: MemorySegment): Int = s.getInt(2)

  def count(n: Int): Int = {
    var i = 0
    while (i < n) TYPED
    i
  }

  def later(): Int = "also wrong"

  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      println(first(a.allocate(16)))
    }
  }
}
"""
COMPLETE = PROGRAM.replace("TYPED", "{ i += 1 }")
UNTOUCHED = {("misaligned-access", "2"), ("type-mismatch", '"also wrong"')}


def _diagnostics(text: str) -> list[tuple[str, str, str]]:
    """(code, the text underlined, message) of every diagnostic."""
    analysis = analyze(text)
    return [(d.code, analysis.source.slice(d.span), d.message) for d in analysis.diagnostics]


def _line_of(text: str, offset_text: str) -> str:
    return text[: text.index(offset_text)].rsplit("\n", 1)[-1]


def test_the_complete_program_has_only_the_untouched_diagnostics():
    assert {(code, under) for code, under, _ in _diagnostics(COMPLETE)} == UNTOUCHED


@pytest.mark.parametrize("typed, missing, before", [
    ("{", "}", "    i"),  # the block ends where the indentation drops back: after the last line of the method
    ("{\n      i += 1", "}", "    i"),
    ("(", ")", "while (i < n) ("),  # a `(` ends with its line when the next line is no deeper
    ("(i", ")", "while (i < n) (i"),
])
def test_an_unclosed_bracket_gives_one_local_error_and_keeps_the_others(typed, missing, before):
    text = PROGRAM.replace("TYPED", typed)
    found = _diagnostics(text)
    syntax = [d for d in found if d[0] == "syntax-error"]
    assert [message for _, _, message in syntax] == [f"expected `{missing}`"]
    analysis = analyze(text)
    error = next(d for d in analysis.diagnostics if d.code == "syntax-error")
    assert error.span.start == error.span.end
    assert text.encode()[:error.span.start].decode().endswith(before)
    assert text.index("def count") < error.span.start < text.index("def later")
    assert UNTOUCHED <= {(code, under) for code, under, _ in found}
    for code, under, _ in found:  # nothing else is underlined outside the method being typed
        assert (code, under) in UNTOUCHED or code in ("syntax-error", "type-mismatch"), found


def test_an_unclosed_brace_does_not_swallow_the_definitions_after_it():
    parsed = parse_text(PROGRAM.replace("TYPED", "{"))
    names = [d.name for d in parsed.unit.defs[0].body]
    assert names == ["first", "count", "later", "main"]
    assert "unsupported" not in parsed.codes()  # `later` and `main` are not nested inside `count`


def test_an_unclosed_string_is_underlined_itself_and_closes_with_its_line():
    text = PROGRAM.replace("TYPED", '{ println("never closed) }')
    found = _diagnostics(text)
    syntax = [(under, message) for code, under, message in found if code == "syntax-error"]
    assert syntax == [('"never closed) }', 'unclosed string literal: expected `")}`')]
    assert UNTOUCHED <= {(code, under) for code, under, _ in found}


def test_a_half_typed_body_is_underlined_at_the_expression_of_the_wrong_type():
    text = PROGRAM.replace("TYPED", "{ i += 1 }").replace("    i\n  }", "    val partial = i\n  }")
    mismatches = [(under, message) for code, under, message in _diagnostics(text) if code == "type-mismatch"]
    assert ("val partial = i", "type mismatch: found Unit, required Int") in mismatches
    assert all(not under.startswith("{") for under, _ in mismatches)  # never the whole method body


@pytest.mark.parametrize("text", [
    COMPLETE,
    "object B {\n  def f(): Int = {\n  1\n  }\n    def g(): Int = 2\n}\n",  # odd indentation, balanced
    'object C {\n  val s = "{ ( ["\n  val c = \'{\'\n  // an { in a comment\n  /* and ( here */\n}\n',
])
def test_balanced_text_is_never_patched(text):
    assert closing_patches(text.encode()) == []


def test_a_stray_closer_is_left_to_the_parser():
    assert closing_patches(b"object D {\n  def f(): Int = 1)\n  def g(: Int = 2\n}\n") == []


def test_semicolons_end_a_parenthesis_but_not_a_for():
    text = b"object E {\n  def f(): Int = { g(1, 2; 3 }\n  for (i <- a; j <- b) {\n}\n"
    patches = closing_patches(text)
    assert [(p.token, text[:p.offset].decode().rsplit("\n", 1)[-1]) for p in patches] == \
        [(b")", "  def f(): Int = { g(1, 2"), (b"}", "  for (i <- a; j <- b) {")]


def test_closers_take_the_place_of_whitespace_so_offsets_do_not_move():
    text = PROGRAM.replace("TYPED", "{").encode()
    patched, mapping = apply_patches(text, closing_patches(text))
    assert mapping is None and len(patched) == len(text)
    expected = PROGRAM.replace("TYPED", "{").replace("\n    i\n", "\n    i}\n", 1).encode()
    assert re.sub(rb"\s", b"", patched) == re.sub(rb"\s", b"", expected)
    assert patched.index(b"def later") == text.index(b"def later")


def test_without_room_the_closer_is_inserted_and_spans_mapped_back():
    text = "object F {\n  def f(): Int = { g(1}\n  def h(): Int = \"no\"\n}\n"
    data = text.encode()
    patches = closing_patches(data)
    assert [(p.token, data[:p.offset].decode().rsplit("\n", 1)[-1]) for p in patches] == [(b")", "  def f(): Int = { g(1")]
    assert apply_patches(data, patches)[1] is not None
    found = {(code, under) for code, under, _ in _diagnostics(text)}
    assert found == {("syntax-error", ""), ("unresolved-name", "g"), ("type-mismatch", '"no"')}
