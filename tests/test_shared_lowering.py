"""The prelude's functions are lowered once per process and reused by later builds: every module that reuses
them must still be complete, valid, and behave the same, whatever else it holds."""
from __future__ import annotations

import subprocess

from helpers import WASM_TOOLS, validate
from scalawasi.compiler.api import build
from scalawasi.compiler.runtime import run_module

DOUBLES = """object A {
  def main(args: Array[String]): Unit = {
    println(2.5)
    println(1.0 / 3)
  }
}
"""

# A user object with the prelude's names: ids, not names, tell them apart.
NAME_CLASH = """object NumberFormat {
  def doubleToString(d: Double): String = "mine"
}
object B {
  def main(args: Array[String]): Unit = {
    println(NumberFormat.doubleToString(1.5) + " " + 1.5 + " " + 0.1f + " " + Long.MinValue)
    val words = Array("x", "y")
    println(words(1) + 1e21)
  }
}
"""


def _check(text: str, tmp_path, name: str, expected: bytes):
    result = build(text, f"{name}.scala")
    assert result.ok, [d.message for d in result.diagnostics]
    path = tmp_path / f"{name}.wasm"
    path.write_bytes(result.wasm)
    validate(path)
    run = run_module(result.wasm)
    assert (run.exit_code, run.stdout) == (0, expected), run.stderr
    # The WAT printed from the same module value assembles to a module that behaves the same.
    wat = tmp_path / f"{name}.wat"
    wat.write_text(result.wat, encoding="utf-8")
    again = tmp_path / f"{name}.again.wasm"
    subprocess.run([WASM_TOOLS, "parse", str(wat), "-o", str(again)], check=True, capture_output=True)
    assert run_module(again.read_bytes()).stdout == expected
    return result


def test_a_later_build_reuses_the_prelude_functions_and_stays_complete(tmp_path):
    first = _check(DOUBLES, tmp_path, "a", b"2.5\n0.3333333333333333\n")
    second = _check(NAME_CLASH, tmp_path, "b", b"mine 1.5 0.1 -9223372036854775808\ny1.0E21\n")
    shared = {id(f) for f in first.module.functions} & {id(f) for f in second.module.functions}
    names = {f.name for f in second.module.functions if id(f) in shared}
    assert "NumberFormat.doubleToString" in names  # the very same lowered function, not a copy
    user = [f for f in second.module.functions if f.name == "NumberFormat.doubleToString" and id(f) not in shared]
    assert len(user) == 1  # the user's own method of the same name is a function of its own
    third = _check(DOUBLES, tmp_path, "c", b"2.5\n0.3333333333333333\n")
    assert third.wasm == first.wasm  # reuse does not change what a program compiles to


def test_builds_on_two_threads_share_the_prelude_safely(tmp_path):
    """The language server builds on two threads at once: every module must still be complete and valid."""
    from concurrent.futures import ThreadPoolExecutor

    from scalawasi.compiler.lowering.shared import SHARED

    SHARED.ids.clear()
    SHARED.functions.clear()
    programs = [DOUBLES.replace("2.5", f"{i}.5") for i in range(8)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda text: build(text, "t.scala"), programs))
    for i, result in enumerate(results):
        assert result.ok, [d.message for d in result.diagnostics]
        path = tmp_path / f"t{i}.wasm"
        path.write_bytes(result.wasm)
        validate(path)
        assert run_module(result.wasm).stdout == f"{i}.5\n0.3333333333333333\n".encode()


def test_only_the_programs_own_instructions_carry_spans():
    """Spans are offsets into the program's text: the prelude's functions (another file) carry none, so a hover or
    a trap can never point at a place in the program that some runtime instruction happens to share."""
    result = build(DOUBLES, "a.scala")
    spanned = {c.function for c in result.code_map if c.span is not None}
    assert spanned == {"A.main", "_start"}
    assert all(c.span.end <= len(DOUBLES.encode()) for c in result.code_map if c.span is not None)
