"""The `scalawasi` command: build, run, print WAT, check, and start the language server."""
from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import Sequence

EXIT_USAGE = 2  # bad command line or unreadable input, as argparse does
EXIT_INTERNAL = 3  # the compiler itself failed

DESCRIPTION = "Compile a subset of Scala to WebAssembly (WasmGC + linear memory) and run it as a WASI command."


class CliError(Exception):
    """A problem worth one line on stderr and an exit status, never a traceback."""

    def __init__(self, message: str, status: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.status = status


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    program_args: list[str] = []
    if argv and argv[0] == "run" and "--" in argv:  # everything after `--` belongs to the program, verbatim
        cut = argv.index("--")
        argv, program_args = argv[:cut], argv[cut + 1 :]
    parser = _parser()
    options = parser.parse_args(argv)
    if options.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return options.handler(options, program_args)
    except CliError as e:
        _flush()
        print(f"scalawasi: error: {e}", file=sys.stderr)
        return e.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 141


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scalawasi", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"scalawasi {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    inputs_help = ("a .scala file or a folder (every .scala below it); none: the project's sources, from "
                   "[tool.scalawasi] in the nearest pyproject.toml or a scalawasi.toml")
    main_help = "the object whose main starts the program (needed when several objects define main)"
    no_cache_help = ("start from scratch: neither read nor write the project's build cache (.scalawasi/ at its "
                     "root, used when no files are named)")
    build = sub.add_parser("build", help="compile the files or the project to a .wasm module",
                           description="Compile the files (one program, however many files) to a WASI command "
                           "module (WasmGC + linear memory). Warnings and errors go to stderr.")
    build.add_argument("files", nargs="*", metavar="FILE", help=inputs_help)
    build.add_argument("-o", "--output", metavar="OUT.wasm", help="where to write the module (default: FILE with "
                       "the extension .wasm for one file, else the project's output, target/NAME.wasm)")
    build.add_argument("--wat", metavar="OUT.wat", help="also write the module as WebAssembly text")
    build.add_argument("--unchecked", action="store_true", help="drop the bounds checks of MemorySegment accesses")
    build.add_argument("--no-optimize", action="store_true", help="lower every construct the straightforward way "
                       "(every bounds check kept, no rewriting): for comparison when hunting a miscompilation")
    build.add_argument("--strip", action="store_true", help="leave out the name section (function and local "
                       "names): a smaller module, but traps and tools show indices instead of names")
    build.add_argument("--main", metavar="NAME", help=main_help)
    build.add_argument("--no-cache", action="store_true", help=no_cache_help)
    build.set_defaults(handler=_cmd_build)

    run_usage = ("scalawasi run [-h] [--unchecked] [--main NAME] [--no-cache] [--time-limit SECONDS] "
                 "[--memory-limit MIB] "
                 "[--stack-size KIB] [FILE ...] [-- ARGS...]")
    run = sub.add_parser("run", help="compile and run the files or the project", usage=run_usage,
                         description="Compile the files and run the program under wasmtime. The program's stdin, "
                         "stdout and stderr are this command's; its exit status is this command's. Arguments "
                         "after `--` are passed to the program unchanged. When the program does not compile, its "
                         "diagnostics go to stderr and the status is 1.")
    run.add_argument("files", nargs="*", metavar="FILE", help=inputs_help)
    run.add_argument("--unchecked", action="store_true", help="drop the bounds checks of MemorySegment accesses")
    run.add_argument("--main", metavar="NAME", help=main_help)
    run.add_argument("--no-cache", action="store_true", help=no_cache_help)
    run.add_argument("--no-optimize", action="store_true", help="lower every construct the straightforward way "
                     "(every bounds check kept, no rewriting): for comparison when hunting a miscompilation")
    run.add_argument("--time-limit", type=_positive(float, "SECONDS", 366 * 24 * 3600), metavar="SECONDS",
                     help="stop the program after this much wall time, also when it waits in a host call (reading "
                     "stdin, sleeping)")
    run.add_argument("--memory-limit", type=_positive(int, "MIB", 1 << 24), metavar="MIB",
                     help="cap linear memory and the GC heap (default: a quarter of physical memory, as the JVM "
                     "caps its heap)")
    run.add_argument("--stack-size", type=_positive(int, "KIB", 1 << 20), metavar="KIB",  # 1 << 20: limits.MAX_WASM_STACK
                     help="stack for Wasm frames; deeper recursion is a StackOverflowError (default: wasmtime's "
                     "512 KiB, about 16,000 frames of a small recursive method; at most 1048576 KiB)")
    run.set_defaults(handler=_cmd_run)

    wat = sub.add_parser("wat", help="print the module as WebAssembly text",
                         description="Compile the files and print the module in the WebAssembly text format to "
                         "stdout.")
    wat.add_argument("files", nargs="*", metavar="FILE", help=inputs_help)
    wat.add_argument("--unchecked", action="store_true", help="drop the bounds checks of MemorySegment accesses")
    wat.add_argument("--main", metavar="NAME", help=main_help)
    wat.add_argument("--no-cache", action="store_true", help=no_cache_help)
    wat.add_argument("--no-optimize", action="store_true", help="lower every construct the straightforward way "
                       "(every bounds check kept, no rewriting): for comparison when hunting a miscompilation")
    wat.set_defaults(handler=_cmd_wat)

    check = sub.add_parser("check", help="report diagnostics without generating code",
                           description="Parse and type-check the files as one program and report its diagnostics: "
                           "as text on stderr, with --format json as one JSON array on stdout, or with --format "
                           "sarif as one SARIF 2.1.0 log on stdout. Exit status 1 when any error was found, else 0.")
    check.add_argument("files", nargs="*", metavar="FILE", help=inputs_help)
    check.add_argument("--format", choices=("text", "json", "sarif"), default="text",
                       help="output format (default: text)")
    check.add_argument("--no-cache", action="store_true", help=no_cache_help)
    check.set_defaults(handler=_cmd_check)

    init = sub.add_parser("init", help="start a project: sources, configuration and .gitignore",
                          description="Write a starter project into FOLDER (default: the current folder): "
                          "src/main/scala/Main.scala, the configuration ([tool.scalawasi] in an existing "
                          "pyproject.toml, else scalawasi.toml) and a .gitignore. Never overwrites a file.")
    init.add_argument("folder", nargs="?", default=".", metavar="FOLDER")
    init.set_defaults(handler=_cmd_init)

    lsp = sub.add_parser("lsp", help="start the language server on stdin/stdout",
                         description="Start the scalawasi language server, speaking LSP over stdin/stdout.")
    lsp.add_argument("--stdio", action="store_true", help="use stdin/stdout (the default and only transport)")
    lsp.set_defaults(handler=_cmd_lsp)
    return parser


# --- commands -------------------------------------------------------------------------------------------------


def _cmd_build(options: argparse.Namespace, _extra: list[str]) -> int:
    inputs = _inputs(options)
    result = _build(inputs, options)
    _print_diagnostics(inputs.sources, result.diagnostics)
    if not result.ok:
        return _failed(inputs.label, result.diagnostics)
    output = Path(options.output) if options.output else inputs.default_output
    _write(output, result.wasm)
    if options.wat:
        _write(Path(options.wat), _wat_text(result).encode("utf-8"))
    return 0


def _cmd_run(options: argparse.Namespace, program_args: list[str]) -> int:
    from .runtime import ModuleError, run_module
    from .runtime.limits import default_memory_limit

    inputs = _inputs(options)
    result = _build(inputs, options)
    if not result.ok:
        _print_diagnostics(inputs.sources, result.diagnostics)  # warnings stay quiet: stderr belongs to the program
        return _failed(inputs.label, result.diagnostics)
    stack_size = options.stack_size * 1024 if options.stack_size else None
    _flush()
    try:
        outcome = run_module(
            result.wasm,
            args=program_args,
            env=None,
            program_name=inputs.program_name,
            time_limit=options.time_limit,
            memory_limit=(options.memory_limit * 1024 * 1024 if options.memory_limit else default_memory_limit()),
            stack_size=stack_size,
            span_of_offset=result.span_at_offset,
            inherit_stdio=True,
            on_host_overrun=_time_limit_exceeded,  # a program blocked in the host (stdin, poll_oneoff) ends here
        )
    except ModuleError as e:
        raise CliError(f"{inputs.label}: the compiled module does not run: {e}", EXIT_INTERNAL) from None
    _emit(sys.stdout, outcome.stdout)
    _emit(sys.stderr, outcome.stderr)
    trap = outcome.trap
    if trap is not None and trap.span is not None:
        # Where it happened, in the shape of the JVM's stack-trace line: the function and the source position.
        source, span = result.locate(trap.span)
        where = source.position(span.start)
        _emit(sys.stderr, f"\tat {trap.function} ({source.path}:{where.line}:{where.column})\n".encode())
    return outcome.exit_code


def _time_limit_exceeded() -> None:
    from .runtime.runner import TIME_LIMIT_MESSAGE

    os.write(2, f"{TIME_LIMIT_MESSAGE}\n".encode())


def _positive(kind, metavar: str, maximum: int):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{metavar} must be a number, not {text!r}") from None
        if not 0 < value <= maximum:
            raise argparse.ArgumentTypeError(f"{metavar} must be greater than 0 and at most {maximum}, not {text!r}")
        return value

    return parse


def _cmd_wat(options: argparse.Namespace, _extra: list[str]) -> int:
    inputs = _inputs(options)
    result = _build(inputs, options)
    _print_diagnostics(inputs.sources, result.diagnostics)
    if not result.ok:
        return _failed(inputs.label, result.diagnostics)
    text = _wat_text(result)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def _cmd_check(options: argparse.Namespace, _extra: list[str]) -> int:
    from . import api
    from .render import to_json_obj

    inputs = _inputs(options)
    _report_config_problems(list(inputs.texts))
    cache = _build_cache(inputs, options)
    try:
        if cache is None:
            analysis = _compiler_call(lambda: api.analyze_files(inputs.texts))
        else:
            analysis = _compiler_call(lambda: api.analyze_files(inputs.texts, cache=cache))
    finally:
        if cache is not None:
            cache.close()
    by_file = {path: [] for path in inputs.texts}
    for d in analysis.diagnostics:
        by_file.setdefault(d.path or inputs.label, []).append(d)
    sources = inputs.sources
    as_json: list[dict] = []
    for path, diagnostics in by_file.items():
        diagnostics.sort(key=lambda d: (d.span.start, d.span.end, d.code))
        if options.format == "json":
            as_json += [to_json_obj(d, sources[path], sources) for d in diagnostics]
        elif options.format == "text":
            _print_diagnostics(sources, diagnostics)
    if options.format in ("json", "sarif"):
        import json  # imported where needed: every module imported up front delays every build
    if options.format == "json":
        json.dump(as_json, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif options.format == "sarif":
        from .render import to_sarif

        checked = [(sources[path], diagnostics) for path, diagnostics in by_file.items()]
        json.dump(to_sarif(checked, _version()), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from .render import render_summary

        summary = render_summary(analysis.diagnostics)
        if summary:
            print(summary, file=sys.stderr)
    return 1 if analysis.has_errors else 0


def _cmd_init(options: argparse.Namespace, _extra: list[str]) -> int:
    from .project import ProjectError, init_project

    try:
        written = init_project(options.folder)
    except ProjectError as e:
        raise CliError(str(e)) from None
    except OSError as e:
        raise CliError(f"{options.folder}: cannot write the project: {e.strerror or e}") from None
    for path in written:
        print(f"wrote {path}")
    print("next: scalawasi run" + ("" if options.folder == "." else f"  (in {options.folder})"))
    return 0


def _report_config_problems(paths: list[str]) -> None:
    """Entries of `[tool.scalawasi.checks]` that were ignored, said once per pyproject.toml."""
    from .checks import load_config

    seen: set[str] = set()
    for path in paths:
        config = load_config(path)
        if config.origin is None or config.origin in seen:
            continue
        seen.add(config.origin)
        for problem in config.problems:
            print(f"{config.origin}: warning: [tool.scalawasi.checks]: {problem}; ignored", file=sys.stderr)


def _cmd_lsp(options: argparse.Namespace, _extra: list[str]) -> int:
    try:
        import scalawasi.server as server
    except ImportError:
        server = None
    entry = getattr(server, "main", None)
    if not callable(entry):
        print("scalawasi: the language server is not yet available", file=sys.stderr)
        return EXIT_USAGE
    import inspect

    status = entry([]) if inspect.signature(entry).parameters else entry()
    return status if isinstance(status, int) else 0


# --- helpers --------------------------------------------------------------------------------------------------


def _read(path: str) -> str:
    """The file's text; bytes that are not UTF-8 are kept (as lone surrogates) for an `invalid-encoding`
    diagnostic at their place, so the rest of the file is still checked."""
    from .source import decode_utf8

    try:
        return decode_utf8(Path(path).read_bytes())
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CliError(f"{path}: is a directory, not a source file") from None
    except OSError as e:
        raise CliError(f"{path}: cannot read: {e.strerror or e}") from None


def _write(path: Path, data: bytes) -> None:
    """Writes atomically: a temporary file beside path, then a rename over it. Killed midway, the previous output
    stays whole (a truncated module can still validate and run when the cut falls between sections)."""
    temporary = None
    try:
        # (not tempfile.mkstemp: importing tempfile, and random with it, is a tenth of a small build's start-up)
        candidate = path.parent / f".{path.name}.{os.urandom(6).hex()}.tmp"
        fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        temporary = str(candidate)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temporary, _new_file_mode(path))
        os.replace(temporary, path)
        temporary = None
    except OSError as e:
        raise CliError(f"{path}: cannot write: {e.strerror or e}") from None
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass


def _new_file_mode(path: Path) -> int:
    """The mode the file would have had if written in place: the old file's, else 0666 less the umask."""
    import stat

    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


class _Inputs:
    """The program a command works on: the files named (folders expanded) or the project's, with their texts."""

    def __init__(self, texts: dict[str, str], project, named: list[str]) -> None:
        from .source import SourceText

        self.texts = texts
        self.project = project
        self.named = named
        self.sources = {path: SourceText(text, path) for path, text in texts.items()}

    @property
    def single_file(self) -> str | None:
        return self.named[0] if len(self.named) == 1 and len(self.texts) == 1 and Path(self.named[0]).is_file() \
            else None

    @property
    def label(self) -> str:
        """How messages name the program: its one file, or the project's root, or the inputs."""
        if self.single_file:
            return self.single_file
        if not self.named and self.project is not None:
            return str(self.project.root)
        return " ".join(self.named)

    @property
    def program_name(self) -> str:
        if self.single_file:
            return Path(self.single_file).stem
        return self.project.name if self.project is not None else Path(self.named[0]).resolve().name

    @property
    def default_output(self) -> Path:
        if self.single_file:
            return Path(self.single_file).with_suffix(".wasm")
        if self.project is not None:
            self.project.default_output.parent.mkdir(parents=True, exist_ok=True)
            return self.project.default_output
        return Path(f"{self.program_name}.wasm")


def _inputs(options: argparse.Namespace) -> _Inputs:
    from .project import ProjectError, find_project
    from .units import SourceError, scala_files

    named = list(options.files)
    try:
        if named:
            paths = scala_files(named)
            try:  # the files named are the program; a project around them only lends its main and options
                project = find_project(Path(named[0]).parent if Path(named[0]).is_file() else named[0])
            except ProjectError:
                project = None  # unreadable or untrusted: the check severities' loader says so
        else:
            project = find_project(Path.cwd())
            if project is None:
                raise CliError("no files named and no project here: name .scala files or folders, or start a "
                               "project with `scalawasi init` (a scalawasi.toml, or [tool.scalawasi] in "
                               "pyproject.toml)")
            paths = project.files()
    except (SourceError, ProjectError) as e:
        raise CliError(str(e)) from None
    return _Inputs({path: _read(path) for path in paths}, project, named)


def _build(inputs: _Inputs, options: argparse.Namespace):
    from . import api

    project = inputs.project
    main_object = getattr(options, "main", None) or (project.main if project is not None else None)
    unchecked = options.unchecked or (project.unchecked if project is not None else False)
    build_options = api.BuildOptions(unchecked=unchecked, main_object=main_object,
                                     strip=getattr(options, "strip", False),
                                     optimize=not getattr(options, "no_optimize", False))
    cache = _build_cache(inputs, options)
    try:
        if cache is None:
            return _compiler_call(lambda: api.build_files(inputs.texts, build_options))
        return _compiler_call(lambda: api.build_files(inputs.texts, build_options, cache=cache))
    finally:
        if cache is not None:
            cache.close()


def _build_cache(inputs: _Inputs, options: argparse.Namespace):
    """The project's `.scalawasi/` when the command builds a project (no files named) and --no-cache is not given.
    Files named on the command line are a program of their own: no cache folder appears beside them."""
    if inputs.named or inputs.project is None or getattr(options, "no_cache", False):
        return None
    from .build_cache import BuildCache

    # WAT is printed from the module value, which a cached module does not keep: only the files' trees are reused.
    needs_module = options.handler is _cmd_wat or bool(getattr(options, "wat", None))
    return BuildCache(inputs.project.root, modules=not needs_module)


def _wat_text(result) -> str:
    return _compiler_call(lambda: result.wat)


def _compiler_call(thunk):
    """Runs a compiler entry point; a crash inside the compiler becomes one line (the traceback on request)."""
    try:
        return thunk()
    except (CliError, KeyboardInterrupt):
        raise
    except Exception as e:  # noqa: BLE001 - an internal error must not look like a user's mistake
        if os.environ.get("SCALAWASI_TRACEBACK"):
            import traceback

            traceback.print_exc()
        hint = "" if os.environ.get("SCALAWASI_TRACEBACK") else " (set SCALAWASI_TRACEBACK=1 to see where)"
        raise CliError(f"internal compiler error: {type(e).__name__}: {e}{hint}", EXIT_INTERNAL) from None


def _print_diagnostics(sources: dict, diagnostics) -> None:
    """Diagnostics of a program, file by file in the files' order (each is local to its file, `Diagnostic.path`)."""
    if not diagnostics:
        return
    from .render import render_text

    order = {path: i for i, path in enumerate(sources)}
    first = next(iter(sources.values()), None)
    for diag in sorted(diagnostics, key=lambda d: (order.get(d.path, -1), d.span.start, d.span.end, d.code)):
        source = sources.get(diag.path, first)
        if source is not None:
            sys.stderr.write(render_text(diag, source, sources))
    sys.stderr.flush()


def _failed(path: str, diagnostics) -> int:
    from .render import render_summary

    count = render_summary(diagnostics) or "errors"
    print(f"scalawasi: {path} does not compile ({count})", file=sys.stderr)
    return 1


def _emit(stream, data: bytes) -> None:
    if data:
        stream.flush()
        stream.buffer.write(data) if hasattr(stream, "buffer") else stream.write(data.decode("utf-8", "replace"))
        stream.flush()


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass


def _version() -> str:
    from .version import VERSION  # not importlib.metadata: that import alone costs more than a small build

    return VERSION


def console_main() -> int:
    """The `scalawasi` command: one compilation, then the process ends, so the cyclic collector stays off (it would
    only walk the compiler's objects, the typed prelude above all, to free nothing the exit does not free). Only
    here, not in main(): a caller that runs main() in its own process (the tests, an embedding tool) keeps its
    collector, and the language server schedules its own collections."""
    argv = sys.argv[1:]
    if argv and argv[0] == "lsp":
        return main(argv)
    gc.disable()
    return _exit_at_once(main(argv))


def _exit_at_once(code: int) -> int:
    """End the process without tearing its heap down. Freeing the compiler's objects one by one at interpreter exit
    (the typed program, the module, the prelude) took about 0.45 s of CPU after every build of a 20,000-line
    project, a fifth of its time, to give back memory the exit gives back anyway. The exit handlers still run and
    the output is flushed; a process with a thread still working (none is, after a command) ends normally."""
    import atexit
    import threading

    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        return code
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code if isinstance(code, int) else 1)


if __name__ == "__main__":
    sys.exit(console_main())
