"""The differential corpus (tests/differential): generated programs, and every mismatch the differential tester
ever found, reduced, each with the JVM's output stored beside it, must run alike through scalawasi.

`python -m tools.differential run --seconds N` (needs Debian's scala and a JDK 19+) searches for new mismatches
and adds them here; a mismatch not fixed yet carries a `.xfail` file saying what differs (strict: once fixed, the
test fails until the file is removed).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from helpers import PROJECT_ROOT, validate

sys.path.insert(0, str(PROJECT_ROOT))  # tools/ is not installed: it runs from the project root

from tools.differential import corpus  # noqa: E402
from tools.differential.generator import generate  # noqa: E402
from tools.differential.jvm import without_frames  # noqa: E402
from scalawasi.compiler.api import build  # noqa: E402
from scalawasi.compiler.runtime import run_module  # noqa: E402

SOURCES = sorted(corpus.CORPUS.glob("*.scala"))


def _param(source: Path):
    xfail = source.with_suffix(".xfail")
    marks = [pytest.mark.xfail(reason=xfail.read_text(encoding="utf-8").strip(), strict=True)] \
        if xfail.exists() else []
    return pytest.param(source, id=source.stem, marks=marks)


def test_corpus_is_there():
    assert len([s for s in SOURCES if s.stem.startswith("gen_")]) >= 20, "the generated sample is missing"


@pytest.mark.parametrize("source", [_param(s) for s in SOURCES])
def test_differential_corpus(source: Path, tmp_path):
    """Stored JVM outputs (stdout, stderr without stack frames, exit status) equal scalawasi's."""
    result = build(source.read_text(encoding="utf-8"), str(source))
    assert result.ok, [d.message for d in result.diagnostics]
    wasm_path = tmp_path / "program.wasm"
    wasm_path.write_bytes(result.wasm)
    validate(wasm_path)
    run = run_module(result.wasm, program_name=source.stem, time_limit=30.0)
    jvm = corpus.load(source)
    ours = corpus.Outcome(run.stdout, without_frames(run.stderr), run.exit_code)
    assert ours == jvm, corpus.describe(jvm, ours)


@settings(max_examples=8, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32))
def test_generated_programs_are_in_the_subset(seed: int):
    """Whatever the generator writes, scalawasi accepts and runs to an end (an uncaught exception at most): the
    tester compares behaviour, so a generated program it cannot build is wasted."""
    text = generate(seed, size=12).render()
    result = build(text, "Main.scala")
    assert result.ok, "\n".join(d.message for d in result.diagnostics) + "\n" + text
    run = run_module(result.wasm, program_name="Main", time_limit=30.0)
    assert run.exit_code in (0, 1) and not run.timed_out, run.stderr
