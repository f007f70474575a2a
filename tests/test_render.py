"""Diagnostic rendering on hand-made diagnostics: the text form under the caret, and the JSON form."""
from __future__ import annotations

from hypothesis import given, strategies as st

from scalawasi.compiler.diagnostics import Diagnostic, Fix, Related, Severity, TextEdit
from scalawasi.compiler.render import render_summary, render_text, to_json_obj
from scalawasi.compiler.source import SourceText, Span


def span_of(source: SourceText, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = source.data.index(needle.encode(), start + 1)
    return Span(start, start + len(needle.encode()))


def diag(span: Span, message: str = "type mismatch", **kw) -> Diagnostic:
    return Diagnostic(kw.pop("code", "type-mismatch"), kw.pop("severity", Severity.ERROR), message, span, **kw)


def test_header_line_and_caret_under_the_span():
    src = SourceText('object A {\n  val x: Int = "one"\n}\n', "a.scala")
    text = render_text(diag(span_of(src, '"one"'), "found String, expected Int"), src)
    assert text == (
        'a.scala:2:16: error[type-mismatch]: found String, expected Int\n'
        '2 |   val x: Int = "one"\n'
        '  |                ^^^^^\n'
    )


def test_caret_under_a_non_ascii_line_counts_characters_not_bytes():
    src = SourceText('val café = "naïve" + ünknown\n', "u.scala")
    text = render_text(diag(span_of(src, "ünknown"), "not found: ünknown", code="unresolved-name"), src)
    header, line, carets = text.splitlines()
    assert header == "u.scala:1:22: error[unresolved-name]: not found: ünknown"
    assert carets.index("^") == line.index("ü") and carets.count("^") == len("ünknown")


def test_wide_characters_take_two_columns():
    src = SourceText('println("日本語" + oops)\n', "w.scala")
    _, line, carets = render_text(diag(span_of(src, "oops")), src).splitlines()
    prefix = line[: line.index("oops")]
    assert carets.index("^") == len(prefix) + 3  # three wide characters, one extra column each
    assert carets.count("^") == 4


def test_tabs_are_expanded_alike_in_the_line_and_under_it():
    src = SourceText("\tval\tx = y\n", "t.scala")
    _, line, carets = render_text(diag(span_of(src, "y")), src).splitlines()
    assert "\t" not in line and carets.index("^") == line.index("y")


def test_multi_line_span_is_underlined_to_the_end_of_its_first_line():
    src = SourceText("def f(): Int = {\n  1\n}\n", "m.scala")
    span = Span(src.data.index(b"{"), len(src.data) - 1)
    text = render_text(diag(span, "block", severity=Severity.WARNING, code="unused"), src)
    assert text.splitlines() == [
        "m.scala:1:16: warning[unused]: block",
        "1 | def f(): Int = {",
        "  |                ^",
    ]
    assert to_json_obj(diag(span), src)["end"] == {"line": 3, "column": 2}


def test_empty_span_at_the_end_of_a_line_gets_one_caret_after_the_last_character():
    src = SourceText("val x = (1 +\nval y = 2\n", "e.scala")
    at = src.data.index(b"\n")
    _, line, carets = render_text(diag(Span(at, at), "expected expression", code="syntax-error"), src).splitlines()
    assert line == "1 | val x = (1 +"
    assert carets == "  |             ^"


def test_gutter_widens_with_the_line_number():
    src = SourceText("\n" * 11 + "oops\n", "g.scala")
    lines = render_text(diag(span_of(src, "oops")), src).splitlines()
    assert lines[1] == "12 | oops" and lines[2] == "   | ^^^^"


def test_related_notes_follow_the_snippet():
    src = SourceText("object A {\n  val x = 1\n  val x = 2\n}\n", "d.scala")
    first, second = span_of(src, "x", 0), span_of(src, "x", 1)
    other = SourceText("// lib\nclass B\n", "lib/b.scala")
    d = diag(second, "x is already defined", code="duplicate-definition",
             related=(Related(first, "first definition of x"), Related(span_of(other, "B"), "see also", "lib/b.scala")))
    lines = render_text(d, src, {"lib/b.scala": other}).splitlines()
    assert lines[0] == "d.scala:3:7: error[duplicate-definition]: x is already defined"
    assert lines[3:] == ["  note: d.scala:2:7: first definition of x", "  note: lib/b.scala:2:7: see also"]


def test_related_note_into_an_unknown_file_still_renders():
    src = SourceText("val a = 1\n", "r.scala")
    d = diag(span_of(src, "a"), related=(Related(Span(0, 1), "over there", "/no/such/file.scala"),))
    assert render_text(d, src).splitlines()[-1] == "  note: /no/such/file.scala: over there"


def test_empty_source():
    src = SourceText("", "empty.scala")
    assert render_text(diag(Span(0, 0), "no main", code="no-main"), src) == "empty.scala:1:1: error[no-main]: no main\n"


def test_json_object_shape():
    src = SourceText("object Ä {\n  val ünit: Int = true\n}\n", "j.scala")
    value = span_of(src, "true")
    d = Diagnostic(
        "type-mismatch", Severity.ERROR, "found Boolean", value,
        related=(Related(span_of(src, "Int"), "expected because of this"),),
        fixes=(Fix("use 1", (TextEdit(value, "1"),)),),
    )
    assert to_json_obj(d, src) == {
        "path": "j.scala",
        "code": "type-mismatch",
        "severity": "error",
        "message": "found Boolean",
        "start": {"line": 2, "column": 19},
        "end": {"line": 2, "column": 23},
        "related": [{"path": "j.scala", "start": {"line": 2, "column": 13}, "end": {"line": 2, "column": 16},
                     "message": "expected because of this"}],
        "fixes": [{"title": "use 1", "edits": [{"start": {"line": 2, "column": 19}, "end": {"line": 2, "column": 23},
                                                "newText": "1"}]}],
    }


def test_summary_counts():
    src = SourceText("x", "s.scala")
    err, warn = diag(Span(0, 1)), diag(Span(0, 1), severity=Severity.WARNING)
    assert render_summary([err, err, warn]) == "2 errors, 1 warning"
    assert render_summary([diag(Span(0, 1), severity=Severity.HINT)]) == ""
    assert render_text(warn, src).startswith("s.scala:1:1: warning[type-mismatch]")


@given(st.lists(st.sampled_from(["a", "é", "日", "\t", " ", "\n", "😀"]), max_size=30), st.data())
def test_columns_count_characters_on_any_text(chars, data):
    text = "".join(chars)
    src = SourceText(text, "p.scala")
    index = data.draw(st.integers(0, len(text)))
    offset = len(text[:index].encode())
    start = to_json_obj(diag(Span(offset, offset)), src)["start"]
    line_start = text.rfind("\n", 0, index) + 1
    assert start == {"line": text.count("\n", 0, index) + 1, "column": index - line_start + 1}
    render_text(diag(Span(offset, offset)), src)  # never raises
