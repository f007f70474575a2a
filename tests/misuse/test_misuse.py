"""The project's misuse corpus (tests/misuse/*.scala): static checks of the memory intrinsics and @WasmImport.

Marker format, as in ../shared/acceptance/misuse: a line ending in `// expect: SEVERITY CODE` must receive a
diagnostic with that severity and code whose range starts on that line; no diagnostic of warning or error severity
may start on a line without a marker. Several markers may share a line (`// expect: error a // expect: warning b`).

A file whose first line is `// xfail: REASON` states what the checks should find but do not yet (a miss) or
should not find but do (a false alarm): its test is an expected failure, strict, so it turns red once the check is
fixed and the marker must go.
"""
from __future__ import annotations

import json
import re
import shutil
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from scalawasi.compiler.api import BuildOptions, analyze, build
from scalawasi.compiler.checks import CHECK_CODES, CheckConfig, load_config
from scalawasi.compiler.cli import main as cli_main
from scalawasi.compiler.diagnostics import Severity

HERE = Path(__file__).resolve().parent
SOURCES = sorted(HERE.glob("*.scala"))
EXPECT_MARK = re.compile(r"//\s*expect:\s*(\w+)\s+([\w-]+)")
XFAIL_MARK = re.compile(r"^//\s*xfail:\s*(.+)$")
DEFAULTS = CheckConfig()  # every check at its default severity, whatever pyproject.toml is above the file


def _xfail_reason(path: Path) -> str | None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    m = XFAIL_MARK.match(first)
    return m.group(1) if m else None


def _params(paths=SOURCES) -> list:
    out = []
    for p in paths:
        reason = _xfail_reason(p)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        out.append(pytest.param(p, id=p.stem, marks=marks))
    return out


def expected_marks(text: str) -> dict[int, list[tuple[str, str]]]:
    want: dict[int, list[tuple[str, str]]] = {}
    for i, line in enumerate(text.splitlines(), 1):
        for m in EXPECT_MARK.finditer(line):
            want.setdefault(i, []).append((m.group(1), m.group(2)))
    return want


def diagnostics_by_line(analysis) -> dict[int, list[tuple[str, str]]]:
    got: dict[int, list[tuple[str, str]]] = {}
    for d in analysis.diagnostics:
        got.setdefault(analysis.source.position(d.span.start).line, []).append((d.severity.value, d.code))
    return got


def check_marks(text: str, path: str, config: CheckConfig = DEFAULTS) -> None:
    analysis = analyze(text, path, checks=config)
    want, got = expected_marks(text), diagnostics_by_line(analysis)
    missing = {line: marks for line, marks in want.items()
               if Counter(marks) - Counter(got.get(line, []))}
    unexpected = {line: items for line, items in got.items()
                  if line not in want and any(sev in ("error", "warning") for sev, _ in items)}
    assert not missing and not unexpected, f"missing {missing}; unexpected {unexpected}"


def apply_edits(text: str, edits) -> str:
    """Apply text edits (UTF-8 byte spans, not overlapping) to a text."""
    data = text.encode("utf-8")
    for edit in sorted(edits, key=lambda e: e.span.start, reverse=True):
        data = data[: edit.span.start] + edit.new_text.encode("utf-8") + data[edit.span.end:]
    return data.decode("utf-8")


# --- the corpus -----------------------------------------------------------------------------------------------


def test_the_corpus_is_large_enough():
    cases = [p for p in SOURCES if not _xfail_reason(p)]
    marks = sum(len(v) for p in SOURCES for v in expected_marks(p.read_text(encoding="utf-8")).values())
    assert len(SOURCES) >= 45 and len(cases) >= 40, (len(SOURCES), len(cases))
    assert marks >= 80, marks
    assert sum(1 for p in SOURCES if p.stem.startswith("correct_")) >= 8


def test_every_check_code_is_exercised():
    seen = {code for p in SOURCES if not _xfail_reason(p)
            for marks in expected_marks(p.read_text(encoding="utf-8")).values() for _, code in marks}
    assert set(CHECK_CODES) <= seen, set(CHECK_CODES) - seen


@pytest.mark.parametrize("source", _params())
def test_marked_lines(source: Path):
    check_marks(source.read_text(encoding="utf-8"), str(source))


@pytest.mark.parametrize("source", _params([p for p in SOURCES if p.stem.startswith("correct_")]))
def test_correct_programs_build_without_errors(source: Path):
    """The silent programs are real programs: they also build (the checks are not all that stands between them
    and a module)."""
    result = build(source.read_text(encoding="utf-8"), str(source), BuildOptions(checks=DEFAULTS))
    assert result.ok, [(d.code, d.message) for d in result.diagnostics]
    assert not [d for d in result.diagnostics if d.severity is Severity.ERROR]


# --- related information --------------------------------------------------------------------------------------


def _analysis(name: str):
    path = HERE / f"{name}.scala"
    return analyze(path.read_text(encoding="utf-8"), str(path), checks=DEFAULTS)


def _line_of(analysis, needle: str, occurrence: int = 1) -> int:
    lines = [i for i, text in enumerate(analysis.source.text.splitlines(), 1) if needle in text]
    return lines[occurrence - 1]


