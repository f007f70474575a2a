"""The stages in order: parse, type-check (with the intrinsics), lower with the prelude, encode."""
from __future__ import annotations

from . import diagnostics as codes
from .api import Analysis, BuildOptions, BuildResult, CodeSpan
from .diagnostics import DiagnosticSink
from .source import SourceText, Span
from .syntax.parser import parse
from .semantics.typer import Typer

INTERNAL_ERROR = codes._code("internal-error", codes.Severity.ERROR,
                             "The compiler failed on this input: a bug in scalawasi, please report it.")


def _extensions(unit) -> list:
    """Typer extensions for the user's program: the memory intrinsics, visible through the unit's imports."""
    from .intrinsics import typer_extensions

    return typer_extensions(unit)


def _lowering_extensions() -> list:
    from .intrinsics import lowering_extensions

    return lowering_extensions()


def analyze_source(source: SourceText) -> Analysis:
    sink = DiagnosticSink()
    try:
        unit = parse(source, sink)
        typer = Typer(sink, _extensions(unit))
        program = typer.check([unit])
        analysis = Analysis(source, sink.sorted(), unit, typer)
        analysis.program = program  # type: ignore[attr-defined]
        return analysis
    except RecursionError:
        sink.report(INTERNAL_ERROR, "the program is nested too deeply for the compiler", Span(0, 0))
    except Exception as exc:  # never a traceback for the user: report the failure as a diagnostic
        sink.report(INTERNAL_ERROR, f"internal compiler error: {type(exc).__name__}: {exc}", Span(0, 0))
    return Analysis(source, sink.sorted())


def build_source(source: SourceText, options: BuildOptions = BuildOptions()) -> BuildResult:
    analysis = analyze_source(source)
    diagnostics = list(analysis.diagnostics)
    if analysis.has_errors or analysis.unit is None:
        return BuildResult(source, diagnostics)
    program = analysis.program  # type: ignore[attr-defined]
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
        encoded = encode(module)
        owners = _instruction_owners(module)
        code_map = [CodeSpan(offset, owners.get(id(instr), ""), instr.span, "")
                    for offset, instr in encoded.instr_offsets]
        return BuildResult(source, diagnostics, module, encoded.data, code_map)
    except RecursionError:
        msg = "the program is nested too deeply for the compiler"
    except Exception as exc:
        msg = f"internal compiler error: {type(exc).__name__}: {exc}"
    sink = DiagnosticSink()
    sink.report(INTERNAL_ERROR, msg, Span(0, 0))
    return BuildResult(source, diagnostics + sink.items)


def _instruction_owners(module) -> dict[int, str]:
    owners: dict[int, str] = {}
    for fn in module.functions:
        for instr in fn.body:
            owners[id(instr)] = fn.name
    return owners
