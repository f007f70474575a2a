"""The project's own corpus (tests/programs): each program's output, and the same through its printed WAT."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import PROGRAMS, assemble, assert_output, build_file, load_expected, program_params
from helpers import run_wasm, validate


CORPUS = program_params(PROGRAMS)


@pytest.mark.parametrize("source", CORPUS)
def test_program(source: Path, tmp_path):
    """Build, validate, run; stdout, stderr and exit status as NAME.out/.err/.exit/.err_contains say."""
    result, _ = build_file(source, tmp_path)
    expected = load_expected(source)
    run = run_wasm(result.wasm, expected, program_name=source.stem, span_of_offset=result.span_at_offset)
    assert_output(run, expected, source.name)


@pytest.mark.parametrize("source", CORPUS)
def test_printed_wat_is_the_same_program(source: Path, tmp_path):
    """The WAT writer and the binary writer show one module: its text assembles, validates and runs alike."""
    result, _ = build_file(source, tmp_path)
    wat_path, wasm_path = tmp_path / f"{source.stem}.wat", tmp_path / f"{source.stem}.from-wat.wasm"
    wat_path.write_text(result.wat, encoding="utf-8")
    assemble(wat_path, wasm_path)
    validate(wasm_path)
    expected = load_expected(source)
    assert_output(run_wasm(wasm_path.read_bytes(), expected, program_name=source.stem), expected,
                  f"{source.name} through its WAT")
