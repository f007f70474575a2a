"""The prelude's number formatting, compiled by our own compiler and run under WASI, against the Python reference
of Java's Double.toString / Float.toString (JDK 19+) on special, boundary and random values."""
from __future__ import annotations

import math
import random
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from java_format import java_double_to_string, java_float_to_string  # noqa: E402

from helpers import validate  # noqa: E402
from scalawasi.compiler.runtime.runner import run_module  # noqa: E402

CHUNK = 400  # array literals of this many elements per statement keep functions small


def _double_bits() -> list[int]:
    rng = random.Random(20261125)
    specials = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1e7, 9999999.0,
                1e-3, 9.999999999999998e-4, 1e21, 1e22, 1e23, 2e23, 5e-324, 1e-323, 2.2250738585072014e-308,
                2.225073858507201e-308, 1.7976931348623157e308, 123456789.0, 2.0 ** 53, 2.0 ** 63, 4.35, 0.001,
                100.0, 1234567.0, 1.0e10, 3.25, 2.5, 1 / 3, 2 / 3, 110.00000000000001, 8.41e21]
    bits = [struct.unpack("<q", struct.pack("<d", x))[0] for x in specials]
    bits += [rng.getrandbits(64) - 2**63 for _ in range(1200)]
    bits += [struct.unpack("<q", struct.pack("<d", rng.uniform(-1e6, 1e6)))[0] for _ in range(400)]
    bits += [struct.unpack("<q", struct.pack("<d", 10.0 ** e))[0] for e in range(-320, 309, 7)]
    return bits


def _float_bits() -> list[int]:
    rng = random.Random(7)
    specials = [0.0, -0.0, math.inf, -math.inf, 1.0, 0.1, 1 / 3, 2147483647.0, 3.4028235e38, 1.4e-45, 1e7, 1e-3,
                123456789.0, 16777216.0, 0.3, 1.17549435e-38]
    bits = [struct.unpack("<i", struct.pack("<f", x))[0] for x in specials]
    bits.append(0x7FC00000)  # NaN
    bits += [rng.getrandbits(32) - 2**31 for _ in range(1200)]
    return bits


def _chunks(items: list[str]) -> list[list[str]]:
    return [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]


def _program(doubles: list[int], floats: list[int], ints: list[int], longs: list[int]) -> str:
    lines = ["object Numbers {"]
    methods = []
    for n, chunk in enumerate(_chunks([f"{b}L" for b in doubles])):
        methods.append(f"d{n}")
        lines.append(f"  def d{n}(): Unit = {{ val bits = Array({', '.join(chunk)}); "
                     "for (b <- bits) println(java.lang.Double.longBitsToDouble(b)) }")
    for n, chunk in enumerate(_chunks([str(b) for b in floats])):
        methods.append(f"f{n}")
        lines.append(f"  def f{n}(): Unit = {{ val bits = Array({', '.join(chunk)}); "
                     "for (b <- bits) println(java.lang.Float.intBitsToFloat(b)) }")
    ints_text = ", ".join(str(i) if i != -2**31 else "Int.MinValue" for i in ints)
    longs_text = ", ".join(f"{i}L" if i != -2**63 else "Long.MinValue" for i in longs)
    lines.append(f"  def ints(): Unit = {{ for (i <- Array({ints_text})) println(i) }}")
    lines.append(f"  def longs(): Unit = {{ for (l <- Array({longs_text})) println(l) }}")
    lines.append("  def main(args: Array[String]): Unit = {")
    lines += [f"    {m}()" for m in methods] + ["    ints()", "    longs()", "  }", "}"]
    return "\n".join(lines) + "\n"


def test_number_formatting_matches_java(tmp_path):
    from scalawasi.compiler.api import build

    rng = random.Random(3)
    doubles, floats = _double_bits(), _float_bits()
    ints = [0, 1, -1, 2**31 - 1, -2**31, 10, -10, 999999999] + [rng.getrandbits(32) - 2**31 for _ in range(200)]
    longs = [0, 1, -1, 2**63 - 1, -2**63, 10**18, -10**18] + [rng.getrandbits(64) - 2**63 for _ in range(200)]
    result = build(_program(doubles, floats, ints, longs), "numbers.scala")
    assert result.ok, [d.message for d in result.diagnostics]
    wasm_path = tmp_path / "numbers.wasm"
    wasm_path.write_bytes(result.wasm)
    validate(wasm_path)
    want = [java_double_to_string(struct.unpack("<d", struct.pack("<q", b))[0]) for b in doubles]
    want += [java_float_to_string(b & 0xFFFFFFFF) for b in floats]
    want += [str(i) for i in ints] + [str(l) for l in longs]
    run = run_module(result.wasm, time_limit=60)
    assert run.exit_code == 0, run.stderr[-500:]
    got = run.stdout.decode().splitlines()
    mismatches = [(i, g, w) for i, (g, w) in enumerate(zip(got, want)) if g != w]
    assert len(got) == len(want)
    assert not mismatches, mismatches[:10]
