"""The library classes written in the prelude (BigInt, StringBuilder) are linked only into programs that reach
them: a program that uses none of them stays as small as before they existed."""
from __future__ import annotations

import subprocess

from helpers import WASM_TOOLS
from scalawasi.compiler.api import build

HELLO = 'object A { def main(args: Array[String]): Unit = println("Hello") }\n'

# Any equality asks whether the right side is a BigInt (Scala's BoxesRunTime lets a ScalaNumber decide) by its
# class name, so this program must not contain BigInt's code.
ANY_EQUALITY = """object A {
  def main(args: Array[String]): Unit = {
    val a: Any = 5
    val b: Any = "x"
    println(a == b)
    println(a == 5L)
  }
}
"""

USES_BIGINT = 'object A { def main(args: Array[String]): Unit = println(BigInt(2).pow(70) + 1) }\n'


def _functions(text: str) -> str:
    result = build(text, "a.scala")
    assert result.ok, [d.message for d in result.diagnostics]
    if WASM_TOOLS is None:
        return ""
    return subprocess.run([WASM_TOOLS, "print", "-"], input=result.wasm, capture_output=True, check=True).stdout \
        .decode()


def test_hello_world_stays_tiny():
    result = build(HELLO, "a.scala")
    assert result.ok
    assert len(result.wasm) < 2000


def test_a_program_without_bigint_links_none_of_it():
    wat = _functions(ANY_EQUALITY)
    assert "BigInt" not in wat
    assert len(build(ANY_EQUALITY, "a.scala").wasm) < 16000


def test_a_program_with_bigint_links_it():
    wat = _functions(USES_BIGINT)
    assert WASM_TOOLS is None or "BigInt" in wat
