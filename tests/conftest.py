"""Fixtures shared by the whole suite (the helpers themselves live in helpers.py, importable from any test)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # `import helpers` from tests in sub-folders too

import helpers  # noqa: E402


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not helpers.SHARED.is_dir():
        pytest.fail(f"{helpers.SHARED} is missing: the shared material must sit beside the project root")
    return helpers.SHARED


@pytest.fixture
def run_program(tmp_path):
    """run_program(source_path) builds, validates and runs a program against its expected-output files."""

    def check(source: Path) -> None:
        helpers.check_program(source, tmp_path)

    return check


@pytest.fixture
def build_and_run(tmp_path):
    """build_and_run(text, args=[], stdin=b"") compiles a snippet, validates the module and returns its RunResult."""

    def go(text: str, args: list[str] = (), stdin: bytes = b""):
        source = tmp_path / "snippet.scala"
        source.write_text(text, encoding="utf-8")
        result, _ = helpers.build_file(source, tmp_path)
        expected = helpers.Expected(b"", None, 0, list(args), None, stdin)
        return helpers.run_wasm(result.wasm, expected, program_name="snippet", span_of_offset=result.span_at_offset)

    return go
