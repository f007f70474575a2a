"""The stages in order: parse, type-check (with the intrinsics), lower with the prelude, encode.

One file or several: a program's files share one offset space (units.SourceSet), so every stage after parsing is
the same for both; only the results' diagnostics are made local to their files at the end.
"""
from __future__ import annotations

import gc
import os
from contextlib import contextmanager

from . import diagnostics as codes
from .api import Abandoned, AbandonCheck, Analysis, BuildOptions, BuildResult, ProgramAnalysis
from .diagnostics import Diagnostic, DiagnosticSink, Related
from .source import SourceText, Span
from .syntax.ast import CompilationUnit
from .syntax.parser import parse
from .semantics.typer import Typer, TyperExtension
from .checks import CheckConfig, apply_config, load_config, run_memory_checks
from .units import SourceSet

INTERNAL_ERROR = codes._code("internal-error", codes.Severity.ERROR,
                             "The compiler failed on this input: a bug in scalawasi, please report it.")


def _extensions(units) -> list:
    """Typer extensions for the user's program: the memory intrinsics, visible through the units'
    imports, and the library the prelude writes in Scala."""
    from .intrinsics import typer_extensions
    from .prelude.collection_calls import CollectionCalls
    from .prelude.hashing import HashCalls
    from .prelude.library import LibraryCalls
    from .prelude.boxes import BoxedValues

    return [*typer_extensions(*units), CollectionCalls(), LibraryCalls(), HashCalls(), BoxedValues()]


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


class _AskEveryFew:
    """Asks `abandon` at every EVERY-th call of `tick`: asking costs a clock read, a method or a function is short."""

    EVERY = 16

    def __init__(self, abandon: AbandonCheck) -> None:
        self.abandon = abandon
        self.count = 0

    def tick(self) -> None:
        self.count += 1
        if self.count % self.EVERY == 0:
            _stage_boundary(self.abandon)


class _AbandonWhileTyping(_AskEveryFew, TyperExtension):
    """A typer extension (first in the list) that asks `abandon` every few method bodies: typing is the longest
    stage of a large file (about a third of an analysis), and a keystroke that arrives early in it should not wait
    for its end. Declines every hook, so it changes nothing else."""

    def check_method(self, typer, method) -> bool:
        self.tick()
        return False


class _AbandonWhileLowering(_AskEveryFew):
    """A lowering extension (first in the list) that asks `abandon` every few functions built: lowering is one stage
    of a build, 0.3 s at 10,000 lines, and the language server's background build for hovers must give way to the
    next keystroke's analysis. Declines every hook."""

    def enter_function(self, g, method) -> None:
        self.tick()

    def method_function(self, lowering, method):
        return None

    def local_defined(self, g, sym) -> None:
        return None

    def gen(self, g, e) -> bool:
        return False

    def gen_call(self, g, e) -> bool:
        return False

    def gen_builtin(self, g, e) -> bool:
        return False

    def gen_loop(self, g, e) -> bool:
        return False


class _Checked:
    """What the front end produced for a set of files: units, the typer (the semantic model), the typed program and
    the diagnostics in program spans (None members when the front end itself failed)."""

    def __init__(self, files: SourceSet, diagnostics: list[Diagnostic], units=None, typer=None, program=None,
                 outlines=None, skipped=None):
        self.files = files
        self.diagnostics = diagnostics
        self.units = units
        self.typer = typer
        self.program = program
        self.outlines = outlines  # each unit's outline digest (syntax/outline.py), when the cache gave the units
        self.skipped = skipped or []  # methods whose bodies were left untyped (semantics/retype.py)


