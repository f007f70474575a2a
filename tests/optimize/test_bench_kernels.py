"""The code-generation benchmark's Scala kernels (bench/codegen/kernels) build, validate and print what the JVM
prints for them (NAME.out), optimised and --unchecked: the figures in docs/benchmarks.md are of correct programs.
Timings are the benchmark's business (bench/codegen/run.py), never asserted here."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import validate

KERNELS = Path(__file__).resolve().parent.parent.parent / "bench" / "codegen" / "kernels"


@pytest.mark.parametrize("kernel", sorted(p.stem for p in KERNELS.glob("*.scala")))
@pytest.mark.parametrize("unchecked", [False, True], ids=["checked", "unchecked"])
def test_kernel_prints_what_the_jvm_prints(kernel, unchecked, tmp_path):
    from scalawasi.compiler.api import BuildOptions, build
    from scalawasi.compiler.runtime import run_module

    source = KERNELS / f"{kernel}.scala"
    result = build(source.read_text(encoding="utf-8"), str(source), BuildOptions(unchecked=unchecked))
    assert result.ok, [d.message for d in result.diagnostics]
    (tmp_path / "k.wasm").write_bytes(result.wasm)
    validate(tmp_path / "k.wasm")
    run = run_module(result.wasm, time_limit=120)
    assert (run.exit_code, run.stdout.decode()) == (0, (KERNELS / f"{kernel}.out").read_text())
    assert (KERNELS / f"{kernel}.c").exists()  # the C program it is measured against
