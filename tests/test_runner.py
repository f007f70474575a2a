"""The WASI runner on hand-written modules: stdio, arguments, exit statuses, traps, limits."""
from __future__ import annotations

import wasmtime
import pytest

from scalawasi.compiler.runtime import ModuleError, run_module
from scalawasi.compiler.source import Span

WASI = "wasi_snapshot_preview1"
IMPORTS = f"""
  (import "{WASI}" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "{WASI}" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "{WASI}" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "{WASI}" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "{WASI}" "proc_exit" (func $proc_exit (param i32)))
  (import "{WASI}" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; write(fd, ptr, len) through an iovec at 0..8 and an nwritten slot at 8
  (func $write (param $fd i32) (param $ptr i32) (param $len i32)
    (i32.store (i32.const 0) (local.get $ptr))
    (i32.store (i32.const 4) (local.get $len))
    (drop (call $fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8))))
"""


def wasi_module(body: str) -> bytes:
    return wasmtime.wat2wasm(f"(module {IMPORTS} {body})")


def test_hello_via_fd_write():
    wasm = wasi_module("""
      (data (i32.const 100) "Hello from WASI!\\n")
      (func (export "_start") (call $write (i32.const 1) (i32.const 100) (i32.const 17)))""")
    result = run_module(wasm)
    assert (result.stdout, result.stderr, result.exit_code, result.trap) == (b"Hello from WASI!\n", b"", 0, None)
    assert result.duration > 0


def test_stderr_is_separate():
    wasm = wasi_module("""
      (data (i32.const 100) "oops\\n")
      (func (export "_start") (call $write (i32.const 2) (i32.const 100) (i32.const 5)))""")
    result = run_module(wasm)
    assert (result.stdout, result.stderr) == (b"", b"oops\n")


ECHO_ARGS = """
  ;; prints every argv entry (program name included) on its own line
  (func (export "_start") (local $argc i32) (local $i i32) (local $p i32) (local $n i32)
    (drop (call $args_sizes_get (i32.const 16) (i32.const 20)))
    (local.set $argc (i32.load (i32.const 16)))
    (drop (call $args_get (i32.const 1024) (i32.const 4096)))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (local.get $argc)))
      (local.set $p (i32.load (i32.add (i32.const 1024) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $n (i32.const 0))
      (block $end (loop $len
        (br_if $end (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $n)))))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br $len)))
      (i32.store8 (i32.add (local.get $p) (local.get $n)) (i32.const 10))
      (call $write (i32.const 1) (local.get $p) (i32.add (local.get $n) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next))))
"""


def test_args_reach_the_program_after_its_name():
    result = run_module(wasi_module(ECHO_ARGS), args=["alpha", "béta", ""], program_name="prog")
    assert result.stdout == "prog\nalpha\nbéta\n\n".encode()
    assert result.exit_code == 0


def test_stdin_via_fd_read():
    wasm = wasi_module("""
      ;; copies stdin to stdout in chunks of up to 64 bytes
      (func (export "_start") (local $n i32)
        (loop $more
          (i32.store (i32.const 0) (i32.const 200))
          (i32.store (i32.const 4) (i32.const 64))
          (drop (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
          (local.set $n (i32.load (i32.const 8)))
          (if (local.get $n) (then
            (call $write (i32.const 1) (i32.const 200) (local.get $n))
            (br $more)))))""")
    data = bytes(range(256)) * 3
    assert run_module(wasm, stdin=data).stdout == data
    assert run_module(wasm).stdout == b""


@pytest.mark.parametrize("status", [0, 3, 125, 126, 200, 255])
def test_exit_status_from_proc_exit(status):
    wasm = wasi_module(f"""
      (data (i32.const 100) "before\\n")
      (func (export "_start")
        (call $write (i32.const 1) (i32.const 100) (i32.const 7))
        (call $proc_exit (i32.const {status}))
        (call $write (i32.const 1) (i32.const 100) (i32.const 7)))""")
    result = run_module(wasm)
    assert (result.stdout, result.stderr, result.exit_code, result.trap) == (b"before\n", b"", status, None)


def test_negative_exit_status_wraps_like_posix():
    result = run_module(wasi_module('(func (export "_start") (call $proc_exit (i32.const -1)))'))
    assert result.exit_code == 255


