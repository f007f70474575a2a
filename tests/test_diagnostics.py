"""Diagnostics as test data (mypy style): each tests/diagnostics/NAME.scala carries its expected diagnostics on the
line they belong to, as `// expect: SEVERITY CODE` or `// expect: SEVERITY CODE "message substring"`.

A marked line must receive a diagnostic of that severity and code starting on it (and holding the substring when one
is given); a line without a marker must receive no error or warning; every span is non-empty and lies on its line
(except `no-main`, which is about the whole file, and a missing token, which is reported with zero width where it
should be). Several markers may share a line. The expectations come from
Scala's rules: what scalac rejects we reject too, and what scalac accepts outside the subset is `unsupported`.

Programs are built (so `no-main` shows) unless the first line holds `// mode: analyze`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from scalawasi.compiler.api import analyze, build
from scalawasi.compiler.diagnostics import registry
from scalawasi.compiler.render import render_text, to_json_obj

DIAGNOSTICS = Path(__file__).resolve().parent / "diagnostics"
MARKER = re.compile(r'//\s*expect:\s*(\w+)\s+([\w-]+)(?:\s+"([^"]*)")?')
FILE_LEVEL_CODES = {"no-main"}  # reported at the start of the file with an empty span


@dataclass(frozen=True)
class Expectation:
    line: int  # 1-based
    severity: str
    code: str
    substring: str | None

    def matches(self, diag, line: int) -> bool:
        return (line == self.line and diag.severity.value == self.severity and diag.code == self.code
                and (self.substring is None or self.substring in diag.message))

    def __str__(self) -> str:
        extra = f' "{self.substring}"' if self.substring is not None else ""
        return f"line {self.line}: {self.severity} {self.code}{extra}"


def expectations(text: str) -> list[Expectation]:
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        for severity, code, substring in MARKER.findall(line):
            found.append(Expectation(number, severity, code, substring or None))
    return found


def diagnose(text: str, path: str):
    """The diagnostics of a text as (diagnostic, 1-based start line) pairs, and the source they point into."""
    first_line = text.split("\n", 1)[0]
    result = analyze(text, path) if "mode: analyze" in first_line else build(text, path)
    return [(d, result.source.position(d.span.start).line) for d in result.diagnostics], result.source


def check(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = expectations(text)
    diagnosed, source = diagnose(text, path.name)
    problems = []
    for exp in expected:
        if exp.code not in registry():
            problems.append(f"{exp}: `{exp.code}` is not a registered code")
        elif not any(exp.matches(d, line) for d, line in diagnosed):
            problems.append(f"{exp}: missing")
    for diag, line in diagnosed:
        render_text(diag, source)  # every diagnostic renders
        to_json_obj(diag, source)
        if diag.severity.value in ("error", "warning") and not any(
            e.line == line and e.code == diag.code and e.severity == diag.severity.value for e in expected
        ):
            problems.append(f"line {line}: unexpected {diag.severity.value} {diag.code}: {diag.message}")
        span = diag.span
        if not 0 <= span.start <= span.end <= len(source.data):
            problems.append(f"line {line}: span {span} lies outside the text")
        elif diag.code not in FILE_LEVEL_CODES:
            if span.end <= span.start and not (diag.code == "syntax-error" and diag.message.startswith("expected")):
                problems.append(f"line {line}: {diag.code} has an empty span")
            elif source.position(span.end - 1).line != line:
                problems.append(f"line {line}: {diag.code} span runs onto line {source.position(span.end - 1).line}")
    if problems:
        shown = "".join(render_text(d, source) for d, _ in diagnosed) or "(no diagnostics)\n"
        pytest.fail(f"{path.name}:\n  " + "\n  ".join(problems) + f"\n--- diagnostics\n{shown}")


# Files whose expectations are right (scalac's) but the compiler is not yet: kept as strict xfails.
KNOWN_WRONG: dict[str, str] = {}


def _params() -> list:
    return [pytest.param(p, id=p.stem, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[p.stem])]
                         if p.stem in KNOWN_WRONG else [])
            for p in sorted(DIAGNOSTICS.glob("*.scala"))]


@pytest.mark.parametrize("path", _params())
def test_diagnostics(path: Path) -> None:
    check(path)


def test_there_is_a_corpus() -> None:
    files = sorted(DIAGNOSTICS.glob("*.scala"))
    assert len(files) >= 40
    silent = [p for p in files if not expectations(p.read_text(encoding="utf-8"))]
    assert silent, "some programs must be correct and stay silent"
