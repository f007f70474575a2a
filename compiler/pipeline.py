"""The stages in order: parse, type-check (with the intrinsics), lower with the prelude, encode."""
from __future__ import annotations

import gc
import os
from contextlib import contextmanager

from . import diagnostics as codes
from .api import Abandoned, AbandonCheck, Analysis, BuildOptions, BuildResult
from .diagnostics import DiagnosticSink
from .source import SourceText, Span
from .syntax.parser import parse
from .semantics.typer import Typer
from .checks import CheckConfig, apply_config, load_config, run_memory_checks

INTERNAL_ERROR = codes._code("internal-error", codes.Severity.ERROR,
                             "The compiler failed on this input: a bug in scalawasi, please report it.")


def _extensions(unit) -> list:
    """Typer extensions for the user's program: the memory intrinsics, visible through the unit's imports, and the
    library the prelude writes in Scala."""
    from .intrinsics import typer_extensions
    from .prelude.library import LibraryCalls

    return [*typer_extensions(unit), LibraryCalls()]


def _lowering_extensions() -> list:
    from .intrinsics import lowering_extensions

    return lowering_extensions()


@contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector for one compilation. Every stage allocates many small objects that live
    until the end (AST, typed tree, Wasm instructions), so the collector would keep traversing a growing heap and
    find nothing: it took more than half of the time of a build. Whatever garbage a compilation leaves is
    collected after it, as usual. Nested pauses leave the collector as the outermost one found it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _stage_boundary(abandon: AbandonCheck | None) -> None:
    if abandon is not None and abandon():
        raise Abandoned()


def analyze_source(source: SourceText, config: CheckConfig | None = None,
                   abandon: AbandonCheck | None = None) -> Analysis:
    """config: check severities; None reads `[tool.scalawasi.checks]` from the nearest pyproject.toml.
    abandon: asked at each stage boundary; True stops the analysis with `Abandoned`."""
    with _gc_paused():
        return _analyze_source(source, config, abandon)


def _analyze_source(source: SourceText, config: CheckConfig | None, abandon: AbandonCheck | None = None) -> Analysis:
    sink = DiagnosticSink()
    try:
        unit = parse(source, sink)
        _stage_boundary(abandon)
        typer = Typer(sink, _extensions(unit))
        program = typer.check([unit])
        _stage_boundary(abandon)
        if any(getattr(ext, "visible", None) for ext in typer.extensions):
            # Without the library imported there is no segment to analyse or check.
            from .intrinsics.ranges import analyze_ranges

            analyze_ranges(program)  # before the checks: they report what the analysis finds out of bounds
            run_memory_checks(program, source, sink)
            _stage_boundary(abandon)
        diagnostics = apply_config(sink.sorted(), config if config is not None else load_config(source.path))
        analysis = Analysis(source, diagnostics, unit, typer)
        analysis.program = program  # type: ignore[attr-defined]
        return analysis
    except Abandoned:
        raise
    except RecursionError:
        sink.report(INTERNAL_ERROR, "the program is nested too deeply for the compiler", Span(0, 0))
    except Exception as exc:  # never a traceback for the user: report the failure as a diagnostic
        if os.environ.get("SCALAWASI_TRACEBACK"):
            raise
        sink.report(INTERNAL_ERROR, f"internal compiler error: {type(exc).__name__}: {exc}", Span(0, 0))
    return Analysis(source, sink.sorted())


def build_source(source: SourceText, options: BuildOptions = BuildOptions(),
                 abandon: AbandonCheck | None = None) -> BuildResult:
    with _gc_paused():
        return _build_source(source, options, abandon)


def _build_source(source: SourceText, options: BuildOptions, abandon: AbandonCheck | None = None) -> BuildResult:
    analysis = _analyze_source(source, options.checks, abandon)
    diagnostics = list(analysis.diagnostics)
    if analysis.has_errors or analysis.unit is None:
        return BuildResult(source, diagnostics)
    program = analysis.program  # type: ignore[attr-defined]
    if options.main_object is not None:
        chosen = program.objects.get(options.main_object)
        main = chosen.methods.get("main") if chosen is not None else None
        if main is None or main.params is None or len(main.params) != 1:
            sink = DiagnosticSink()
            sink.report(codes.NO_MAIN, f"object `{options.main_object}` does not define "
                        "`def main(args: Array[String]): Unit`", Span(0, 0))
            return BuildResult(source, diagnostics + sink.items)
        program.main = main
    if program.main is None:
        sink = DiagnosticSink()
        sink.report(codes.NO_MAIN, "no object defines `def main(args: Array[String]): Unit`", Span(0, 0))
        return BuildResult(source, diagnostics + sink.items)
    try:
        from .lowering.codegen import Lowering
        from .prelude import load_prelude
        from .wasm import encode, to_wat  # noqa: F401

        module = Lowering(program, load_prelude(), unchecked=options.unchecked,
                          extensions=_lowering_extensions()).lower()
        _stage_boundary(abandon)
        encoded = encode(module, names=not options.strip)
        return BuildResult(source, diagnostics, module, encoded.data, encoded.instr_offsets)
    except Abandoned:
        raise
    except RecursionError:
        msg = "the program is nested too deeply for the compiler"
    except Exception as exc:
        if os.environ.get("SCALAWASI_TRACEBACK"):
            raise
        msg = f"internal compiler error: {type(exc).__name__}: {exc}"
    sink = DiagnosticSink()
    sink.report(INTERNAL_ERROR, msg, Span(0, 0))
    return BuildResult(source, diagnostics + sink.items)
