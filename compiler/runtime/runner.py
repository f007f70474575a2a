"""Runs a WASI preview1 command module under wasmtime-py: captured stdio, exit status, limits, traps in JVM words."""
from __future__ import annotations

import hashlib
import math
import os
import platform
import re
import sys
import tempfile
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

import wasmtime

from ..semantics.builtins import EXCEPTIONS
from ..source import Span
from .limits import HardDeadline, allow_wasm_stack, call_with_stack
from .module_cache import ModuleCache, UnsafeCache

TIME_LIMIT_MESSAGE = "time limit exceeded"
# Our name for wasmtime's "GC heap out of memory" (an error, not a trap code): the JVM's "Java heap space".
GC_HEAP_EXHAUSTED = "GC_HEAP_EXHAUSTED"

# What the JVM prints for the exception a trap stands for; the compiled code raises most Scala exceptions itself
# (printing and calling proc_exit(1)), so these are the fallback when Wasm's own checks fire first.
_JVM = 'Exception in thread "main" '
TRAP_MESSAGES: dict[str, str] = {
    "NULL_REFERENCE": _JVM + "java.lang.NullPointerException",
    "STACK_OVERFLOW": _JVM + "java.lang.StackOverflowError",
    "INTEGER_DIVISION_BY_ZERO": _JVM + "java.lang.ArithmeticException: / by zero",
    "ARRAY_OUT_OF_BOUNDS": _JVM + "java.lang.ArrayIndexOutOfBoundsException",
    "MEMORY_OUT_OF_BOUNDS": _JVM + "java.lang.IndexOutOfBoundsException: linear memory access out of bounds",
    "CAST_FAILURE": _JVM + "java.lang.ClassCastException",
    "ALLOCATION_TOO_LARGE": _JVM + "java.lang.OutOfMemoryError",
    GC_HEAP_EXHAUSTED: _JVM + "java.lang.OutOfMemoryError: Java heap space",
    "OUT_OF_FUEL": TIME_LIMIT_MESSAGE,
    "INTERRUPT": TIME_LIMIT_MESSAGE,
}

# The runtime's function that prints an uncaught exception's line and then traps with `unreachable`, so that the
# trap's frames still say where the program was (prelude/runtime.scala, Runtime.report).
REPORTED_FAILURE_FUNCTION = "Runtime.report"
# Functions of the runtime (the prelude and the hand-written helpers): a failure is located in their caller.
RUNTIME_FUNCTION_PREFIXES = ("Runtime.", "NumberFormat.", "rt.", "Throwables.", "Anys.", "anyTypes.", "cast.",
                             *(f"{name}." for name in EXCEPTIONS))
# A frame whose position wasmtime does not know reports this offset.
_UNKNOWN_OFFSET = 2**64 - 1
# Far enough in the future that a store without a time limit is never interrupted by other runs' ticks.
_NO_DEADLINE = 2**62
# With consume_fuel on, a store must have fuel; this is what a run without a fuel budget gets.
_UNLIMITED_FUEL = 2**63 - 1


class ModuleError(Exception):
    """The bytes are not a runnable WASI command (invalid module, unknown import, no `_start`)."""


@dataclass(frozen=True)
class TrapInfo:
    """A run that ended in a trap. `message` is the line appended to stderr; `detail` is wasmtime's own wording."""

    message: str
    code: str | None  # a wasmtime.TrapCode name, e.g. "INTEGER_DIVISION_BY_ZERO"; None for a non-trap failure
    function: str | None  # the function of the frame it happened in (from the name section)
    module_offset: int | None  # that frame's byte offset in the .wasm file
    span: Span | None  # that offset mapped back to source, when a span_of_offset was given
    detail: str = ""
    # True when the program itself reported the failure (the runtime printed the JVM-style line, then trapped
    # to stop with its stack intact): nothing is appended to stderr, and message is the line it printed.
    reported: bool = False