def _check(files: SourceSet, config: CheckConfig | None, abandon: AbandonCheck | None = None,
           static_checks: bool = True, cache=None, focus: int | None = None, stored=None,
           retype: bool = False) -> _Checked:
    """abandon: asked at each stage boundary; True stops the analysis with `Abandoned`. static_checks=False stops
    after typing (no range analysis, no memory checks): what editor queries such as completion need.
    cache: a build_cache.BuildCache whose converted syntax trees are reused for files of the same text. focus: a
    byte offset (of the first file) for a query there: the bodies of declared methods away from it are not typed
    (`semantics.focus`), and the static checks do not run. stored: a build's _StoredForBuild, which makes the
    build's stored functions once the files are parsed, and may leave out the bodies they make needless.
    retype: one file analysed after an analysis of the same path: the methods the edit left as they were are not
    typed again (`semantics.retype`), when it pays."""
    sink = DiagnosticSink()
    typer = None
    try:
        units = []
        outlines = [] if cache is not None else None
        for i, source in enumerate(files):
            if cache is not None:
                unit, outline = _parse_cached(cache, source, sink, files.base(i))
                units.append(unit)
                outlines.append(outline)
                continue
            _report_invalid_bytes(source, sink, files.base(i))
            units.append(parse(source, sink, base=files.base(i)))
        _stage_boundary(abandon)
        extensions = _extensions(units)
        if abandon is not None:
            extensions.insert(0, _AbandonWhileTyping(abandon))
        if focus is not None:
            from .semantics.focus import FocusedTyping

            extensions.append(FocusedTyping(focus))  # last: the intrinsics' own methods (@WasmImport) stay theirs
            static_checks = False
        if stored is not None:
            extensions += stored.typer_extensions(units, outlines, extensions)  # last: as focus
        retyping = _retyping(files, units, extensions, static_checks) if retype and focus is None and cache is None \
            and stored is None else None
        typer = Typer(sink, extensions)
        if retyping is not None:
            extensions.append(retyping.attach(typer, sink))
        program = typer.check(units)
        if retyping is not None and not retyping.finish():
            # Skipping bodies changed the order inferred methods were typed in, and the diagnostics show it: type
            # the file in full.
            from .semantics.release import release_typer

            release_typer(typer)
            del sink.items[retyping.typing_from:]
            extensions = _extensions(units)
            if abandon is not None:
                extensions.insert(0, _AbandonWhileTyping(abandon))
            typer = Typer(sink, extensions)
            program = typer.check(units)
            retyping = None
        _stage_boundary(abandon)
        if static_checks and any(getattr(ext, "visible", None) for ext in typer.extensions):
            # Without the library imported there is no segment to analyse or check.
            from .intrinsics.ranges import analyze_ranges

            from .checks.memory import BodyNodes

            nodes_of = BodyNodes()  # each body walked once for both (neither changes the trees)
            analyze_ranges(program, nodes_of)  # before the checks: they report what the analysis finds out of bounds
            _stage_boundary(abandon)
            checks = run_memory_checks(program, files if len(files) > 1 else files.sources[0], sink, nodes_of,
                                       retyping.seeds if retyping is not None else None)
            if retyping is not None and not retyping.record(checks):
                # An edited method now does something the checks follow, in methods that were skipped as its
                # callers: the whole file again.
                from .semantics.release import release_typer

                release_typer(typer)
                return _check(files, config, abandon, static_checks, cache, focus, retype=True)  # (no record now)
            _stage_boundary(abandon)
        first = files.sources[0].path if len(files) else None
        diagnostics = apply_config(sink.sorted(), config if config is not None else load_config(first))
        return _Checked(files, diagnostics, units, typer, program, outlines,
                        retyping.skipped if retyping is not None else None)
    except Abandoned:
        # Nobody will read what was typed so far: cut its cycles so that it is freed now, not by a collection.
        from .semantics.release import release_typer

        release_typer(typer)
        raise
    except RecursionError:
        sink.report(INTERNAL_ERROR, "the program is nested too deeply for the compiler", Span(0, 0))
    except Exception as exc:  # never a traceback for the user: report the failure as a diagnostic
        if os.environ.get("SCALAWASI_TRACEBACK"):
            raise
        sink.report(INTERNAL_ERROR, f"internal compiler error: {type(exc).__name__}: {exc}", Span(0, 0))
    return _Checked(files, sink.sorted())


def _retyping(files: SourceSet, units, extensions, static_checks: bool):
    """The reuse of the previous analysis's typing for a file or a program, else None (nothing of this analysis is then
    recorded; the record of an earlier one stays valid for the next, as it holds the text it was made from). With
    the memory intrinsics visible, only for an analysis that runs their checks (what it may skip is what their
    summaries say they do not need)."""
    from .semantics.retype import Records, Retyping

    memory = any(getattr(ext, "visible", None) for ext in extensions)
    if not len(files) or not Records.enabled or (memory and not static_checks):
        return None
    if len(files) > 1:
        # (a program's files with the intrinsics: their checks' records are per file, so all is typed)
        return Retyping.begin_program(files, units) if not memory else None
    return Retyping.begin(files.sources[0], units[0], memory)


