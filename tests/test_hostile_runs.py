"""`scalawasi run` holds its limits against programs written to beat them (issue 16): each test names its limit.

Compute loops are stopped by the epoch deadline, a program blocked in a host call (stdin, poll_oneoff) by the hard
deadline, memory by the store's limits (linear memory and the GC heap), recursion by the Wasm stack size.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scalawasi.compiler.api import build
from scalawasi.compiler.cli import main
from scalawasi.compiler.runtime import limits, run_module

from hostile_programs import GC_HEAP, LINEAR, PRINT, READ_STDIN, RECURSE, SLEEP

JVM = 'Exception in thread "main" '
# Seconds a `scalawasi run` process needs to start and compile before the program's own limit starts counting.
STARTUP_ALLOWANCE = 15.0

@pytest.fixture(scope="module")
def built():
    results = {}

    def get(source: str):
        if source not in results:
            results[source] = build(source, "Hostile.scala")
            assert results[source].ok, results[source].diagnostics
        return results[source]

    return get


def _scala(tmp_path: Path, source: str) -> Path:
    name = source.split("object ", 1)[1].split()[0]
    path = tmp_path / f"{name}.scala"
    path.write_text(source)
    return path


def _cli(tmp_path: Path, source: str, *options: str, stdin=subprocess.DEVNULL, timeout: float = 60):
    """Runs `scalawasi run` in a child process (a hard deadline ends the whole process): (status, out, err, s)."""
    path = _scala(tmp_path, source)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "scalawasi.compiler.cli", "run", *options, str(path)],
                            stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(timeout=timeout)
    finally:
        proc.kill()
    return proc.returncode, out, err.decode(), time.perf_counter() - started


# --- recursion: the Wasm stack ---------------------------------------------------------------------------------


def _depth(result) -> int:
    return int(result.stdout.decode().split()[-1]) if result.stdout.strip() else 0


def test_runaway_recursion_is_a_stack_overflow_error_at_the_default_depth(built):
    result = built(RECURSE)
    run = run_module(result.wasm, span_of_offset=result.span_at_offset)
    assert run.exit_code == 1 and run.trap.message == JVM + "java.lang.StackOverflowError"
    assert run.trap.span is not None  # located in `down`


def test_the_wasm_stack_size_sets_the_recursion_depth(built):
    """Deeper stacks allow deeper recursion; 64 MiB is far beyond the default 512 KiB (which stops near 16,000)."""
    probe = built(RECURSE.replace("println(down(0))", "println(down(0))").replace(
        "deepest = n\n", "deepest = n\n    if (n % 1000 == 0) println(n)\n"))
    depths = {}
    for stack in (None, 4 * 1024 * 1024, 64 * 1024 * 1024):
        run = run_module(probe.wasm, stack_size=stack)
        assert run.trap is not None and run.trap.code == "STACK_OVERFLOW"
        depths[stack] = _depth(run)
    assert 10_000 <= depths[None] <= 25_000, f"the default 512 KiB stack stopped at {depths[None]} frames"
    assert depths[4 * 1024 * 1024] >= 8 * depths[None] * 0.9
    assert depths[64 * 1024 * 1024] >= 100 * depths[None], "a 64 MiB stack did not allow 100x the default depth"


def test_the_cli_takes_a_stack_size(tmp_path):
    status, _, err, _ = _cli(tmp_path, RECURSE, "--stack-size", "2048")
    assert status == 1 and err.startswith(JVM + "java.lang.StackOverflowError\n\tat Recurse.down (")
    status, _, err, _ = _cli(tmp_path, RECURSE, "--stack-size", str(10**7))
    assert status == 2 and "KIB must be greater than 0 and at most 1048576" in err


# --- memory ----------------------------------------------------------------------------------------------------


def test_gc_heap_exhaustion_is_the_jvms_out_of_memory_error_at_the_allocating_line(built):
    result = built(GC_HEAP)
    run = run_module(result.wasm, memory_limit=64 * 1024 * 1024, span_of_offset=result.span_at_offset)
    assert run.exit_code == 1
    assert run.stderr.decode() == JVM + "java.lang.OutOfMemoryError: Java heap space\n"
    line = result.source.position(run.trap.span.start).line
    assert GC_HEAP.splitlines()[line - 1].strip() == "keep(i) = new Array[Long](65536)"


def test_the_cli_has_a_default_memory_limit_of_a_quarter_of_physical_memory(tmp_path, monkeypatch, capfd):
    """As the JVM sizes its heap: with 512 MiB of physical memory the GC heap stops at the 128 MiB default."""
    monkeypatch.setattr(limits, "physical_memory", lambda: 512 * 1024 * 1024)
    assert limits.default_memory_limit() == 128 * 1024 * 1024
    seen = {}
    real_run_module = run_module

    def spy(*args, **kwargs):
        seen["memory_limit"] = kwargs["memory_limit"]
        return real_run_module(*args, **kwargs)

    monkeypatch.setattr("scalawasi.compiler.runtime.run_module", spy)
    assert main(["run", str(_scala(tmp_path, GC_HEAP))]) == 1
    assert seen["memory_limit"] == 128 * 1024 * 1024
    err = capfd.readouterr().err
    assert err.startswith(JVM + "java.lang.OutOfMemoryError: Java heap space\n\tat Hoard.main (")
    assert err.rstrip().endswith("Hoard.scala:6:17)")
    assert main(["run", "--memory-limit", "32", str(_scala(tmp_path, GC_HEAP))]) == 1
    assert seen["memory_limit"] == 32 * 1024 * 1024


def test_allocating_all_linear_memory_stops_at_the_memory_limit(built):
    run = run_module(built(LINEAR).wasm, memory_limit=32 * 1024 * 1024)
    assert run.exit_code == 1
    assert run.stderr.decode() == JVM + "java.lang.OutOfMemoryError: out of linear memory\n"


def test_limits_on_the_command_line_are_validated(tmp_path):
    for option, value in (("--memory-limit", "0"), ("--time-limit", "-1"), ("--memory-limit", "1e300"),
                          ("--time-limit", "nan"), ("--time-limit", "1e11"), ("--memory-limit", str(1 << 25))):
        status, _, err, _ = _cli(tmp_path, PRINT, option, value)
        assert status == 2 and f"argument {option}:" in err, (option, value, err)


# --- time: in Wasm code and in host calls ----------------------------------------------------------------------


def test_printing_without_end_stops_at_the_time_limit(tmp_path):
    status, out, err, seconds = _cli(tmp_path, PRINT, "--time-limit", "1")
    assert status == 1 and out.startswith(b"line 0\nline 1\n")
    assert err.startswith("time limit exceeded\n")
    assert seconds < 1 + STARTUP_ALLOWANCE, f"a 1 s time limit let the program print for {seconds:.1f} s"


def test_the_time_limit_holds_in_a_poll_oneoff_sleep(tmp_path):
    status, out, err, seconds = _cli(tmp_path, SLEEP, "--time-limit", "1")
    assert (status, out, err) == (1, b"sleeping\n", "time limit exceeded\n")
    assert seconds < 1 + STARTUP_ALLOWANCE, f"a 1 s time limit let a 600 s sleep run {seconds:.1f} s"


def test_the_time_limit_holds_in_a_blocking_read_of_stdin(tmp_path):
    """stdin is a pipe nobody writes to (a terminal nobody types in): fd_read blocks in the host."""
    read_end, write_end = os.pipe()
    try:
        status, out, err, seconds = _cli(tmp_path, READ_STDIN, "--time-limit", "1", stdin=read_end)
    finally:
        os.close(read_end)
        os.close(write_end)
    assert (status, out, err) == (1, b"reading\n", "time limit exceeded\n")
    assert seconds < 1 + STARTUP_ALLOWANCE, f"a 1 s time limit let a blocked read run {seconds:.1f} s"


def test_reading_stdin_when_none_is_given_sees_the_end_of_input(tmp_path):
    status, out, _, _ = _cli(tmp_path, READ_STDIN, "--time-limit", "20")
    assert (status, out) == (0, b"reading\nread 0 0\n")