JVM = 'Exception in thread "main" '


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        ("(drop (i32.div_s (i32.const 1) (i32.const 0)))", "INTEGER_DIVISION_BY_ZERO",
         JVM + "java.lang.ArithmeticException: / by zero"),
        ("(drop (struct.get $box 0 (ref.null $box)))", "NULL_REFERENCE", JVM + "java.lang.NullPointerException"),
        ("(call $recurse)", "STACK_OVERFLOW", JVM + "java.lang.StackOverflowError"),
        ("(drop (array.get $ints (array.new_default $ints (i32.const 2)) (i32.const 5)))", "ARRAY_OUT_OF_BOUNDS",
         JVM + "java.lang.ArrayIndexOutOfBoundsException"),
        ("(drop (i32.load (i32.const 70000)))", "MEMORY_OUT_OF_BOUNDS",
         JVM + "java.lang.IndexOutOfBoundsException: linear memory access out of bounds"),
        ("(drop (ref.cast (ref $box) (ref.i31 (i32.const 1))))", "CAST_FAILURE", JVM + "java.lang.ClassCastException"),
        ("unreachable", "UNREACHABLE", "wasm trap: wasm `unreachable` instruction executed"),
    ],
)
def test_trap_becomes_a_jvm_style_line_and_status_1(body, code, message):
    wasm = wasi_module(f"""
      (type $box (struct (field i32)))
      (type $ints (array (mut i32)))
      (data (i32.const 100) "partial")
      (func $recurse (call $recurse))
      (func $fail {body})
      (func (export "_start")
        (call $write (i32.const 2) (i32.const 100) (i32.const 7))
        (call $fail))""")
    result = run_module(wasm)
    assert result.exit_code == 1
    # the program's own stderr is kept, and the trap line starts on a line of its own
    assert result.stderr == b"partial\n" + message.encode() + b"\n"
    assert result.trap is not None and result.trap.code == code and result.trap.message == message
    assert result.trap.module_offset is not None
    assert result.trap.function in ("fail", "recurse")


def test_trap_offset_maps_to_a_span():
    wasm = wasi_module('(func $fail (export "_start") (drop (i32.div_u (i32.const 1) (i32.const 0))))')
    seen: list[int] = []

    def span_of_offset(offset: int) -> Span:
        seen.append(offset)
        return Span(offset, offset + 1)

    result = run_module(wasm, span_of_offset=span_of_offset)
    assert result.trap is not None and result.trap.function == "fail"
    assert seen == [result.trap.module_offset]
    assert result.trap.span == Span(seen[0], seen[0] + 1)
    # the offset points into the code section of this very module
    assert 0 < result.trap.module_offset < len(wasm)


INFINITE = '(func (export "_start") (loop $forever (br $forever)))'


def test_time_limit_stops_an_infinite_loop():
    result = run_module(wasi_module(INFINITE), time_limit=0.2)
    assert result.exit_code == 1 and result.timed_out
    assert result.trap.code == "INTERRUPT"
    assert result.stderr == b"time limit exceeded\n"
    assert 0.15 < result.duration < 5


def test_the_time_limit_is_wall_clock_when_the_ticker_wakes_late(monkeypatch):
    """On a loaded machine the epoch thread oversleeps; the limit still counts wall time, not wake-ups."""
    from scalawasi.compiler.runtime import runner

    monkeypatch.setattr(runner._RUNTIME.ticker, "nap", 0.1)  # 20 ticks late each pass
    result = run_module(wasi_module(INFINITE), time_limit=0.5)
    assert result.timed_out
    assert result.duration < 0.5 + 1.0, "a 0.5 s time limit held for more than 1.5 s of wall time"


def test_fuel_limit_stops_an_infinite_loop():
    result = run_module(wasi_module(INFINITE), fuel=1_000_000)
    assert result.trap is not None and result.trap.code == "OUT_OF_FUEL"
    assert (result.exit_code, result.stderr) == (1, b"time limit exceeded\n")