def _parse_cached(cache, source: SourceText, sink: DiagnosticSink, base: int):
    """The file's syntax tree (spans moved by base) and the digest of its outline (syntax/outline.py), and its
    syntax diagnostics into sink: from the cache when a file of the same text sat at the same place before, else
    parsed and stored. The tree is stored with its methods' bodies apart (syntax/stored_trees.py): a body left
    untyped is never unpickled."""
    import pickle

    from .build_cache import key
    from .syntax import stored_trees
    from .syntax.outline import outline_digest

    digest = key("unit", source.path, base, source.text)
    found = cache.get("unit", digest)
    if isinstance(found, tuple) and len(found) == 3 and isinstance(found[0], bytes) and \
            isinstance(found[1], list) and isinstance(found[2], str):
        tree, diagnostics, outline = found
        try:
            unit = stored_trees.loads(tree)
        except Exception:  # noqa: BLE001 - a damaged entry: parsed again
            unit = None
        if isinstance(unit, CompilationUnit):
            sink.items.extend(diagnostics)
            return unit, outline
    reported = len(sink.items)
    _report_invalid_bytes(source, sink, base)
    unit = parse(source, sink, base=base)
    outline = outline_digest(unit)
    try:
        cache.put("unit", digest, (stored_trees.dumps(unit), sink.items[reported:], outline))
    except (pickle.PicklingError, RecursionError, TypeError, AttributeError):
        pass
    return unit, outline


def analyze_source(source: SourceText, config: CheckConfig | None = None,
                   abandon: AbandonCheck | None = None, static_checks: bool = True,
                   focus: int | None = None) -> Analysis:
    """config: check severities; None reads `[tool.scalawasi.checks]` from the nearest pyproject.toml.
    abandon: asked at each stage boundary; True stops the analysis with `Abandoned`. focus: see `_check`."""
    with _gc_paused():
        checked = _check(SourceSet([source]), config, abandon, static_checks, focus=focus, retype=focus is None)
    unit = checked.units[0] if checked.units else None
    if checked.skipped:
        from .semantics.retype import LazilyTypedAnalysis

        return LazilyTypedAnalysis(source, checked.diagnostics, unit, checked.typer, checked.program,
                                   skipped=checked.skipped)
    return Analysis(source, checked.diagnostics, unit, checked.typer, checked.program)


def analyze_program(sources: list[SourceText], config: CheckConfig | None = None,
                    abandon: AbandonCheck | None = None, static_checks: bool = True, cache=None,
                    focus: int | None = None) -> ProgramAnalysis:
    """Several files as one program; each diagnostic comes back local to its file (`Diagnostic.path`).
    cache: a build_cache.BuildCache: the diagnostics of the same files and settings are reused (the result then
    has no units, model or program), and the unchanged files' syntax trees otherwise. focus: an offset in the first
    file (see `_check`); a focused analysis is partial, so its diagnostics are neither taken from the cache nor
    stored."""
    files = SourceSet(sources)
    diagnostics_key = None
    if cache is not None and focus is None:
        config = _config_for(files, config)
        diagnostics_key = _inputs_key("diagnostics", files, config, static_checks)
        found = cache.get("diagnostics", diagnostics_key)
        if isinstance(found, list):
            return ProgramAnalysis(files, found)
    with _gc_paused():
        checked = _check(files, config, abandon, static_checks, cache=cache, focus=focus,
                         retype=cache is None and focus is None)
    if checked.skipped:
        from .semantics.retype import LazilyTypedProgramAnalysis

        return LazilyTypedProgramAnalysis(files, _localized(files, checked.diagnostics), checked.units or [],
                                          checked.typer, checked.program, skipped=checked.skipped)
    result = ProgramAnalysis(files, _localized(files, checked.diagnostics), checked.units or [], checked.typer,
                             checked.program)
    if cache is not None and focus is None and checked.program is not None:
        cache.put("diagnostics", diagnostics_key, result.diagnostics)
        cache.trim()
    return result


def _config_for(files: SourceSet, config: CheckConfig | None) -> CheckConfig:
    return config if config is not None else load_config(files.sources[0].path if len(files) else None)


def _inputs_key(kind: str, files: SourceSet, config: CheckConfig, *settings) -> str:
    """The digest of everything a program's analysis or build depends on: the files' paths and texts in their
    order, the check severities, and the settings given (the compiler itself is the cache folder's name)."""
    from .build_cache import key

    severities = tuple((code, severity.value if severity is not None else None) for code, severity in config.severities)
    return key(kind, settings, severities, tuple((s.path, s.text) for s in files))


