"""Shared test helpers: where things are, expected-output files, and build → validate → run of a program."""
from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"  # read in place, never copied: see ../shared/README.md
ACCEPTANCE = SHARED / "acceptance"
PROGRAMS = PROJECT_ROOT / "tests" / "programs"

RUN_TIME_LIMIT = 30.0  # seconds; a looping program fails its test instead of hanging the suite


def _wasm_tools() -> str | None:
    beside_python = Path(sys.executable).parent / "wasm-tools"
    return str(beside_python) if beside_python.exists() else shutil.which("wasm-tools")


WASM_TOOLS = _wasm_tools()




@dataclass(frozen=True)
class Expected:
    """What running NAME.scala must give, from NAME.out / .err / .exit / .args / .err_contains / .in beside it."""

    stdout: bytes
    stderr: bytes | None  # None: not checked byte for byte
    exit_code: int
    args: list[str]
    err_contains: str | None
    stdin: bytes = b""


def load_expected(source: Path) -> Expected:
    def sibling(ext: str) -> Path:
        return source.with_suffix(ext)

    def optional_text(ext: str) -> str | None:
        return sibling(ext).read_text(encoding="utf-8") if sibling(ext).exists() else None

    exit_text, args_text, contains = optional_text(".exit"), optional_text(".args"), optional_text(".err_contains")
    return Expected(
        stdout=sibling(".out").read_bytes() if sibling(".out").exists() else b"",
        stderr=sibling(".err").read_bytes() if sibling(".err").exists() else None,
        exit_code=int(exit_text.strip()) if exit_text is not None else 0,
        args=args_text.split() if args_text is not None else [],
        err_contains=contains.rstrip("\n") if contains is not None else None,
        stdin=sibling(".in").read_bytes() if sibling(".in").exists() else b"",
    )


def validate(wasm_path: Path) -> None:
    """`wasm-tools validate`: every module the compiler emits must pass it."""
    assert WASM_TOOLS, "wasm-tools not found (pip install -e '.[test]' provides it)"
    done = subprocess.run([WASM_TOOLS, "validate", str(wasm_path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"{wasm_path.name} does not validate:\n{done.stderr}"


def assemble(wat_path: Path, wasm_path: Path) -> None:
    """`wasm-tools parse`: the printed text must assemble back into a module."""
    assert WASM_TOOLS, "wasm-tools not found (pip install -e '.[test]' provides it)"
    done = subprocess.run([WASM_TOOLS, "parse", str(wat_path), "-o", str(wasm_path)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, f"{wat_path.name} does not assemble:\n{done.stderr}"


def format_diagnostics(result) -> str:
    from scalawasi.compiler.render import render_text

    return "".join(render_text(d, result.source) for d in result.diagnostics)


def checks_for(source: Path):
    """The static-check severities for a program: NAME.checks holds `code = severity` lines (e.g. `segment-escape
    = off` for a program that must reach the run-time check the static one would stop at compile time)."""
    from scalawasi.compiler.checks import CheckConfig

    path = source.with_suffix(".checks")
    if not path.exists():
        return None
    entries = dict(line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines() if "=" in line)
    config = CheckConfig.from_mapping({k.strip(): v.strip() for k, v in entries.items()})
    assert not config.problems, config.problems
    return config


def build_file(source: Path, tmp_path: Path, *, unchecked: bool = False):
    """Builds a source file, asserts it compiled, writes and validates the .wasm; returns (BuildResult, path)."""
    from scalawasi.compiler.api import BuildOptions, build

    options = BuildOptions(unchecked=unchecked, checks=checks_for(source))
    result = build(source.read_text(encoding="utf-8"), str(source), options)
    assert result.ok, f"{source.name} does not compile:\n{format_diagnostics(result)}"
    wasm_path = tmp_path / (source.stem + ".wasm")
    wasm_path.write_bytes(result.wasm)
    validate(wasm_path)
    return result, wasm_path


def run_wasm(wasm: bytes, expected: Expected, *, program_name: str = "main", span_of_offset=None):
    from scalawasi.compiler.runtime import run_module

    return run_module(wasm, args=expected.args, stdin=expected.stdin, program_name=program_name,
                      time_limit=RUN_TIME_LIMIT, span_of_offset=span_of_offset)


def assert_output(run, expected: Expected, what: str = "") -> None:
    """stdout, stderr and exit status byte for byte, with a readable account of what differs."""
    label = f"{what}: " if what else ""
    problems = []
    if run.stdout != expected.stdout:
        problems.append(f"stdout differs\n--- got\n{_show(run.stdout)}\n--- want\n{_show(expected.stdout)}")
    if expected.stderr is not None and run.stderr != expected.stderr:
        problems.append(f"stderr differs\n--- got\n{_show(run.stderr)}\n--- want\n{_show(expected.stderr)}")
    if expected.err_contains is not None and expected.err_contains.encode() not in run.stderr:
        problems.append(f"stderr lacks {expected.err_contains!r}\n--- got\n{_show(run.stderr)}")
    if run.exit_code != expected.exit_code:
        problems.append(f"exit status {run.exit_code}, want {expected.exit_code}; stderr:\n{_show(run.stderr)}")
    assert not problems, label + "\n".join(problems)


def _show(data: bytes, limit: int = 2000) -> str:
    text = data.decode("utf-8", errors="backslashreplace")
    return text if len(text) <= limit else text[:limit] + f"... ({len(data)} bytes)"


def check_program(source: Path, tmp_path: Path) -> None:
    """Build, validate, run and compare one program with its expected-output files."""
    result, _ = build_file(source, tmp_path)
    expected = load_expected(source)
    run = run_wasm(result.wasm, expected, program_name=source.stem, span_of_offset=result.span_at_offset)
    assert_output(run, expected, source.name)


def program_params(folder: Path) -> list:
    """One pytest param per NAME.scala in a folder."""
    return [pytest.param(source, id=source.stem) for source in sorted(folder.glob("*.scala"))] \
        if folder.is_dir() else []