@dataclass
class RunResult:
    stdout: bytes
    stderr: bytes
    exit_code: int
    duration: float  # seconds, instantiation and `_start`
    trap: TrapInfo | None = None

    @property
    def timed_out(self) -> bool:
        return self.trap is not None and self.trap.code in ("OUT_OF_FUEL", "INTERRUPT")


class _ProcExit(Exception):
    """Raised by our proc_exit: unlike wasmtime's, it keeps statuses >= 126, which sys.exit(200) needs."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _EpochTicker:
    """One daemon thread that advances the epoch of every engine with a time-limited run in progress.

    A store's deadline is counted in ticks, so concurrent runs with different limits do not cut each other short.
    Ticks follow the wall clock: when the thread wakes late (a loaded machine), it advances the epoch by every
    tick that passed, so a limit of S seconds is S seconds of wall time, not S seconds of timely wake-ups.
    """

    TICK = 0.005
    MAX_CATCH_UP = 100_000  # ticks advanced in one pass at most (a suspended process wakes to a bounded loop)

    def __init__(self) -> None:
        self._cv = threading.Condition()
        self._active: dict[int, list] = {}  # id(engine) -> [engine, runs in progress, wall tick last advanced to]
        self._thread: threading.Thread | None = None
        self.nap = self.TICK  # how long the thread sleeps between passes (a test makes it oversleep)

    def ticks_for(self, seconds: float) -> int:
        return max(1, math.ceil(seconds / self.TICK)) + 1

    def _now(self) -> int:
        return int(time.monotonic() / self.TICK)

    def acquire(self, engine: wasmtime.Engine) -> None:
        with self._cv:
            entry = self._active.setdefault(id(engine), [engine, 0, self._now()])
            entry[1] += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="scalawasi-epoch", daemon=True)
                self._thread.start()
            self._cv.notify()

    def release(self, engine: wasmtime.Engine) -> None:
        with self._cv:
            entry = self._active[id(engine)]
            entry[1] -= 1
            if entry[1] <= 0:
                del self._active[id(engine)]

    def _loop(self) -> None:
        while True:
            with self._cv:
                while not self._active:
                    self._cv.wait()
            time.sleep(self.nap)
            with self._cv:
                now = self._now()
                due = []
                for entry in self._active.values():
                    due.append((entry[0], min(now - entry[2], self.MAX_CATCH_UP)))
                    entry[2] = now
            for engine, ticks in due:
                for _ in range(ticks):
                    engine.increment_epoch()


@dataclass(frozen=True)
class EngineOptions:
    """Everything about an engine's configuration that changes the machine code it compiles."""

    fuel: bool = False
    max_wasm_stack: int | None = None  # bytes of native stack for Wasm frames; None is wasmtime's default

    def fingerprint(self) -> str:
        """What a cached compiled module is keyed by, beside its digest and wasmtime's version."""
        return (f"epoch=1;fuel={int(self.fuel)};stack={self.max_wasm_stack or 'default'};"
                f"arch={platform.machine()};os={sys.platform}")