def _related_lines(analysis, diag) -> list[int]:
    return [analysis.source.position(r.span.start).line for r in diag.related]


def test_chain_three_deep_is_related_information():
    a = _analysis("nested_chain_three_deep")
    [diag] = [d for d in a.diagnostics if d.code == "nested-allocator"]
    assert a.source.position(diag.span.start).line == _line_of(a, "keep.setInt(0, outer(2))")
    assert a.source.data[diag.span.start:diag.span.end] == b"outer(2)"
    assert _related_lines(a, diag) == [
        _line_of(a, "withMemoryAllocator { m =>"),  # the enclosing scope
        _line_of(a, "def outer"),  # outer calls middle
        _line_of(a, "def middle"),  # middle calls inner
        _line_of(a, "def inner"),  # inner opens its scope
    ]
    texts = [r.message for r in diag.related]
    assert "`outer` calls `middle`" in texts[1] and "`middle` calls `inner`" in texts[2]
    assert "`inner` opens withMemoryAllocator" in texts[3]
    assert "outer" in diag.message and str(_line_of(a, "withMemoryAllocator { m =>")) in diag.message


def test_recursion_points_at_its_own_scope():
    a = _analysis("nested_recursion")
    [diag] = [d for d in a.diagnostics if d.code == "nested-allocator"]
    scope_line = _line_of(a, "def depth")
    assert a.source.position(diag.span.start).line == _line_of(a, "depth(n - 1)")
    assert _related_lines(a, diag) == [scope_line, scope_line]


def test_nesting_through_a_class_method_names_the_method():
    a = _analysis("nested_class_method")
    diags = [d for d in a.diagnostics if d.code == "nested-allocator"]
    assert len(diags) == 2
    direct, through = diags
    assert _related_lines(a, direct)[-1] == _line_of(a, "def sum")
    assert _related_lines(a, through)[1:] == [_line_of(a, "def run"), _line_of(a, "def sum")]


def test_escape_points_at_the_scope_and_the_declaration():
    a = _analysis("escape_local_var_outside")
    first = next(d for d in a.diagnostics if d.code == "segment-escape")
    assert _related_lines(a, first) == [_line_of(a, "withMemoryAllocator"), _line_of(a, "var kept")]
    assert "`kept`" in first.message


def test_out_of_bounds_message_names_the_values():
    a = _analysis("bounds_constant_vals")
    first = next(d for d in a.diagnostics if d.code == "segment-out-of-bounds")
    allocated = _line_of(a, "a.allocate(8)")
    assert first.message == (f"setInt at offset 8 needs bytes 8..11 but the segment allocated on line {allocated} "
                             "has 8 bytes")
    assert _related_lines(a, first) == [allocated]


def test_out_of_bounds_message_names_the_range_of_a_loop():
    a = _analysis("bounds_loop_ranges")
    first = next(d for d in a.diagnostics if d.code == "segment-out-of-bounds")
    allocated = _line_of(a, "a.allocate(n * 4)")
    assert first.message == (f"setInt at offsets 400..436 needs 4 bytes from each but the segment allocated on line "
                             f"{allocated} has 400 bytes")


def test_suspended_allocator_related_and_fix():
    a = _analysis("suspended_two_levels")
    [diag] = [d for d in a.diagnostics if d.code == "suspended-allocator"]
    assert _related_lines(a, diag) == [_line_of(a, "inner =>"), _line_of(a, "outer =>")]
    [fix] = diag.fixes
    [edit] = fix.edits
    assert a.source.data[edit.span.start:edit.span.end] == b"outer" and edit.new_text == "inner"


# --- fixes ----------------------------------------------------------------------------------------------------


def _fix_params() -> list:
    out = []
    for p in SOURCES:
        if _xfail_reason(p):
            continue
        a = analyze(p.read_text(encoding="utf-8"), str(p), checks=DEFAULTS)
        for code in sorted({d.code for d in a.diagnostics if d.fixes}):
            out.append(pytest.param(p, code, id=f"{p.stem}-{code}"))
    return out


FIX_PARAMS = _fix_params()


def test_fixes_are_offered_where_the_issue_promises_them():
    assert {code for _, code in (p.values for p in FIX_PARAMS)} >= {
        "suspended-allocator", "import-body", "unknown-wasi-import"}


@pytest.mark.parametrize("source,code", FIX_PARAMS)
def test_fix_applied_and_rechecked(source: Path, code: str):
    """Apply the first fix of every diagnostic with this code: the fixed text has none of them left (only those
    that offered no fix remain), and nothing new appears (no code gains diagnostics)."""
    text = source.read_text(encoding="utf-8")
    before = analyze(text, str(source), checks=DEFAULTS)
    edits = [e for d in before.diagnostics if d.code == code and d.fixes for e in d.fixes[0].edits]
    fixed = apply_edits(text, edits)
    after = analyze(fixed, str(source), checks=DEFAULTS)
    unfixable = [d.message for d in before.diagnostics if d.code == code and not d.fixes]
    assert [d.message for d in after.diagnostics if d.code == code] == unfixable
    count_before = Counter(d.code for d in before.diagnostics)
    count_after = Counter(d.code for d in after.diagnostics)
    assert not count_after - count_before, count_after - count_before


