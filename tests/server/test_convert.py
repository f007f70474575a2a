"""The conversions without a client: fixes become quick fixes, settings parse leniently, UTF-16 columns."""
from __future__ import annotations

from lsprotocol import types

from scalawasi.compiler.diagnostics import Diagnostic, Fix, Severity, TextEdit
from scalawasi.compiler.source import SourceText, Span
from scalawasi.server import diagnostics as diag
from scalawasi.server.positions import TextIndex, offset_of, range_of
from scalawasi.server.settings import Settings


def test_fix_becomes_a_quick_fix_and_diagnostic_data():
    source = SourceText("val é = 1\nval x = 2\n")
    d = Diagnostic("misaligned-access", Severity.WARNING, "misaligned", Span(10, 13),
                   fixes=(Fix("use 4", (TextEdit(Span(15, 16), "y"),)),))
    lsp = diag.to_lsp(d, "warning", source, "file:///a.scala")
    assert lsp.data["fixes"][0]["title"] == "use 4"
    actions = diag.code_actions([d], Settings(), source, "file:///a.scala", Span(10, 10), 3)
    assert len(actions) == 1 and actions[0].kind == types.CodeActionKind.QuickFix
    edit = actions[0].edit.changes["file:///a.scala"][0]
    assert edit.new_text == "y" and edit.range.start == types.Position(1, 4)


def test_only_intrinsic_checks_and_off():
    ds = [Diagnostic("unresolved-name", Severity.ERROR, "m", Span(0, 1)),
          Diagnostic("nested-allocator", Severity.WARNING, "m", Span(0, 1))]
    only = Settings.from_json({"diagnostics": {"onlyIntrinsicChecks": True}})
    assert [d.code for d, _ in diag.visible(ds, only)] == ["nested-allocator"]
    off = Settings.from_json({"scalawasi": {"checks": {"nested-allocator": "off", "unresolved-name": "info"}}})
    assert [(d.code, s) for d, s in diag.visible(ds, off)] == [("unresolved-name", "info")]


def test_settings_are_lenient():
    s = Settings.from_json({"run": {"timeLimitSeconds": "soon", "memoryLimitMiB": 64, "args": ["a", 1],
                                    "env": {"K": "V"}}, "build": {"unchecked": True}})
    assert s.run.time_limit_seconds == 10 and s.run.memory_limit_mib == 64
    assert s.run.args == ("a", "1") and s.run.env == (("K", "V"),) and s.unchecked


def test_utf16_round_trip():
    text = "a😀é✓b\n"
    source = SourceText(text)
    b = text.encode().index(b"b")
    r = range_of(source, Span(b, b + 1))
    assert r.start == types.Position(0, 5)
    assert offset_of(source, r.start) == b
    index = TextIndex("x\n😀y")
    assert index.position(2) == types.Position(1, 0) and index.position(3) == types.Position(1, 2)


def test_line_map_follows_lines_around_an_edit():
    from scalawasi.server.positions import LineMap

    old = "a\nb\nc\nd\n"
    new = "a\nb\nX\nY\nc\nd\n"  # two lines typed between b and c
    lines = LineMap(old, new)
    assert [lines.old_line(line) for line in range(6)] == [0, 1, None, None, 2, 3]
    assert [lines.new_line(line) for line in range(4)] == [0, 1, 4, 5]
    edited = LineMap(old, "a\nb!\nc\nd\n")
    assert [edited.old_line(line) for line in range(4)] == [0, None, 2, 3]
    assert [edited.new_line(line) for line in range(4)] == [0, None, 2, 3]


def test_code_description_links_documented_codes_only(monkeypatch):
    """codeDescription.href: the code's section of docs/diagnostics.md, the same target as the document links from
    codes in comments; a code without a section gets none (a link would lead nowhere)."""
    import scalawasi.compiler.pipeline  # noqa: F401 - registers internal-error
    from scalawasi.compiler.diagnostics import registry

    source = SourceText("val x = 1\n")
    for code in [*registry(), "runtime-trap"]:
        assert code in diag.documented_codes(), code
        lsp = diag.to_lsp(Diagnostic(code, Severity.ERROR, "m", Span(0, 1)), "error", source, "file:///a.scala")
        assert lsp.code_description.href == diag.docs_href(code)
        assert lsp.code_description.href.endswith(f"docs/diagnostics.md#{code}")
    undocumented = diag.to_lsp(Diagnostic("no-such-code", Severity.ERROR, "m", Span(0, 1)), "error", source,
                               "file:///a.scala")
    assert undocumented.code_description is None
    monkeypatch.setenv("SCALAWASI_DOCS_URL", "https://example.org/docs/")
    assert diag.docs_href("segment-escape") == "https://example.org/docs/diagnostics.md#segment-escape"
    assert diag.docs_href("no-such-code") is None
