"""Checks compiler/prelude/numbers.scala (object NumberFormat) on the JVM against a pure-Python reference.

The prelude is written in the Scala subset our compiler accepts, so plain scalac compiles it too; the harness
NumberFormatCheck.scala feeds it values and prints the results. Expectations come from java_format.py (Python),
NOT from the local JDK: JDK 17 prints a non-shortest digit string for some values, we want JDK 19+ output.

The JVM tests are skipped when scalac / scala are not installed (CI machines may not have Scala); the tests of
the Python reference itself (test_reference_*) always run.
Set NUMBERS_RANDOM_COUNT to change the number of random doubles and floats (default 20000 each; the compiled check in test_numbers_compiled.py covers our own build).
"""

from __future__ import annotations

import math
import os
import random
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

import java_format as jf

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
PRELUDE = REPO / "compiler" / "prelude" / "numbers.scala"
HARNESS = HERE / "NumberFormatCheck.scala"
RANDOM_COUNT = int(os.environ.get("NUMBERS_RANDOM_COUNT", "20000"))

@pytest.fixture(scope="module")
def harness(tmp_path_factory):
    if os.environ.get("SCALAWASI_JVM_TESTS") != "1":
        pytest.skip("the JVM cross-check of the prelude runs with SCALAWASI_JVM_TESTS=1 (it needs Debian's scala)")
    if shutil.which("scalac") is None or shutil.which("scala") is None:
        pytest.skip("scalac/scala not on PATH (install Scala to check the number-formatting prelude on the JVM)")
    out = tmp_path_factory.mktemp("numbers_jvm")
    subprocess.run(["scalac", "-d", str(out), str(PRELUDE), str(HARNESS)], check=True, timeout=600)

    def run(lines: list[str], output_lines: int | None = None) -> list[str]:
        """Feed commands to the harness; by default one output line per command is expected."""
        proc = subprocess.run(
            ["scala", "-cp", str(out), "NumberFormatCheck"],
            input="\n".join(lines) + "\n",
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        )
        result = proc.stdout.splitlines()
        assert len(result) == (len(lines) if output_lines is None else output_lines), proc.stderr
        return result

    return run


# ----------------------------------------------------------------------------------------------------------
# value helpers


