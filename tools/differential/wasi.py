"""Builds and runs a program through scalawasi in this process, with the outcome in the JVM side's terms."""
from __future__ import annotations

from dataclasses import dataclass

from scalawasi.compiler.api import analyze, build
from scalawasi.compiler.diagnostics import Severity
from scalawasi.compiler.render import render_text
from scalawasi.compiler.runtime import run_module

from .jvm import Outcome, without_frames

RUN_TIME_LIMIT = 20.0  # seconds; generated programs finish in milliseconds


@dataclass(frozen=True)
class WasiResult:
    outcome: Outcome | None  # None when the program did not compile
    diagnostics: str  # the errors, rendered, when it did not compile
    internal_error: bool  # the compiler failed (a bug whatever the JVM says)


def compile_errors(text: str) -> tuple[bytes | None, str, bool]:
    result = build(text, "Main.scala")
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    rendered = "".join(render_text(d, result.source) for d in errors)
    return result.wasm, rendered, any(d.code == "internal-error" for d in result.diagnostics)


def accepts(text: str) -> bool:
    """Whether scalawasi's front end accepts a program (no code generation: the reducer asks this often)."""
    return not analyze(text, "Main.scala").has_errors


def run_program(text: str) -> WasiResult:
    wasm, rendered, internal = compile_errors(text)
    if wasm is None:
        return WasiResult(None, rendered, internal)
    run = run_module(wasm, program_name="Main", time_limit=RUN_TIME_LIMIT)
    return WasiResult(Outcome(run.stdout, without_frames(run.stderr), run.exit_code), "", internal)
