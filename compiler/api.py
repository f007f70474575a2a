"""The compiler as a service: plain-data entry points for the CLI, the tests and the language server (no LSP here)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable

from .diagnostics import Diagnostic, Severity
from .source import SourceText, Span


class Abandoned(Exception):
    """Raised by `analyze`/`build` when their `abandon` callback, asked at each stage boundary (after parsing, after
    typing, after the range analysis and the memory checks, after lowering) and every 16 method bodies while typing,
    answers True: the caller no longer wants this text's results (an editor's newer text superseded it), so the
    remaining work is not worth doing."""


AbandonCheck = Callable[[], bool]


@dataclass(frozen=True)
class BuildOptions:
    """unchecked drops the MemorySegment bounds and scope checks (`--unchecked`); checks sets the static checks'
    severities (a `checks.CheckConfig`; None reads the nearest pyproject.toml)."""

    unchecked: bool = False
    checks: Any = None
    main_object: str | None = None  # whose `main` the module starts (full or simple name); None: the only one
    optimize: bool = True  # False: the straightforward lowering (every check, no rewriting), for comparison
    strip: bool = False  # leave out the name section (`--strip`): smaller, but traps name no functions


@dataclass
class Analysis:
    """Syntax + semantics of one text: the tree, the semantic model and every diagnostic. No code generation."""

    source: SourceText
    diagnostics: list[Diagnostic]
    unit: Any = None  # syntax.ast.CompilationUnit
    model: Any = None  # semantics.model.SemanticModel
    program: Any = None  # semantics.tir.Program, None when the analysis failed
    # Analysed within a program of several files (this file first, its spans its own offsets): the files, to map
    # the other files' spans back (units.SourceSet), and every file's diagnostics, each with its `path`.
    files: Any = None
    program_diagnostics: list[Diagnostic] = field(default_factory=list)
    units: list = field(default_factory=list)  # every file's syntax tree (program spans), when files is set

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.diagnostics)

    @property
    def model_as_is(self) -> Any:
        """The model without completing it (semantics.retype.LazilyTypedAnalysis types skipped bodies when `model`
        is read): for whoever only holds on to it."""
        return self.model


@dataclass
class ProgramAnalysis:
    """Syntax + semantics of a program of several files, analysed as a whole.

    Each diagnostic is local to its file (its `path` says which); the units, the model's facts and the typed
    program use the program's offset space, which `files` (a units.SourceSet) maps back to (file, local span)."""

    files: Any  # units.SourceSet
    diagnostics: list[Diagnostic]
    units: list = field(default_factory=list)  # syntax.ast.CompilationUnit per file, in the order of files
    model: Any = None  # the typer: node_types, references (program spans)
    program: Any = None

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.diagnostics)

    def diagnostics_for(self, path: str) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.path == path]


@dataclass(frozen=True)
class CodeSpan:
    """One instruction of the built module: its byte offset in the .wasm file, its function, its source span."""

    offset: int
    function: str
    span: Span | None
    text: str  # the instruction as the WAT writer prints it


@dataclass
class BuildResult:
    """A build: diagnostics, and when there is no error the module value, its bytes and where each instruction came from."""

    source: SourceText
    diagnostics: list[Diagnostic]
    module: Any = None  # wasm.module.Module, None when the build failed
    wasm: bytes | None = None
    instr_offsets: list = field(default_factory=list)  # (module offset, instruction), from the binary writer
    files: Any = None  # units.SourceSet of a program of several files (its spans are program spans), else None

    def locate(self, span: Span) -> tuple[SourceText, Span]:
        """The file and the local span of a span of this build (an instruction's, a trap's)."""
        if self.files is not None:
            return self.files.local(span)
        return self.source, span

    @property
    def ok(self) -> bool:
        return self.wasm is not None

    @cached_property
    def code_map(self) -> list[CodeSpan]:
        """Every instruction with its offset, function and source span, sorted by offset (built on first use:
        only hovers and trap mapping need it)."""
        owners: dict[int, str] = {}
        if self.module is not None:
            for fn in self.module.functions:
                for instr in fn.body:
                    owners[id(instr)] = fn.name
        return [CodeSpan(offset, owners.get(id(instr), ""), instr.span, "") for offset, instr in self.instr_offsets]

    @cached_property
    def wat_text(self) -> Any:
        """The WAT printed from the same module value (wasm.wat.WatText: .text and .instr_ranges)."""
        from .wasm.wat import to_wat

        return to_wat(self.module)

    @property
    def wat(self) -> str:
        return self.wat_text.text

    def span_at_offset(self, module_offset: int) -> Span | None:
        """The source span of the instruction at (or last before) a module byte offset, e.g. a trap frame's."""
        import bisect

        i = bisect.bisect_right(self.instr_offsets, module_offset, key=lambda pair: pair[0]) - 1
        while i >= 0:
            if self.code_map[i].span is not None:
                return self.code_map[i].span
            i -= 1
        return None