def dbits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def bits_to_double(b: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def fbits(x: float) -> int:
    return struct.unpack("<I", struct.pack("<f", x))[0]


def check_doubles(harness, values_bits: list[int]) -> int:
    values_bits = sorted(set(b & 0xFFFFFFFFFFFFFFFF for b in values_bits))
    got = harness([f"d {b:x}" for b in values_bits])
    bad = []
    for b, g in zip(values_bits, got):
        want = jf.java_double_to_string(bits_to_double(b))
        if g != want:
            bad.append(f"{b:016x} ({bits_to_double(b)!r}): got {g}, want {want}")
    assert not bad, f"{len(bad)} of {len(values_bits)} doubles differ:\n" + "\n".join(bad[:30])
    return len(values_bits)


def check_floats(harness, values_bits: list[int]) -> int:
    values_bits = sorted(set(b & 0xFFFFFFFF for b in values_bits))
    got = harness([f"f {b:x}" for b in values_bits])
    bad = []
    for b, g in zip(values_bits, got):
        want = jf.java_float_to_string(b)
        if g != want:
            bad.append(f"{b:08x}: got {g}, want {want}")
    assert not bad, f"{len(bad)} of {len(values_bits)} floats differ:\n" + "\n".join(bad[:30])
    return len(values_bits)


def neighbours(b: int, width: int, mask: int) -> list[int]:
    return [(b + d) & mask for d in range(-width, width + 1)]


# ----------------------------------------------------------------------------------------------------------
# literal expectations (also check the Python reference itself)

DOUBLE_EXAMPLES = [
    (math.nan, "NaN"),
    (math.inf, "Infinity"),
    (-math.inf, "-Infinity"),
    (0.0, "0.0"),
    (-0.0, "-0.0"),
    (1.0, "1.0"),
    (-1.0, "-1.0"),
    (2.5, "2.5"),
    (3.25, "3.25"),
    (0.1, "0.1"),
    (100.0, "100.0"),
    (9999999.0, "9999999.0"),
    (1e7, "1.0E7"),
    (0.001, "0.001"),
    (9.999999999999998e-4, "9.999999999999998E-4"),
    (1e-4, "1.0E-4"),
    (123456789012.0, "1.23456789012E11"),
    (1.23456789e11, "1.23456789E11"),
    (5e-324, "4.9E-324"),
    (1e-323, "9.9E-324"),
    (2.2250738585072014e-308, "2.2250738585072014E-308"),
    (2.225073858507201e-308, "2.225073858507201E-308"),
    (1.7976931348623157e308, "1.7976931348623157E308"),
    (1e21, "1.0E21"),
    (1e23, "1.0E23"),
    (2e23, "2.0E23"),
    (8.41e21, "8.41E21"),
    (5e-4, "5.0E-4"),
    (2e-3, "0.002"),
    (0.1 + 0.2, "0.30000000000000004"),
    (110.00000000000001, "110.00000000000001"),
    (7.0 / 6.0, "1.1666666666666667"),
    (float(2**53), "9.007199254740992E15"),
    (float(2**63), "9.223372036854776E18"),
    (1234567.125, "1234567.125"),
    (-0.0015, "-0.0015"),
]

FLOAT_EXAMPLES = [
    (fbits(0.1), "0.1"),
    (fbits(1.0 / 3), "0.33333334"),
    (fbits(2.0 / 3), "0.6666667"),
    (fbits(2147483647.0), "2.1474836E9"),  # JDK 17 printed 2.14748365E9; JDK 19+ and tests/programs want this
    (fbits(123456789.0), "1.2345679E8"),
    (fbits(3.4028234663852886e38), "3.4028235E38"),
    (1, "1.4E-45"),
    (fbits(1e10), "1.0E10"),
    (fbits(1.5e-5), "1.5E-5"),
    (fbits(1e-5), "1.0E-5"),
    (fbits(2e-3), "0.002"),
    (fbits(100.0), "100.0"),
    (fbits(1e7), "1.0E7"),
    (fbits(9999999.0), "9999999.0"),
    (0x80000000, "-0.0"),
    (0, "0.0"),
    (0x7FC00000, "NaN"),
    (0x7F800000, "Infinity"),
    (0xFF800000, "-Infinity"),
    (fbits(16777217.0), "1.6777216E7"),
    (fbits(0.1 + 0.2), "0.3"),
    (fbits(float(2**63)), "9.223372E18"),
    (fbits(123456789123.0), "1.2345679E11"),
    (fbits(1.21), "1.21"),
]


def test_reference_double_examples():
    for x, want in DOUBLE_EXAMPLES:
        assert jf.java_double_to_string(x) == want, x


def test_reference_float_examples():
    for b, want in FLOAT_EXAMPLES:
        assert jf.java_float_to_string(b) == want, hex(b)


def test_double_examples(harness):
    items = DOUBLE_EXAMPLES
    got = harness([f"d {dbits(x):x}" for x, _ in items])
    assert got == [want for _, want in items]


def test_float_examples(harness):
    items = FLOAT_EXAMPLES
    got = harness([f"f {b:x}" for b, _ in items])
    assert got == [want for _, want in items]


# ----------------------------------------------------------------------------------------------------------
# the power-of-ten table, against exact Python integers


def test_pow10_table(harness):
    out = harness(["T"], output_lines=617)
    for i, line in enumerate(out):
        e = i - 292
        g1, g0 = (int(h, 16) for h in line.split())
        # 10^e = beta * 2^r with 2^125 <= beta < 2^126; g = floor(beta) + 1 (exact integers)
        r = math.floor(e * math.log2(10)) - 125
        if e >= 0 and r <= 0:
            floor_beta = 10**e << -r
        elif e >= 0:
            floor_beta = 10**e >> r
        else:
            floor_beta = (1 << -r) // 10**-e
        assert 1 << 125 <= floor_beta < 1 << 126, e
        g = floor_beta + 1
        assert (g1, g0) == (g >> 63, g & ((1 << 63) - 1)), e


# ----------------------------------------------------------------------------------------------------------
# doubles


def test_double_powers_of_ten_and_neighbours(harness):
    values = []
    for e in range(-325, 310):
        x = float(f"1e{e}")
        if x == 0.0 or math.isinf(x):
            continue
        values += neighbours(dbits(x), 3, 0xFFFFFFFFFFFFFFFF)
        for m in (2, 3, 5, 9, 9.5, 1.5, 1.25):
            y = float(f"{m}e{e}")
            if y != 0.0 and not math.isinf(y):
                values += neighbours(dbits(y), 1, 0xFFFFFFFFFFFFFFFF)
    # the plain/scientific boundaries
    for x in (1e-3, 1e7, 9999999.999999998, 0.0009999999999999998, 9999999.0, 10000000.000000002):
        values += neighbours(dbits(x), 5, 0xFFFFFFFFFFFFFFFF)
    values += [b | (1 << 63) for b in values]
    assert check_doubles(harness, values) > 5000


def test_double_powers_of_two_subnormals_and_extremes(harness):
    values = []
    for bq in range(0, 2047):
        values += neighbours(bq << 52, 2, 0xFFFFFFFFFFFFFFFF)
    rnd = random.Random(7)
    # subnormals: the tiniest significands (the "length 1 or 2" rule), the largest, and random ones
    values += list(range(0, 2000))
    values += [(1 << 52) - i for i in range(1, 200)]
    values += [rnd.randrange(1, 1 << 52) for _ in range(5000)]
    values += [rnd.randrange(1, 1 << 20) for _ in range(2000)]
    # extremes and specials
    values += [0x7FEFFFFFFFFFFFFF - i for i in range(100)]
    values += [0x7FF0000000000000, 0x7FF8000000000000, 0x7FF0000000000001, 0x7FFFFFFFFFFFFFFF]
    values += [b | (1 << 63) for b in values]
    assert check_doubles(harness, values) > 15000


def test_double_integers(harness):
    rnd = random.Random(11)
    ints = list(range(0, 20001))
    ints += [10**k + d for k in range(0, 23) for d in (-1, 0, 1)]
    ints += [2**k + d for k in range(0, 70) for d in (-1, 0, 1)]
    ints += [rnd.randrange(0, 2**53) for _ in range(20000)]
    ints += [rnd.randrange(0, 10**rnd.randrange(1, 17)) for _ in range(20000)]
    values = [dbits(float(i)) for i in ints] + [dbits(-float(i)) for i in ints[:5000]]
    # few-digit decimals like 3.25, 0.1, 123.456
    values += [dbits(rnd.randrange(0, 10**6) / 10 ** rnd.randrange(0, 7)) for _ in range(20000)]
    assert check_doubles(harness, values) > 50000


def test_double_random_bit_patterns(harness):
    rnd = random.Random(20240613)
    values = [rnd.getrandbits(64) for _ in range(RANDOM_COUNT)]
    # random significands spread over the commonly printed exponent range too
    values += [((rnd.randrange(1023 - 40, 1023 + 60)) << 52) | rnd.getrandbits(52) for _ in range(RANDOM_COUNT // 10)]
    assert check_doubles(harness, values) >= RANDOM_COUNT


# ----------------------------------------------------------------------------------------------------------
# floats


def test_float_powers_subnormals_extremes(harness):
    values = []
    for bq in range(0, 255):
        values += neighbours(bq << 23, 3, 0xFFFFFFFF)
    for e in range(-46, 40):
        x = float(f"1e{e}")
        b = fbits(x) if abs(x) < 3.4e38 else None
        if b is not None and b != 0:
            values += neighbours(b, 3, 0xFFFFFFFF)
    values += list(range(0, 5000))  # subnormals
    values += [0x7FFFFF - i for i in range(500)]
    values += [0x7F7FFFFF - i for i in range(500)]
    values += [fbits(x) for x in (1e-3, 1e7, 9999999.0, 0.00099999994)]
    values += [0x7F800000, 0x7FC00000, 0x7F800001, 0x7FFFFFFF]
    values += [b | 0x80000000 for b in values]
    assert check_floats(harness, values) > 5000


def test_float_integers_and_short_decimals(harness):
    rnd = random.Random(5)
    ints = list(range(0, 20001)) + [rnd.randrange(0, 2**31) for _ in range(10000)]
    ints += [2**k + d for k in range(0, 64) for d in (-1, 0, 1)]
    values = [fbits(float(i)) for i in ints]
    values += [fbits(rnd.randrange(0, 10**5) / 10 ** rnd.randrange(0, 6)) for _ in range(10000)]
    assert check_floats(harness, values) > 20000


def test_float_random_bit_patterns(harness):
    rnd = random.Random(424242)
    values = [rnd.getrandbits(32) for _ in range(RANDOM_COUNT)]
    assert check_floats(harness, values) >= RANDOM_COUNT * 0.95


# ----------------------------------------------------------------------------------------------------------
# Int and Long


def test_int_and_long(harness):
    rnd = random.Random(3)
    ints = [0, 1, -1, 9, 10, -10, 99, 100, 2**31 - 1, -(2**31), -(2**31) + 1, 2**31 - 2]
    ints += [10**k + d for k in range(0, 10) for d in (-1, 0, 1)]
    ints += [rnd.randrange(-(2**31), 2**31) for _ in range(5000)]
    ints += [rnd.randrange(-(10 ** rnd.randrange(1, 10)), 10 ** rnd.randrange(1, 10)) for _ in range(5000)]
    ints = [i for i in ints if -(2**31) <= i < 2**31]
    longs = [0, 1, -1, 2**63 - 1, -(2**63), -(2**63) + 1, 2**31, -(2**31) - 1]
    longs += [10**k + d for k in range(0, 19) for d in (-1, 0, 1)]
    longs += [-(10**k) + d for k in range(0, 19) for d in (-1, 0, 1)]
    longs += [rnd.randrange(-(2**63), 2**63) for _ in range(5000)]
    longs += [rnd.randrange(-(10 ** rnd.randrange(1, 19)), 10 ** rnd.randrange(1, 19)) for _ in range(5000)]
    lines = [f"i {i}" for i in ints] + [f"l {v}" for v in longs]
    got = harness(lines)
    want = [jf.java_int_to_string(i) for i in ints] + [jf.java_long_to_string(v) for v in longs]
    assert got == want