def test_runs_without_limits_after_a_limited_run_are_not_interrupted():
    hello = wasi_module("""
      (data (i32.const 100) "ok\\n")
      (func (export "_start") (call $write (i32.const 1) (i32.const 100) (i32.const 3)))""")
    run_module(wasi_module(INFINITE), time_limit=0.05)
    assert run_module(hello).stdout == b"ok\n"
    assert run_module(hello, time_limit=5).stdout == b"ok\n"
    assert run_module(hello, fuel=10_000).stdout == b"ok\n"


GROW = """
  ;; exits with 0 when memory.grow of 16 pages fails (returns -1), 1 when it succeeds
  (func (export "_start")
    (call $proc_exit (i32.ne (memory.grow (i32.const 16)) (i32.const -1))))
"""


def test_memory_limit_makes_memory_grow_fail():
    wasm = wasi_module(GROW)
    assert run_module(wasm, memory_limit=4 * 65536).exit_code == 0
    assert run_module(wasm).exit_code == 1


def test_a_megabyte_of_stdout():
    wasm = wasi_module("""
      ;; fills 64 KiB with 'x' and a newline every 64 bytes, then writes it 16 times
      (func (export "_start") (local $i i32)
        (memory.fill (i32.const 0) (i32.const 120) (i32.const 65536))
        (block $done (loop $nl
          (br_if $done (i32.ge_u (local.get $i) (i32.const 65536)))
          (i32.store8 (i32.add (local.get $i) (i32.const 63)) (i32.const 10))
          (local.set $i (i32.add (local.get $i) (i32.const 64)))
          (br $nl)))
        (drop (memory.grow (i32.const 1)))
        (local.set $i (i32.const 0))
        (block $end (loop $again
          (br_if $end (i32.ge_u (local.get $i) (i32.const 16)))
          (i32.store (i32.const 65536) (i32.const 0))
          (i32.store (i32.const 65540) (i32.const 65536))
          (drop (call $fd_write (i32.const 1) (i32.const 65536) (i32.const 1) (i32.const 65544)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $again))))""")
    result = run_module(wasm)
    assert len(result.stdout) == 1 << 20
    assert result.stdout == (b"x" * 63 + b"\n") * (1 << 14)


def test_environment_is_passed_when_given():
    wasm = wasi_module("""
      (func (export "_start")
        (drop (call $environ_sizes_get (i32.const 16) (i32.const 20)))
        (call $proc_exit (i32.load (i32.const 16))))""")
    assert run_module(wasm).exit_code == 0
    assert run_module(wasm, env={"A": "1", "B": "2"}).exit_code == 2


def test_not_a_command_is_a_module_error():
    with pytest.raises(ModuleError, match="invalid module"):
        run_module(b"\0asm\x01\0\0\0garbage")
    with pytest.raises(ModuleError, match="_start"):
        run_module(wasmtime.wat2wasm("(module)"))
    with pytest.raises(ModuleError, match="instantiate"):
        run_module(wasmtime.wat2wasm('(module (import "env" "nothing" (func)))'))


def test_compiled_modules_are_cached_by_content():
    from scalawasi.compiler.runtime import runner

    wasm = wasi_module('(func (export "_start") (nop))')
    run_module(wasm)
    before = len(runner._RUNTIME._modules)
    run_module(bytes(wasm))
    assert len(runner._RUNTIME._modules) == before


def test_a_failure_the_program_reports_keeps_its_line_and_points_at_the_program(tmp_path):
    """Runtime.report prints the JVM's line and traps: the runner adds nothing, exits 1, and locates the failure in
    the program's own code, not in the runtime function that reported it."""
    from scalawasi.compiler.api import build

    text = ("object Oob {\n  def main(args: Array[String]): Unit = {\n    val a = Array(1, 2, 3)\n"
            "    println(a(2))\n    println(a(args.length + 3))\n  }\n}\n")
    result = build(text, "oob.scala")
    assert result.ok
    run = run_module(result.wasm, span_of_offset=result.span_at_offset)
    assert run.exit_code == 1
    assert run.stdout == b"3\n"
    line = 'Exception in thread "main" java.lang.ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 3'
    assert run.stderr == (line + "\n").encode()
    assert run.trap is not None and run.trap.reported and run.trap.message == line
    assert run.trap.function == "Oob.main"
    assert result.source.position(run.trap.span.start).line == 5