def analyze(text: str, path: str = "<input>", checks: Any = None, abandon: AbandonCheck | None = None,
            static_checks: bool = True, focus: int | None = None) -> Analysis:
    """Parse, type-check and run the static checks on a text; cheap enough to call on every edit.

    checks: a `checks.CheckConfig` with the severities to use; None reads the nearest pyproject.toml.
    abandon: asked between stages; when it returns True the analysis stops by raising `Abandoned`.
    static_checks=False: parse and type only (no range analysis, no memory checks), for editor queries.
    focus: a byte offset for a query there (completion, signature help): only the method around it, the methods
    without a declared result and the initialisers are typed, and no static check runs; a partial analysis, whose
    diagnostics are not the file's."""
    from .pipeline import analyze_source

    return analyze_source(SourceText(text, path), checks, abandon, static_checks, focus)


def analyze_files(files: dict[str, str], checks: Any = None, abandon: AbandonCheck | None = None,
                  static_checks: bool = True, cache: Any = None, focus: int | None = None) -> ProgramAnalysis:
    """Analyse several files (path -> text) as one program: packages, imports and names across files. cache: a
    `build_cache.BuildCache` (a project's `.scalawasi/`); an analysis from the cache has its diagnostics only (no
    units, model or program). focus: an offset in the first file, as for `analyze`."""
    from .pipeline import analyze_program

    sources = [SourceText(text, path) for path, text in files.items()]
    if cache is None:
        return analyze_program(sources, checks, abandon, static_checks, focus=focus)
    return analyze_program(sources, checks, abandon, static_checks, cache, focus=focus)


def build_files(files: dict[str, str], options: BuildOptions = BuildOptions(),
                abandon: AbandonCheck | None = None, cache: Any = None) -> BuildResult:
    """Analyse, lower and encode several files (path -> text) into one WASI command module. cache: a
    `build_cache.BuildCache` (a project's `.scalawasi/`) to reuse earlier builds' work; the result of a build
    from the cache has the module's bytes and instruction spans but no module value (`module` is None)."""
    from .pipeline import build_program

    return build_program([SourceText(text, path) for path, text in files.items()], options, abandon, cache)


def build(text: str, path: str = "<input>", options: BuildOptions = BuildOptions(),
          abandon: AbandonCheck | None = None) -> BuildResult:
    """Analyse, lower and encode a text into a WASI command module (abandon: as for `analyze`)."""
    from .pipeline import build_source

    return build_source(SourceText(text, path), options, abandon)


def release_when_dropped(analysis: Analysis) -> Analysis:
    """Have the analysis's typed program freed by reference counting once the last reference to `analysis` goes:
    its symbols' cycles are cut then (`semantics.release`), so the cycle collector has nothing of it to find. For a
    caller that reads the model and the program only through this Analysis (the language server's analyses): a
    symbol kept apart from it would be found emptied."""
    import weakref

    from .semantics.release import release_typer

    model = analysis.model_as_is
    if model is not None:
        weakref.finalize(analysis, release_typer, model).atexit = False
    return analysis
