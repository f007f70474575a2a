"""The `scalawasi` command: build, run, print WAT, check, and start the language server."""
from __future__ import annotations

import argparse
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

    build = sub.add_parser("build", help="compile FILE to a .wasm module", description="Compile FILE to a WASI "
                           "command module (WasmGC + linear memory). Warnings and errors go to stderr.")
    build.add_argument("file", metavar="FILE", help="a .scala source file")
    build.add_argument("-o", "--output", metavar="OUT.wasm", help="where to write the module (default: FILE with "
                       "the extension .wasm)")
    build.add_argument("--wat", metavar="OUT.wat", help="also write the module as WebAssembly text")
    build.add_argument("--unchecked", action="store_true", help="drop the bounds checks of MemorySegment accesses")
    build.add_argument("--strip", action="store_true", help="leave out the name section (function and local "
                       "names): a smaller module, but traps and tools show indices instead of names")
    build.set_defaults(handler=_cmd_build)

    run_usage = ("scalawasi run [-h] [--unchecked] [--time-limit SECONDS] [--memory-limit MIB] [--stack-size KIB] "
                 "FILE [-- ARGS...]")
    run = sub.add_parser("run", help="compile and run FILE", usage=run_usage,
                         description="Compile FILE and run it under wasmtime. The program's stdin, stdout and "
                         "stderr are this command's; its exit status is this command's. Arguments after `--` are "
                         "passed to the program unchanged. When FILE does not compile, its diagnostics go to "
                         "stderr and the status is 1.")
    run.add_argument("file", metavar="FILE", help="a .scala source file")
    run.add_argument("args", nargs="*", metavar="ARGS", help="arguments for the program (put them after `--`)")
    run.add_argument("--unchecked", action="store_true", help="drop the bounds checks of MemorySegment accesses")
    run.add_argument("--time-limit", type=_positive(float, "SECONDS"), metavar="SECONDS",
                     help="stop the program after this much wall time, also when it waits in a host call (reading "
                     "stdin, sleeping)")
    run.add_argument("--memory-limit", type=_positive(int, "MIB"), metavar="MIB",
                     help="cap linear memory and the GC heap (default: a quarter of physical memory, as the JVM "
                     "caps its heap)")
    run.add_argument("--stack-size", type=_positive(int, "KIB"), metavar="KIB",
                     help="stack for Wasm frames; deeper recursion is a StackOverflowError (default: wasmtime's "
                     "512 KiB, about 16,000 frames of a small recursive method; at most 1048576 KiB)")
    run.set_defaults(handler=_cmd_run)

    wat = sub.add_parser("wat", help="print FILE's module as WebAssembly text",
                         description="Compile FILE and print the module in the WebAssembly text format to stdout.")
    wat.add_argument("file", metavar="FILE", help="a .scala source file")
    wat.add_argument("--unchecked", action="store_true", help="drop the bounds checks of MemorySegment accesses")
    wat.set_defaults(handler=_cmd_wat)

    check = sub.add_parser("check", help="report diagnostics without generating code",
                           description="Parse and type-check each FILE and report its diagnostics: as text on "
                           "stderr, with --format json as one JSON array on stdout, or with --format sarif as "
                           "one SARIF 2.1.0 log on stdout. Exit status 1 when any error was found, else 0.")
    check.add_argument("files", nargs="+", metavar="FILE", help=".scala source files")
    check.add_argument("--format", choices=("text", "json", "sarif"), default="text",
                       help="output format (default: text)")
    check.set_defaults(handler=_cmd_check)

    lsp = sub.add_parser("lsp", help="start the language server on stdin/stdout",
                         description="Start the scalawasi language server, speaking LSP over stdin/stdout.")
    lsp.add_argument("--stdio", action="store_true", help="use stdin/stdout (the default and only transport)")
    lsp.set_defaults(handler=_cmd_lsp)
    return parser


# --- commands -------------------------------------------------------------------------------------------------


def _cmd_build(options: argparse.Namespace, _extra: list[str]) -> int:
    source, result = _build(options.file, options.unchecked, strip=options.strip)
    _print_diagnostics(source, result.diagnostics)
    if not result.ok:
        return _failed(options.file, result.diagnostics)
    output = Path(options.output) if options.output else Path(options.file).with_suffix(".wasm")
    _write(output, result.wasm)
    if options.wat:
        _write(Path(options.wat), _wat_text(result).encode("utf-8"))
    return 0


