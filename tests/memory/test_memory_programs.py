"""The linear-memory programs (tests/memory/*.scala): each builds, validates (wasm-tools) and runs with the output a
real Scala compiler gives it against the JVM stand-in library (jvm/wasm.scala, see README.md), and again through
its printed WAT. Besides the conventions of tests/programs (NAME.out/.err/.exit/.args/.in), NAME.env holds the WASI
environment (KEY=VALUE lines) and NAME.memory_limit the wasmtime memory limit in bytes."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import (RUN_TIME_LIMIT, Expected, assemble, assert_output, build_file, load_expected, program_params,
                     validate)

HERE = Path(__file__).resolve().parent
PROGRAMS = program_params(HERE)
BOUNDS_CALL = "call $Runtime.segmentOutOfBounds"


def environment(source: Path) -> dict[str, str] | None:
    path = source.with_suffix(".env")
    if not path.exists():
        return None
    pairs = (line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {key: value for key, value in pairs}


def memory_limit(source: Path) -> int | None:
    path = source.with_suffix(".memory_limit")
    return int(path.read_text().strip()) if path.exists() else None


def run(wasm: bytes, source: Path, expected: Expected, *, span_of_offset=None, env=None, limit=None):
    from scalawasi.compiler.runtime import run_module

    return run_module(wasm, args=expected.args, stdin=expected.stdin, program_name=source.stem,
                      env=environment(source) if env is None else env,
                      memory_limit=memory_limit(source) if limit is None else limit,
                      time_limit=RUN_TIME_LIMIT, span_of_offset=span_of_offset)


@pytest.mark.parametrize("source", PROGRAMS)
def test_program(source: Path, tmp_path):
    result, _ = build_file(source, tmp_path)
    expected = load_expected(source)
    assert_output(run(result.wasm, source, expected, span_of_offset=result.span_at_offset), expected, source.name)


@pytest.mark.parametrize("source", PROGRAMS)
def test_printed_wat_is_the_same_program(source: Path, tmp_path):
    result, _ = build_file(source, tmp_path)
    wat_path, wasm_path = tmp_path / f"{source.stem}.wat", tmp_path / f"{source.stem}.from-wat.wasm"
    wat_path.write_text(result.wat, encoding="utf-8")
    assemble(wat_path, wasm_path)
    validate(wasm_path)
    expected = load_expected(source)
    assert_output(run(wasm_path.read_bytes(), source, expected), expected, f"{source.name} through its WAT")


# Programs whose every access is in bounds and whose scopes are used correctly: built with --unchecked they
# behave the same, and their module holds no bounds check at all.
IN_BOUNDS = ["widths_sign_range", "nan_bits", "little_endian", "alignment", "growth", "zero_filled",
             "nested_three_levels", "recursion_scopes", "segments_to_methods", "println_inside_scope",
             "return_from_scope", "many_scopes", "scope_value", "wasi_fdwrite_fds"]


@pytest.mark.parametrize("name", IN_BOUNDS)
def test_unchecked_build_behaves_the_same(name: str, tmp_path):
    source = HERE / f"{name}.scala"
    result, _ = build_file(source, tmp_path, unchecked=True)
    assert BOUNDS_CALL not in result.wat
    assert "MemorySegment used after" not in result.wat
    expected = load_expected(source)
    assert_output(run(result.wasm, source, expected), expected, f"{source.name} --unchecked")


def test_checked_build_has_bounds_checks_for_variable_offsets(tmp_path):
    result, _ = build_file(HERE / "segments_to_methods.scala", tmp_path)
    assert BOUNDS_CALL in result.wat


@pytest.mark.parametrize("name", ["out_of_bounds_variable", "out_of_bounds_negative", "use_after_scope_segment"])
def test_failures_come_from_the_checks(name: str, tmp_path):
    """Without the checks the same programs run past the point where the checked build stops (the checks, not a
    trap or the host, produce the failure line)."""
    source = HERE / f"{name}.scala"
    result, _ = build_file(source, tmp_path, unchecked=True)
    run_result = run(result.wasm, source, load_expected(source))
    assert b"MemorySegment" not in run_result.stderr


def test_environment_is_what_the_runner_passes(tmp_path):
    """The runner passes no variables by default; a dict passed to run_module is what environ_get sees."""
    source = HERE / "wasi_environ.scala"
    result, _ = build_file(source, tmp_path)
    expected = load_expected(source)
    other = run(result.wasm, source, expected, env={"ONLY": "this one"})
    assert other.exit_code == 0
    assert other.stdout == b"0\ncount 1\nbuffer 14\n0\nONLY=this one\n"
    default = load_expected(HERE / "wasi_environ_default.scala")
    assert environment(HERE / "wasi_environ_default.scala") is None and default.stdout == b"0\n0 0\n"


def test_memory_limit_is_what_makes_out_of_memory(tmp_path):
    """The same program runs to its end with no limit: the failure comes from the 2 MiB limit."""
    source = HERE / "out_of_memory.scala"
    result, _ = build_file(source, tmp_path)
    unlimited = run(result.wasm, source, load_expected(source), limit=1 << 32)
    assert unlimited.exit_code == 0, unlimited.stderr
    assert unlimited.stdout == b"1 MiB: ok\nunreachable 4194304\n"


def test_many_scopes_stays_in_one_page(tmp_path):
    """100,000 scopes of 30,000 bytes each run under a 64 KiB limit (one page: memory never grows); the same loop
    without the scope (all allocations in one scope) runs out of memory under that limit."""
    source = HERE / "many_scopes.scala"
    assert memory_limit(source) == 65536
    leaking = tmp_path / "leaking.scala"
    leaking.write_text(
        "import scala.scalajs.wasm._\nimport scala.scalajs.wasm.memory._\n\n"
        "object Leaking {\n  def main(args: Array[String]): Unit = {\n"
        "    withMemoryAllocator { a =>\n      var i = 0\n"
        "      while (i < 3) {\n        a.allocate(30000)\n        println(i)\n        i += 1\n      }\n"
        "    }\n  }\n}\n", encoding="utf-8")
    result, _ = build_file(leaking, tmp_path)
    leak = run(result.wasm, leaking, Expected(b"", None, 0, [], None), limit=65536)
    assert leak.exit_code == 1
    assert leak.stdout == b"0\n"
    assert leak.stderr == b'Exception in thread "main" java.lang.OutOfMemoryError: out of linear memory\n'


def test_every_program_has_expected_output():
    for param in PROGRAMS:
        source = param.values[0]
        assert source.with_suffix(".out").exists(), f"{source.name} has no .out (run jvm/generate.py --write)"
        assert re.search(r"^// ", source.read_text(encoding="utf-8"), re.M), f"{source.name} lacks its comment"


RECEIVER_ORDER = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object ReceiverOrder {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val x = a.allocate(8)
      val y = a.allocate(8)
      x.setInt(0, 1)
      y.setInt(0, 2)
      var s = x
      println(s.getInt({ s = y; 0 }))
      s = x
      s.setInt({ s = y; 4 }, 7)
      println(x.getInt(4) + " " + y.getInt(4))
    }
  }
}
"""


@pytest.mark.parametrize("unchecked", [False, True])
def test_receiver_is_evaluated_before_the_arguments(tmp_path, unchecked):
    """Scala evaluates `s` in `s.getInt(e)` before `e`: reassigning `s` inside `e` does not change the receiver
    (output from scalac 2.11.12 + the JVM stand-in: 1, then `7 0`)."""
    source = tmp_path / "receiver_order.scala"
    source.write_text(RECEIVER_ORDER, encoding="utf-8")
    result, _ = build_file(source, tmp_path, unchecked=unchecked)
    expected = Expected(b"1\n7 0\n", b"", 0, [], None)
    assert_output(run(result.wasm, source, expected), expected, "receiver order")