def _localized(files: SourceSet, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [files.localize(d) for d in diagnostics] if len(files) else list(diagnostics)


INVALID_BYTES_REPORTED = 100  # runs of bad bytes reported one by one; the last diagnostic counts the rest


def _report_invalid_bytes(source: SourceText, sink: DiagnosticSink, base: int = 0) -> None:
    """One `invalid-encoding` per run of undecodable bytes (spans moved by the file's place in the program)."""
    from .source import invalid_bytes

    found, count = invalid_bytes(source.text, INVALID_BYTES_REPORTED)
    for i, (span, original) in enumerate(found):
        shown = " ".join(f"0x{b:02X}" for b in original[:8]) + (" ..." if len(original) > 8 else "")
        more = f" ({count - len(found)} more runs of invalid bytes follow)" if i == len(found) - 1 and count > len(
            found) else ""
        sink.report(codes.INVALID_ENCODING, f"not UTF-8: byte{'s' if len(original) > 1 else ''} {shown} "
                    f"cannot be decoded; save the file as UTF-8{more}", Span(span.start + base, span.end + base))


def build_source(source: SourceText, options: BuildOptions = BuildOptions(),
                 abandon: AbandonCheck | None = None) -> BuildResult:
    with _gc_paused():
        return _build(SourceSet([source]), options, single=True, abandon=abandon)


def build_program(sources: list[SourceText], options: BuildOptions = BuildOptions(),
                  abandon: AbandonCheck | None = None, cache=None) -> BuildResult:
    """Several files into one module. The result's spans are program spans (`BuildResult.locate` maps them back);
    its diagnostics are local to their files. cache: a build_cache.BuildCache (the project's `.scalawasi/`):
    the finished module is reused when every input is the same as an earlier build's, and otherwise each file
    whose text is unchanged is not parsed again. The module is the same, byte for byte, either way."""
    with _gc_paused():
        files = SourceSet(sources)
        if cache is None:
            return _build(files, options, single=False, abandon=abandon)
        return _build_cached(files, options, abandon, cache)


def _build_cached(files: SourceSet, options: BuildOptions, abandon: AbandonCheck | None, cache) -> BuildResult:
    from .wasm.instrmap import InstrMap

    config = _config_for(files, options.checks)
    module_key = _inputs_key("module", files, config, options.unchecked, options.optimize, options.strip,
                             options.main_object)
    source = files.sources[0] if len(files) else SourceText("", "<empty>")
    if cache.modules:
        found = cache.get("module", module_key)
        if isinstance(found, tuple) and len(found) == 3 and isinstance(found[0], bytes) and \
                isinstance(found[2], list) and (instr_map := InstrMap.from_compact(found[1])) is not None:
            return BuildResult(source, found[2], None, found[0], instr_map, files=files)
    result = _build(files, options, single=False, abandon=abandon, config=config, cache=cache)
    if result.ok and cache.modules:
        # (the instruction map, which `run` reads a trap's line from, kept as arrays: wasm/instrmap.py)
        cache.put("module", module_key, (result.wasm, InstrMap.of(result.instr_offsets).compact(Span),
                                         result.diagnostics))
    cache.trim()
    return result


def _build(files: SourceSet, options: BuildOptions, single: bool, abandon: AbandonCheck | None = None,
           config: CheckConfig | None = None, cache=None) -> BuildResult:
    stored = _StoredForBuild(cache, files, options) if cache is not None and cache.modules else None
    checked = _check(files, config if config is not None else options.checks, abandon, cache=cache, stored=stored)
    try:
        return _lower(files, options, single, checked, abandon, stored)
    finally:
        # The result holds no symbol and no typed tree (only the module, its bytes and the diagnostics): cut the
        # typed program's cycles, so that a build is freed by reference counting (the language server builds in
        # the background for hovers, and a collection of a 10,000-line build's garbage took 0.5 s).
        from .semantics.release import release_typer

        release_typer(checked.typer)


def _lower(files: SourceSet, options: BuildOptions, single: bool, checked: _Checked,
           abandon: AbandonCheck | None, stored=None) -> BuildResult:
    source = files.sources[0] if len(files) else SourceText("", "<empty>")
    finish = (lambda ds: ds) if single else (lambda ds: _localized(files, ds))
    result_files = None if single else files
    diagnostics = list(checked.diagnostics)
    if checked.program is None or any(d.is_error for d in diagnostics):
        return BuildResult(source, finish(diagnostics), files=result_files)
    program = checked.program
    main, problem = _choose_main(checked.typer, options.main_object)
    if problem is not None:
        return BuildResult(source, finish(diagnostics + [problem]), files=result_files)
    program.main = main
    try:
        from .lowering.codegen import Lowering
        from .prelude import load_prelude
        from .wasm import encode

        prelude = load_prelude()
        stored = stored.functions(checked, prelude) if stored is not None else None
        extensions = _lowering_extensions()
        if abandon is not None:
            extensions.insert(0, _AbandonWhileLowering(abandon))
        lowering = Lowering(program, prelude, unchecked=options.unchecked, optimize=options.optimize,
                            extensions=extensions, stored=stored)
        try:
            module = lowering.lower()
        finally:
            lowering.__dict__.clear()  # it and its type lowering point at each other; the module needs neither
        if stored is not None:
            stored.save()
        _stage_boundary(abandon)
        encoded = encode(module, names=not options.strip)
        return BuildResult(source, finish(diagnostics), module, encoded.data, encoded.instr_offsets,
                           files=result_files)
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
    return BuildResult(source, finish(diagnostics + sink.items), files=result_files)


class _StoredForBuild:
    """The user's methods' lowered functions kept in the project's cache (lowering/stored.py), for a build whose
    module is only encoded (the value itself is not handed out: `wat` prints it); and, unless the memory
    intrinsics are visible (their analyses read every body), the typer extension that leaves out the bodies of the
    methods whose function will be reused (semantics/skipping.py)."""

    def __init__(self, cache, files: SourceSet, options: BuildOptions) -> None:
        self.cache, self.files, self.options = cache, files, options
        self.stored = None

    def typer_extensions(self, units, outlines, extensions) -> list:
        from .build_cache import key
        from .lowering.stored import StoredFunctions
        from .semantics.skipping import BodySkipping
        from .syntax.outline import outline_digest

        outlines = outlines or [outline_digest(u) for u in units]
        outline = key("outline", tuple((s.path, o) for s, o in zip(self.files, outlines)))
        options = self.options
        stored = self.stored = StoredFunctions(self.cache, (options.unchecked, options.optimize,
                                                            options.main_object), outline, self.files)
        if any(getattr(ext, "visible", None) for ext in extensions):
            return []
        stored.typing = BodySkipping(lambda typer, method: stored.typing_key(typer.program, method),
                                     stored.typing_records(), stored.found.__contains__)
        return [stored.typing]

    def functions(self, checked: _Checked, prelude):
        if self.stored is None:  # (the front end failed before typing)
            return None
        self.stored.attach(checked.program, prelude)
        return self.stored


def _choose_main(typer: Typer, wanted: str | None):
    """The `main` the module starts: the chosen object's (full or simple name), else the only one. Returns
    (method, None) or (None, a diagnostic saying what is wrong)."""
    sink = DiagnosticSink()
    mains = typer.main_methods()
    if wanted is not None:
        chosen = [m for m in mains if _full_name(typer, m.owner) == wanted or m.owner.name == wanted]
        if len(chosen) == 1:
            return chosen[0], None
        if len(chosen) > 1:
            names = ", ".join(_full_name(typer, m.owner) for m in chosen)
            return None, sink.report(codes.AMBIGUOUS_MAIN, f"several objects are named `{wanted}`: {names}; "
                                     "give the full name", chosen[0].span)
        return None, sink.report(codes.NO_MAIN, f"object `{wanted}` does not define "
                                 "`def main(args: Array[String]): Unit`", Span(0, 0))
    if not mains:
        return None, sink.report(codes.NO_MAIN, "no object defines `def main(args: Array[String]): Unit`", Span(0, 0))
    if len(mains) > 1:
        names = ", ".join(f"`{_full_name(typer, m.owner)}`" for m in mains)
        return None, sink.report(
            codes.AMBIGUOUS_MAIN, f"several objects define `main` ({names}); choose one with `--main NAME` or "
            "`main = \"NAME\"` in [tool.scalawasi]", mains[1].span,
            [Related(m.span, f"`{_full_name(typer, m.owner)}.main`") for m in mains if m is not mains[1]])
    return mains[0], None


def _full_name(typer: Typer, owner) -> str:
    for name, obj in typer.program.objects.items():
        if obj is owner:
            return name
    return owner.name
