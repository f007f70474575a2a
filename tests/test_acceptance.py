"""The shared acceptance programs (../shared/acceptance): exact stdout, stderr and exit status, as on the JVM."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import ACCEPTANCE, check_program, program_params


EXPECT_MARK = re.compile(r"//\s*expect:\s*(\w+)\s+([\w-]+)")


def test_the_shared_folder_is_there():
    assert ACCEPTANCE.is_dir(), f"{ACCEPTANCE} is missing: clone the project beside ../shared"
    assert list(ACCEPTANCE.glob("*.scala"))


@pytest.mark.parametrize("source", program_params(ACCEPTANCE))
def test_program(source: Path, tmp_path):
    check_program(source, tmp_path)


# The real benchmark ports (../shared/acceptance/real) that the language covers so far; the others still need
# constructs the compiler reports as unsupported (README, "The Scala subset", lists what each one lacks).
REAL_PASSING = ("bounce", "brainfuck", "cd", "deltablue", "gcbench", "havlak", "json", "list", "listperm",
                "mandelbrot", "nbody", "permute", "queens", "richards", "sha512", "sieve", "storage", "sudoku", "towers",
                "tracer")


@pytest.mark.parametrize("name", REAL_PASSING)
def test_real_program(name: str, tmp_path):
    check_program(ACCEPTANCE / "real" / f"{name}.scala", tmp_path)


def _misuse_params() -> list:
    folder = ACCEPTANCE / "misuse"
    sources = sorted(folder.glob("*.scala")) if folder.is_dir() else []
    return [pytest.param(s, id=s.stem) for s in sources]


@pytest.mark.parametrize("source", _misuse_params())
def test_misuse_diagnostics(source: Path):
    """Each `// expect: SEVERITY CODE` line gets that diagnostic; no other line gets a warning or an error."""
    from scalawasi.compiler.api import analyze

    text = source.read_text(encoding="utf-8")
    analysis = analyze(text, str(source))
    marks = ((i, EXPECT_MARK.search(line)) for i, line in enumerate(text.splitlines(), 1))
    want = {i: (m.group(1), m.group(2)) for i, m in marks if m}
    got: dict[int, list[tuple[str, str]]] = {}
    for diag in analysis.diagnostics:
        got.setdefault(analysis.source.position(diag.span.start).line, []).append((diag.severity.value, diag.code))
    missing = {line: mark for line, mark in want.items() if mark not in got.get(line, [])}
    unexpected = {line: items for line, items in got.items()
                  if line not in want and any(sev in ("error", "warning") for sev, _ in items)}
    assert not missing and not unexpected, f"missing {missing}; unexpected {unexpected}"