class _Runtime:
    """The engines (one per configuration, made on first use), their linkers and a compiled-module cache."""

    CACHE_SIZE = 32

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._engines: dict[EngineOptions, tuple[wasmtime.Engine, wasmtime.Linker]] = {}
        self._modules: OrderedDict[tuple[EngineOptions, bytes], wasmtime.Module] = OrderedDict()
        self._exit = threading.local()
        self.ticker = _EpochTicker()

    def engine(self, options: EngineOptions) -> tuple[wasmtime.Engine, wasmtime.Linker]:
        with self._lock:
            if options not in self._engines:
                config = wasmtime.Config()
                config.epoch_interruption = True
                config.wasm_exceptions = True  # try/catch/finally: try_table, throw, throw_ref
                config.wasm_tail_call = True  # self-calls in tail position: return_call (lowering/tailcalls.py)
                config.consume_fuel = options.fuel
                if options.max_wasm_stack is not None:
                    allow_wasm_stack(config, options.max_wasm_stack)
                    config.max_wasm_stack = options.max_wasm_stack
                engine = wasmtime.Engine(config)
                linker = wasmtime.Linker(engine)
                linker.define_wasi()
                linker.allow_shadowing = True
                exit_type = wasmtime.FuncType([wasmtime.ValType.i32()], [])
                linker.define_func("wasi_snapshot_preview1", "proc_exit", exit_type, _proc_exit)
                self._engines[options] = (engine, linker)
            return self._engines[options]

    def module(self, options: EngineOptions, wasm: bytes, disk: ModuleCache | None = None) -> wasmtime.Module:
        """The compiled module: from memory, from the user's on-disk cache when one is given, or compiled now."""
        key = (options, hashlib.sha256(wasm).digest())
        with self._lock:
            cached = self._modules.get(key)
            if cached is not None:
                self._modules.move_to_end(key)
                return cached
        engine, _ = self.engine(options)
        disk_key = ModuleCache.key(wasm, options.fingerprint()) if disk is not None else ""
        module = _load_cached(disk, engine, disk_key)
        if module is None:
            try:
                module = wasmtime.Module(engine, wasm)
            except wasmtime.WasmtimeError as e:
                raise ModuleError(f"invalid module: {_last_line(str(e))}") from None
            _store_cached(disk, disk_key, module)
        with self._lock:
            self._modules[key] = module
            while len(self._modules) > self.CACHE_SIZE:
                self._modules.popitem(last=False)
        return module


def _load_cached(disk: ModuleCache | None, engine: wasmtime.Engine, key: str) -> wasmtime.Module | None:
    if disk is None:
        return None
    try:
        return disk.load(engine, key)
    except (UnsafeCache, OSError) as e:  # refused: compiled again, and said
        disk.problems.append(str(e))
        return None


def _store_cached(disk: ModuleCache | None, key: str, module: wasmtime.Module) -> None:
    if disk is None:
        return
    try:
        disk.store(key, module)
    except (UnsafeCache, OSError, wasmtime.WasmtimeError) as e:
        disk.problems.append(f"cannot store a compiled module: {e}")


def _proc_exit(status: int) -> None:
    raise _ProcExit(status)


_RUNTIME = _Runtime()