@pytest.mark.parametrize("name", ["suspended_two_levels", "suspended_middle", "import_body_not_native"])
def test_certain_fixes_leave_no_error(name: str):
    source = HERE / f"{name}.scala"
    text = source.read_text(encoding="utf-8")
    before = analyze(text, str(source), checks=DEFAULTS)
    errors = [d for d in before.diagnostics if d.severity is Severity.ERROR]
    assert errors and all(d.fixes for d in errors)
    fixed = apply_edits(text, [e for d in errors for e in d.fixes[0].edits])
    after = analyze(fixed, str(source), checks=DEFAULTS)
    assert not [d for d in after.diagnostics if d.severity is Severity.ERROR], after.diagnostics
    assert build(fixed, str(source), BuildOptions(checks=DEFAULTS)).ok


def test_unknown_import_fix_uses_the_suggestion():
    a = _analysis("unknown_wasi_import")
    diags = [d for d in a.diagnostics if d.code == "unknown-wasi-import"]
    with_fix = {d.fixes[0].edits[0].new_text for d in diags if d.fixes}
    assert with_fix == {'"fd_close"', '"random_get"'}
    assert sum(1 for d in diags if not d.fixes) == 1  # nothing close to `qqqqqqqqqq`: no guess
    assert any("did you mean `fd_close`?" in d.message for d in diags)


# --- configuration --------------------------------------------------------------------------------------------

NESTING = HERE / "nested_lexical_levels.scala"
BOUNDS = HERE / "bounds_small_segments.scala"


def _project(tmp_path: Path, table: str, *sources: Path) -> list[Path]:
    (tmp_path / "pyproject.toml").write_text(
        "[project]\nname = \"user-program\"\n\n[tool.scalawasi.checks]\n" + textwrap.dedent(table), encoding="utf-8")
    src = tmp_path / "src"
    src.mkdir()
    copies = []
    for s in sources:
        shutil.copy(s, src / s.name)
        copies.append(src / s.name)
    return copies


def test_pyproject_changes_severity_and_switches_checks_off(tmp_path):
    nesting, bounds = _project(tmp_path, """\
        nested-allocator = "error"
        segment-out-of-bounds = "off"
        """, NESTING, BOUNDS)
    a = analyze(nesting.read_text(encoding="utf-8"), str(nesting))
    assert {(d.code, d.severity.value) for d in a.diagnostics} == {("nested-allocator", "error")}
    b = analyze(bounds.read_text(encoding="utf-8"), str(bounds))
    assert not [d for d in b.diagnostics if d.code == "segment-out-of-bounds"]
    # an explicit configuration wins over the file's
    c = analyze(bounds.read_text(encoding="utf-8"), str(bounds), checks=DEFAULTS)
    assert [d for d in c.diagnostics if d.code == "segment-out-of-bounds"]


def test_check_command_reads_pyproject(tmp_path, capsys):
    nesting, bounds = _project(tmp_path, """\
        nested-allocator = "error"
        segment-out-of-bounds = "off"
        """, NESTING, BOUNDS)
    assert cli_main(["check", str(NESTING)]) == 0  # only warnings at the defaults
    capsys.readouterr()
    assert cli_main(["check", "--format", "json", str(nesting)]) == 1
    found = json.loads(capsys.readouterr().out)
    assert {(d["code"], d["severity"]) for d in found} == {("nested-allocator", "error")}
    assert cli_main(["check", "--format", "json", str(bounds)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_pyproject_lowers_an_error_to_a_hint(tmp_path, capsys):
    [bounds] = _project(tmp_path, 'segment-out-of-bounds = "hint"\n', BOUNDS)
    assert cli_main(["check", "--format", "sarif", str(bounds)]) == 0
    log = json.loads(capsys.readouterr().out)
    levels = {r["level"] for r in log["runs"][0]["results"]}
    assert levels == {"note"}


def test_invalid_entries_are_collected(tmp_path):
    [nesting] = _project(tmp_path, """\
        nested-allocator = "loud"
        no-such-check = "off"
        misaligned-access = "info"
        """, NESTING)
    config = load_config(str(nesting))
    assert len(config.problems) == 2
    assert any("no-such-check" in p for p in config.problems)
    assert any("loud" in p for p in config.problems)
    assert dict(config.severities) == {"misaligned-access": Severity.INFO}
    # the invalid entry leaves that check at its default
    a = analyze(nesting.read_text(encoding="utf-8"), str(nesting))
    assert {d.severity.value for d in a.diagnostics if d.code == "nested-allocator"} == {"warning"}


def test_invalid_entries_are_reported_by_check(tmp_path, capsys):
    [nesting] = _project(tmp_path, """\
        nested-allocator = "loud"
        no-such-check = "off"
        """, NESTING)
    cli_main(["check", str(nesting)])
    err = capsys.readouterr().err
    assert "no-such-check" in err and "loud" in err