def _cmd_run(options: argparse.Namespace, program_args: list[str]) -> int:
    from .runtime import ModuleError, run_module
    from .runtime.limits import MAX_WASM_STACK, HardDeadline, default_memory_limit

    source, result = _build(options.file, options.unchecked)
    if not result.ok:
        _print_diagnostics(source, result.diagnostics)  # warnings stay quiet: stderr belongs to the program
        return _failed(options.file, result.diagnostics)
    stack_size = options.stack_size * 1024 if options.stack_size else None
    if stack_size is not None and stack_size > MAX_WASM_STACK:
        raise CliError(f"--stack-size: at most {MAX_WASM_STACK // 1024} KiB")
    _flush()
    try:
        # The epoch deadline stops Wasm code; a program blocked in the host (stdin, poll_oneoff) is ended here.
        with HardDeadline(options.time_limit, _time_limit_exceeded):
            outcome = run_module(
                result.wasm,
                args=[*options.args, *program_args],
                env=None,
                program_name=Path(options.file).stem,
                time_limit=options.time_limit,
                memory_limit=(options.memory_limit * 1024 * 1024 if options.memory_limit else default_memory_limit()),
                stack_size=stack_size,
                span_of_offset=result.span_at_offset,
                inherit_stdio=True,
            )
    except ModuleError as e:
        raise CliError(f"{options.file}: the compiled module does not run: {e}", EXIT_INTERNAL) from None
    _emit(sys.stdout, outcome.stdout)
    _emit(sys.stderr, outcome.stderr)
    trap = outcome.trap
    if trap is not None and trap.span is not None:
        # Where it happened, in the shape of the JVM's stack-trace line: the function and the source position.
        where = source.position(trap.span.start)
        _emit(sys.stderr, f"\tat {trap.function} ({options.file}:{where.line}:{where.column})\n".encode())
    return outcome.exit_code


def _time_limit_exceeded() -> None:
    from .runtime.runner import TIME_LIMIT_MESSAGE

    os.write(2, f"{TIME_LIMIT_MESSAGE}\n".encode())


def _positive(kind, metavar: str):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{metavar} must be a number, not {text!r}") from None
        if not 0 < value < 1e12:
            raise argparse.ArgumentTypeError(f"{metavar} must be a positive number, not {text!r}")
        return value

    return parse


def _cmd_wat(options: argparse.Namespace, _extra: list[str]) -> int:
    source, result = _build(options.file, options.unchecked)
    _print_diagnostics(source, result.diagnostics)
    if not result.ok:
        return _failed(options.file, result.diagnostics)
    text = _wat_text(result)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def _cmd_check(options: argparse.Namespace, _extra: list[str]) -> int:
    from .api import analyze
    from .render import to_json_obj

    texts = {path: _read(path) for path in options.files}  # every file readable, or nothing is checked
    _report_config_problems(options.files)
    as_json: list[dict] = []
    checked = []  # (source, diagnostics) per file, for SARIF
    all_diagnostics = []
    for path, text in texts.items():
        analysis = _compiler_call(lambda: analyze(text, path))
        diagnostics = sorted(analysis.diagnostics, key=lambda d: (d.span.start, d.span.end, d.code))
        all_diagnostics += diagnostics
        if options.format == "json":
            as_json += [to_json_obj(d, analysis.source) for d in diagnostics]
        elif options.format == "sarif":
            checked.append((analysis.source, diagnostics))
        else:
            _print_diagnostics(analysis.source, diagnostics)
    if options.format in ("json", "sarif"):
        import json  # imported where needed: every module imported up front delays every build
    if options.format == "json":
        json.dump(as_json, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif options.format == "sarif":
        from .render import to_sarif

        json.dump(to_sarif(checked, _version()), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from .render import render_summary

        summary = render_summary(all_diagnostics)
        if summary:
            print(summary, file=sys.stderr)
    return 1 if any(d.is_error for d in all_diagnostics) else 0


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
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CliError(f"{path}: is a directory, not a source file") from None
    except UnicodeDecodeError as e:
        raise CliError(f"{path}: not UTF-8 text (byte {e.start})") from None
    except OSError as e:
        raise CliError(f"{path}: cannot read: {e.strerror or e}") from None


def _write(path: Path, data: bytes) -> None:
    """Writes atomically: a temporary file beside path, then a rename over it. Killed midway, the previous output
    stays whole (a truncated module can still validate and run when the cut falls between sections)."""
    import tempfile

    temporary = None
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
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


def _build(path: str, unchecked: bool, strip: bool = False):
    from .api import BuildOptions, build

    text = _read(path)
    result = _compiler_call(lambda: build(text, path, BuildOptions(unchecked=unchecked, strip=strip)))
    return result.source, result


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


def _print_diagnostics(source, diagnostics) -> None:
    if not diagnostics:
        return
    from .render import render_text

    for diag in sorted(diagnostics, key=lambda d: (d.span.start, d.span.end, d.code)):
        sys.stderr.write(render_text(diag, source))
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


if __name__ == "__main__":
    sys.exit(main())
