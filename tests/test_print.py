"""Printing: UTF-16 to UTF-8 in scratch memory above the allocation mark, one fd_write per call, and a chunked path
through the runtime's low buffer when memory cannot grow."""
from __future__ import annotations

from pathlib import Path

from helpers import validate
from scalawasi.compiler.api import build
from scalawasi.compiler.runtime import run_module

LONG = """object Long {
  def main(args: Array[String]): Unit = {
    var s = "é✓😀x"
    while (s.length < 40000) s = s + s
    println(s.length)
    println(s)
    print(s.substring(0, 5))
    println()
  }
}
"""

SCOPED = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Scoped {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val seg = a.allocate(16)
      seg.setLong(0, 1234567890123L)
      seg.setLong(8, -1L)
      println("a line long enough to need scratch memory right above the segment: " + "x" * 0)
      println(seg.getLong(0) + " " + seg.getLong(8))
    }
  }
}
"""


def _expected_long() -> bytes:
    s = "é✓😀x"
    while len(s.encode("utf-16-le")) // 2 < 40000:
        s = s + s
    units = len(s.encode("utf-16-le")) // 2
    return f"{units}\n{s}\n".encode() + "é✓😀x".encode() + b"\n"


def _run(text: str, tmp_path: Path, **limits):
    result = build(text, "print.scala")
    assert result.ok, [d.message for d in result.diagnostics]
    path = tmp_path / "print.wasm"
    path.write_bytes(result.wasm)
    validate(path)
    return result, run_module(result.wasm, **limits)


def test_a_long_string_prints_whole_with_one_write(tmp_path):
    result, run = _run(LONG, tmp_path)
    assert run.exit_code == 0, run.stderr
    assert run.stdout == _expected_long()
    assert result.wat.count('"fd_write"') == 1  # the only import printing needs


FULL = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Full {
  def main(args: Array[String]): Unit = withMemoryAllocator { a =>
    val big = a.allocate(1048576 - 16384 - 2048)
    var s = "é✓😀x"
    while (s.length < 1000) s = s + s
    println(s)
    println(big.size)
  }
}
"""


def test_when_memory_cannot_grow_printing_goes_through_the_low_buffer(tmp_path):
    # Under a 1 MiB limit a segment leaves 2 KiB above the mark: the 1,280-unit line needs up to 3,841 bytes
    # there, so it is written in chunks through the runtime's low buffer instead.
    _, run = _run(FULL, tmp_path, memory_limit=1048576)
    assert run.exit_code == 0, run.stderr
    s = "é✓😀x"
    while len(s.encode("utf-16-le")) // 2 < 1000:
        s = s + s
    assert run.stdout == f"{s}\n{1048576 - 16384 - 2048}\n".encode()


def test_printing_inside_a_scope_leaves_the_segments_alone(tmp_path):
    _, run = _run(SCOPED.replace(' + "x" * 0', ""), tmp_path)
    assert run.exit_code == 0, run.stderr
    assert run.stdout.splitlines()[-1] == b"1234567890123 -1"
