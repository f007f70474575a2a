"""`%` on Double and Float is the JVM's: IEEE fmod, exact for every magnitude (checked against C's fmod)."""
from __future__ import annotations

import math
import random
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "prelude"))
from java_format import java_double_to_string, java_float_to_string  # noqa: E402

from scalawasi.compiler.api import build  # noqa: E402
from scalawasi.compiler.runtime import run_module  # noqa: E402


def _double(bits: int) -> float:
    return struct.unpack("<d", struct.pack("<q", bits))[0]


def _f32(x: float) -> float:
    return struct.unpack("<f", struct.pack("<f", x))[0]


def _pairs() -> list[tuple[float, float]]:
    rng = random.Random(11)
    special = [0.0, -0.0, 1.0, -1.0, 3.0, 0.1, 1e300, -1e300, 5e-324, 2.2250738585072014e-308, math.inf, -math.inf,
               math.nan, 1.7976931348623157e308, 7.5, -7.5, 2.0 ** 53, 1e-10]
    pairs = [(a, b) for a in special for b in special]
    pairs += [(_double(rng.getrandbits(64) - 2**63), _double(rng.getrandbits(64) - 2**63)) for _ in range(300)]
    pairs += [(rng.uniform(-1e6, 1e6), rng.uniform(-100, 100)) for _ in range(200)]
    pairs += [(rng.uniform(-1e300, 1e300), rng.uniform(1e-300, 10)) for _ in range(100)]
    return pairs


def _bits(x: float) -> str:
    return f"java.lang.Double.longBitsToDouble({struct.unpack('<q', struct.pack('<d', x))[0]}L)"


def _fmod(a: float, b: float) -> float:
    if math.isnan(a) or math.isnan(b) or math.isinf(a) or b == 0:
        return math.nan
    return math.fmod(a, b)


def test_double_and_float_remainders_are_exact():
    pairs = _pairs()
    floats = [(_f32(a), _f32(b)) for a, b in pairs if abs(a) < 3e38 and abs(b) < 3e38][:300]
    lines = ["object Rem {", "  def main(args: Array[String]): Unit = {"]
    for a, b in pairs:
        lines.append(f"    println({_bits(a)} % {_bits(b)})")
    for a, b in floats:
        lines.append(f"    println({_bits(a)}.toFloat % {_bits(b)}.toFloat)")
    lines += ["  }", "}"]
    result = build("\n".join(lines) + "\n", "rem.scala")
    assert result.ok, [d.message for d in result.diagnostics][:3]
    run = run_module(result.wasm, time_limit=60)
    assert run.exit_code == 0, run.stderr[-300:]
    want = [java_double_to_string(_fmod(a, b)) for a, b in pairs]
    want += [java_float_to_string(_f32(_fmod(a, b))) for a, b in floats]
    got = run.stdout.decode().splitlines()
    wrong = [(i, g, w) for i, (g, w) in enumerate(zip(got, want)) if g != w]
    assert len(got) == len(want) and not wrong, wrong[:5]
