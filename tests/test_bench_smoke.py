"""The compile-speed benchmark's program generator produces code the compiler accepts without any diagnostic.

Only correctness is checked here; timings live in bench/compile_speed.py and docs/benchmarks.md, never in tests.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from gen_program import generate  # noqa: E402
from scalawasi.compiler.api import build  # noqa: E402


def test_generated_program_compiles_cleanly():
    text = generate(250)  # the smallest size with one unit of every kind
    assert text.count("\n") >= 250
    for unit in ("class Account", "object Numbers", "object Words", "class Grid", "object Printer"):
        assert unit in text
    result = build(text, "generated_250.scala")
    assert result.diagnostics == []
    assert result.ok and result.wasm[:4] == b"\x00asm"


def test_generated_project_builds_cleanly(tmp_path):
    """bench/project_build.py's project: many files in many packages, one program without a diagnostic."""
    from gen_project import generate_project

    from scalawasi.compiler.api import BuildOptions, build_files

    files = generate_project(tmp_path, files=6, lines=600)
    assert len(files) == 6 and all(f.read_text().startswith("package proj") for f in files)
    result = build_files({str(f): f.read_text() for f in files}, BuildOptions(main_object="proj.Main"))
    assert result.diagnostics == []
    assert result.ok and result.wasm[:4] == b"\x00asm"