def run_module(
    wasm: bytes,
    *,
    args: list[str] | tuple[str, ...] = (),
    env: dict[str, str] | None = None,
    stdin: bytes = b"",
    program_name: str = "main",
    time_limit: float | None = None,
    memory_limit: int | None = None,
    fuel: int | None = None,
    span_of_offset: Callable[[int], Span | None] | None = None,
    inherit_stdio: bool = False,
    module_cache: ModuleCache | None = None,
    stack_size: int | None = None,
    on_host_overrun: Callable[[], None] | None = None,
) -> RunResult:
    """Instantiate a WASI command module and call `_start`.

    The exit status is what the program passed to proc_exit (0 when `_start` returns). A trap ends the run with
    status 1 and a one-line JVM-style message appended to stderr. `time_limit` is wall-clock seconds, `fuel` a
    budget of wasmtime fuel (about 1.8 G a second), `memory_limit` caps linear memory and the GC heap in bytes
    (memory.grow past it returns -1). With `inherit_stdio` the program reads and writes this process's own
    stdin/stdout/stderr, and the result's stdout/stderr hold only what the runner adds (the trap line).
    `module_cache` (a verified per-user ModuleCache) keeps the compiled machine code across processes; what it
    refused is appended to its `problems`. `stack_size` is the bytes of native stack Wasm frames may use (None:
    wasmtime's 512 KiB); deeper recursion traps as StackOverflowError. `on_host_overrun`, with a time limit, is
    called and the process ended when the program is still running half a second past the limit, which happens
    only in a host call (a blocking read of stdin, a `poll_oneoff` sleep) that the epoch deadline cannot reach.
    Raises ModuleError when the bytes are not a runnable WASI command.
    """
    metered = fuel is not None
    options = EngineOptions(fuel=metered, max_wasm_stack=stack_size)
    engine, linker = _RUNTIME.engine(options)
    module = _RUNTIME.module(options, wasm, module_cache)
    wasi = wasmtime.WasiConfig()
    wasi.argv = [program_name, *args]
    wasi.env = sorted((env or {}).items())
    if inherit_stdio:  # no files of our own: a worker killed mid-run leaves nothing behind
        wasi.inherit_stdin()
        wasi.inherit_stdout()
        wasi.inherit_stderr()
        exit_code, trap, duration = _run_in_store(engine, linker, module, wasi, time_limit, memory_limit, fuel,
                                                  stack_size, span_of_offset, on_host_overrun)
        stdout, stderr = b"", b""
    else:
        with tempfile.TemporaryDirectory(prefix="scalawasi-run-") as tmp:
            out_path, err_path, in_path = (os.path.join(tmp, name) for name in ("stdout", "stderr", "stdin"))
            Path(in_path).write_bytes(stdin)
            wasi.stdin_file = in_path
            wasi.stdout_file = out_path
            wasi.stderr_file = err_path
            exit_code, trap, duration = _run_in_store(engine, linker, module, wasi, time_limit, memory_limit,
                                                      fuel, stack_size, span_of_offset, on_host_overrun)
            stdout, stderr = Path(out_path).read_bytes(), Path(err_path).read_bytes()

    if trap is not None and trap.reported:
        printed = [line for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
        trap = replace(trap, message=printed[-1] if printed else trap.message)
    elif trap is not None:
        if stderr and not stderr.endswith(b"\n"):
            stderr += b"\n"
        stderr += trap.message.encode("utf-8") + b"\n"
    return RunResult(stdout, stderr, exit_code, duration, trap)


def _run_in_store(engine: wasmtime.Engine, linker: wasmtime.Linker, module: wasmtime.Module,
                  wasi: wasmtime.WasiConfig, time_limit: float | None, memory_limit: int | None, fuel: int | None,
                  stack_size: int | None, span_of_offset: Callable[[int], Span | None] | None,
                  on_host_overrun: Callable[[], None] | None) -> tuple[int, TrapInfo | None, float]:
    """Instantiates the module in a fresh store with the limits and runs `_start`: (status, trap, seconds)."""
    store = wasmtime.Store(engine)
    store.set_wasi(wasi)
    if memory_limit is not None:
        store.set_limits(memory_size=memory_limit)
    if fuel is not None:
        store.set_fuel(fuel)
    ticking = time_limit is not None
    store.set_epoch_deadline(_RUNTIME.ticker.ticks_for(time_limit) if ticking else _NO_DEADLINE)

    def instantiate_and_start() -> tuple[int, TrapInfo | None]:
        try:
            instance = linker.instantiate(store, module)
        except wasmtime.WasmtimeError as e:
            raise ModuleError(f"cannot instantiate: {_last_line(str(e))}") from None
        except wasmtime.Trap as e:  # a trapping start function
            return 1, _trap_info(e, span_of_offset)
        entry = instance.exports(store).get("_start")
        if not isinstance(entry, wasmtime.Func):
            raise ModuleError("the module exports no `_start` function")
        return _call_start(store, entry, span_of_offset)

    start = time.perf_counter()
    if ticking:
        _RUNTIME.ticker.acquire(engine)
    try:
        with HardDeadline(time_limit if on_host_overrun else None, on_host_overrun or (lambda: None)):
            exit_code, trap = call_with_stack(stack_size, instantiate_and_start)
    finally:
        duration = time.perf_counter() - start
        if ticking:
            _RUNTIME.ticker.release(engine)
        store.close()  # closes the WASI files before they are read
    return exit_code, trap, duration


def _call_start(
    store: wasmtime.Store, entry: wasmtime.Func, span_of_offset: Callable[[int], Span | None] | None
) -> tuple[int, TrapInfo | None]:
    try:
        entry(store)
    except _ProcExit as e:
        return e.status & 0xFF, None  # what a POSIX parent sees, as on the JVM: sys.exit(-1) is 255
    except wasmtime.ExitTrap as e:
        return e.code & 0xFF, None
    except wasmtime.Trap as e:
        return 1, _trap_info(e, span_of_offset)
    except wasmtime.WasmtimeError as e:
        # Not a trap: the GC heap ran out (the allocating frame is only in the text's backtrace), or e.g. a WASI
        # call that found no exported memory, reported as wasmtime words it.
        text = str(e)
        detail = _last_line(text)
        code = GC_HEAP_EXHAUSTED if "GC heap out of memory" in detail else None
        return 1, _failure(code, detail, _backtrace_frames(text), span_of_offset)
    return 0, None


# A frame line of wasmtime's error text: "    0:    0x14d - scalawasi!Grow.main"
_BACKTRACE_FRAME = re.compile(r"^\s*\d+:\s+0x([0-9a-f]+) - (?:[^!\n]*!)?(.*)$", re.MULTILINE)


def _backtrace_frames(text: str) -> list[tuple[str | None, int]]:
    return [(name.strip() or None, int(offset, 16)) for offset, name in _BACKTRACE_FRAME.findall(text)]


def _trap_info(trap: wasmtime.Trap, span_of_offset: Callable[[int], Span | None] | None) -> TrapInfo:
    code = trap.trap_code.name if trap.trap_code is not None else None
    detail = _last_line(trap.message).removeprefix("wasm trap: ")
    frames = [(f.func_name or f"func[{f.func_index}]", f.module_offset) for f in trap.frames or ()
              if f.module_offset not in (None, _UNKNOWN_OFFSET)]
    return _failure(code, detail, frames, span_of_offset)


# Traps that stand for exceptions (not Errors): escaping an object's initializer, the JVM wraps them in
# ExceptionInInitializerError, as Runtime.report does for the exceptions the program raises itself.
_WRAPPED_IN_INITIALIZERS = frozenset({"NULL_REFERENCE", "INTEGER_DIVISION_BY_ZERO", "ARRAY_OUT_OF_BOUNDS",
                                      "MEMORY_OUT_OF_BOUNDS", "CAST_FAILURE"})
INITIALIZER_SUFFIX = ".<clinit>"  # the name-section name of an object's initializer (lowering/objects.py)


def _failure(code: str | None, detail: str, frames: list[tuple[str | None, int]],
             span_of_offset: Callable[[int], Span | None] | None) -> TrapInfo:
    """A trap (or GC-heap exhaustion) in the JVM's words, at the innermost frame of the program's own code."""
    message = TRAP_MESSAGES.get(code or "", f"wasm trap: {detail}")
    if code in _WRAPPED_IN_INITIALIZERS and any((f[0] or "").endswith(INITIALIZER_SUFFIX) for f in frames):
        message = (_JVM + "java.lang.ExceptionInInitializerError\n"
                   + "Caused by: " + message.removeprefix(_JVM))
    reported = code == "UNREACHABLE" and bool(frames) and frames[0][0] == REPORTED_FAILURE_FUNCTION
    # Where it happened for the programmer: the innermost frame of their own code, not of the runtime's.
    frame = next((f for f in frames if not (f[0] or "").startswith(RUNTIME_FUNCTION_PREFIXES)),
                 frames[0] if frames else None)
    function, offset = frame if frame is not None else (None, None)
    span = span_of_offset(offset) if span_of_offset is not None and offset is not None else None
    return TrapInfo(message, code, function, offset, span, detail, reported)


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else text
