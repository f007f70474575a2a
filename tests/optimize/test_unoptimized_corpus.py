"""Every program of the corpora built twice, with the optimising lowering (the default) and without it
(BuildOptions(optimize=False): every check kept, no rewriting): both modules validate and run to the expected
output, and a program that fails fails the same way in both, at the same source line."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ACCEPTANCE, PROGRAMS, RUN_TIME_LIMIT, assert_output, checks_for, load_expected, program_params
from helpers import validate

MEMORY = Path(__file__).resolve().parent.parent / "memory"
REAL = ACCEPTANCE / "real"  # ports of real benchmarks: those the subset does not cover yet are skipped
CORPUS = program_params(PROGRAMS) + program_params(MEMORY) + program_params(ACCEPTANCE) + program_params(REAL)


def _run(source: Path, optimize: bool):
    from scalawasi.compiler.api import BuildOptions, build
    from scalawasi.compiler.runtime import run_module

    result = build(source.read_text(encoding="utf-8"), str(source),
                   BuildOptions(checks=checks_for(source), optimize=optimize))
    if not result.ok and source.parent == REAL:
        pytest.skip(f"{source.name} is not in the subset yet")
    assert result.ok, [d.message for d in result.diagnostics]
    expected = load_expected(source)
    env_file, limit_file = source.with_suffix(".env"), source.with_suffix(".memory_limit")
    env = dict(line.split("=", 1) for line in env_file.read_text().splitlines() if line) if env_file.exists() \
        else None
    outcome = run_module(result.wasm, args=expected.args, stdin=expected.stdin, program_name=source.stem, env=env,
                         memory_limit=int(limit_file.read_text()) if limit_file.exists() else None,
                         time_limit=RUN_TIME_LIMIT, span_of_offset=result.span_at_offset)
    return result, outcome


def _failing_line(result, outcome) -> int | None:
    trap = outcome.trap
    if trap is None or trap.span is None:
        return None
    return result.source.position(trap.span.start).line


@pytest.mark.parametrize("source", CORPUS)
def test_same_behaviour_with_and_without_optimisation(source: Path, tmp_path):
    expected = load_expected(source)
    plain, plain_run = _run(source, optimize=False)
    (tmp_path / "plain.wasm").write_bytes(plain.wasm)
    validate(tmp_path / "plain.wasm")
    assert_output(plain_run, expected, f"{source.name} without optimisation")
    optimised, optimised_run = _run(source, optimize=True)
    assert_output(optimised_run, expected, source.name)
    assert _failing_line(optimised, optimised_run) == _failing_line(plain, plain_run)
