"""Pure-Python reference for Java's (JDK 19+) ``Double.toString`` / ``Float.toString``.

Reused by the project's tests to compute expected program output for doubles and floats, so it must not
depend on a JDK (JDK 17 prints a non-shortest digit string for some values).

The JDK 19+ specification (Javadoc of ``Double.toString(double)``):

* R = the decimals that round to x (round to nearest, ties to even);
* p = the minimal length (number of significant digits) over R;
* T = the decimals in R of length p, or of length 1 or 2 when p == 1;
* the result is the decimal in T closest to x, or, of two equally close, the one whose least significant
  digit is even;
* laid out as ``d+.d+`` when 1e-3 <= |x| < 1e7, otherwise as ``d.d+E[-]n``.

For doubles Python's ``repr`` already gives the shortest, closest digits; the only difference is the
"length 1 or 2" rule, which matters only for subnormals (``5e-324`` is ``4.9E-324`` in Java). Floats use an
exact integer implementation of the rule above (`shortest_decimal`), which works for any binary format.
"""

from __future__ import annotations

import math
import struct

__all__ = [
    "java_double_to_string",
    "java_float_to_string",
    "java_int_to_string",
    "java_long_to_string",
    "shortest_decimal",
    "java_layout",
]

_LOG10_2 = math.log10(2.0)


def java_layout(negative: bool, digits: str, exp10: int) -> str:
    """Lay out the decimal d1.d2d3... * 10**exp10 the way Java does.

    ``digits`` are the significant digits (no leading zero; trailing zeros are stripped here), ``exp10``
    is the decimal exponent of the first digit.
    """
    digits = digits.rstrip("0") or "0"
    sign = "-" if negative else ""
    if -3 <= exp10 < 7:
        if exp10 >= 0:
            int_part = digits[: exp10 + 1].ljust(exp10 + 1, "0")
            frac = digits[exp10 + 1 :] or "0"
            return f"{sign}{int_part}.{frac}"
        return f"{sign}0.{'0' * (-exp10 - 1)}{digits}"
    frac = digits[1:] or "0"
    return f"{sign}{digits[0]}.{frac}E{exp10}"


def shortest_decimal(c: int, q: int, c_min: int, q_min: int, p_hint: int | None = None) -> tuple[int, int]:
    """The JDK 19+ decimal for the positive binary value c * 2**q, as (n, x) meaning n * 10**x.

    ``c_min`` is the smallest normal significand (2**(P-1)) and ``q_min`` the exponent of subnormals; they
    decide whether the lower neighbour is closer (c == c_min and q > q_min). Exact integer arithmetic.
    ``p_hint`` is an optional guess of the minimal digit count (only a speed-up; the result is exact anyway).
    """
    assert c > 0
    # Work with 4 * value * 2**-q scaled quantities: V = 4c, bounds V - dl and V + 2.
    dl = 1 if (c == c_min and q > q_min) else 2
    closed = c % 2 == 0
    V = 4 * c
    a = 2 - q  # value * 2**a == V

    def cmp(n: int, x: int, delta: int) -> int:
        """Sign of n * 10**x - (V + delta) * 2**-a."""
        lhs = n
        rhs = V + delta
        if a >= 0:
            lhs <<= a
        else:
            rhs <<= -a
        if x >= 0:
            lhs *= 10**x
        else:
            rhs *= 10 ** (-x)
        return (lhs > rhs) - (lhs < rhs)

    def dist(n: int, x: int) -> int:
        """|n * 10**x - value| scaled by the positive factor 2**max(a,0) * 10**max(-x,0) (same for all n)."""
        lhs = n
        rhs = V
        if a >= 0:
            lhs <<= a
        else:
            rhs <<= -a
        if x >= 0:
            lhs *= 10**x
        else:
            rhs *= 10 ** (-x)
        return abs(lhs - rhs)

    def in_r(n: int, x: int) -> bool:
        lo = cmp(n, x, -dl)
        hi = cmp(n, x, 2)
        if closed:
            return lo >= 0 and hi <= 0
        return lo > 0 and hi < 0

    def floor_div(x: int) -> int:
        """floor(value / 10**x)."""
        num = c
        den = 1
        if q >= 0:
            num <<= q
        else:
            den <<= -q
        if x >= 0:
            den *= 10**x
        else:
            num *= 10 ** (-x)
        return num // den

    # E = floor(log10(value)), estimated in floating point, then corrected exactly.
    E = math.floor(math.log10(c) + q * _LOG10_2)
    while cmp(1, E, 0) > 0:
        E -= 1
    while cmp(1, E + 1, 0) <= 0:
        E += 1

    def candidates(p: int) -> list[tuple[int, int]]:
        x = E - p + 1
        n0 = floor_div(x)
        return [(n, x) for n in (n0, n0 + 1) if n > 0 and in_r(n, x)]

    # Minimal length p: the first p whose grid has a member of R. Monotone in p (the p-digit grid is part of
    # the (p+1)-digit grid), so bisect; 20 digits always suffice for float and double.
    lo, hi = 1, 20
    if p_hint is not None and 1 <= p_hint <= 20:
        # Cheap to confirm a good guess: p_hint works and p_hint - 1 does not.
        if candidates(p_hint):
            hi = p_hint
            if p_hint == 1 or not candidates(p_hint - 1):
                lo = p_hint
        else:
            lo = p_hint + 1
    while not candidates(hi):
        hi *= 2
    while lo < hi:
        mid = (lo + hi) // 2
        if candidates(mid):
            hi = mid
        else:
            lo = mid + 1
    p = lo
    if p == 1:
        p = 2
    cands = candidates(p)
    best = min(cands, key=lambda nx: (dist(*nx), nx[0] % 2))
    return best


def _digits_to_string(negative: bool, n: int, x: int) -> str:
    s = str(n)
    return java_layout(negative, s, x + len(s) - 1)


def java_double_to_string(x: float) -> str:
    """What ``String.valueOf(double)`` prints on JDK 19+."""
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    negative = math.copysign(1.0, x) < 0
    if x == 0.0:
        return "-0.0" if negative else "0.0"
    ax = abs(x)
    if ax < 2.2250738585072014e-308:
        # Subnormal: the "length 1 or 2" rule can differ from repr; use the exact routine.
        bits = struct.unpack("<Q", struct.pack("<d", ax))[0]
        n, e = shortest_decimal(bits, -1074, 1 << 52, -1074)
        return _digits_to_string(negative, n, e)
    r = repr(ax)  # shortest digits, closest to x: '1e+23', '0.1', '123.0', '1.2345e-05'
    mant, _, exp = r.partition("e")
    exp10 = int(exp) if exp else 0
    int_part, _, frac = mant.partition(".")
    digits = (int_part + frac).lstrip("0")
    # position of the first significant digit relative to the point
    if int_part.strip("0"):
        exp10 += len(int_part.lstrip("0")) - 1
    else:
        exp10 -= len(frac) - len(frac.lstrip("0")) + 1
    return java_layout(negative, digits, exp10)


def java_float_to_string(bits_or_value: int | float) -> str:
    """What ``String.valueOf(float)`` prints on JDK 19+.

    An ``int`` is taken as the 32-bit pattern of the float; a ``float`` is first rounded to float32.
    """
    if isinstance(bits_or_value, bool):
        raise TypeError("expected float bits or a float value")
    if isinstance(bits_or_value, int):
        bits = bits_or_value & 0xFFFFFFFF
    else:
        bits = struct.unpack("<I", struct.pack("<f", float(bits_or_value)))[0]
    negative = bits >> 31 == 1
    bq = (bits >> 23) & 0xFF
    t = bits & 0x7FFFFF
    if bq == 0xFF:
        if t:
            return "NaN"
        return "-Infinity" if negative else "Infinity"
    if bq == 0:
        if t == 0:
            return "-0.0" if negative else "0.0"
        c, q = t, -149
    else:
        c, q = t | 0x800000, bq - 150
    n, e = shortest_decimal(c, q, 1 << 23, -149, _float_digits_hint(bits & 0x7FFFFFFF))
    return _digits_to_string(negative, n, e)


def _float_digits_hint(abs_bits: int) -> int | None:
    """A fast guess of the digit count: the first p for which '%.{p-1}e' reads back as the same float32.

    Reading back goes through a double, so the guess can be off (double rounding); it is only a hint.
    """
    value = struct.unpack("<f", struct.pack("<I", abs_bits))[0]
    for p in range(1, 10):
        try:
            back = struct.unpack("<I", struct.pack("<f", float("%.*e" % (p - 1, value))))[0]
        except OverflowError:  # rounded up beyond the float range
            continue
        if back == abs_bits:
            return p
    return None


def java_int_to_string(i: int) -> str:
    """``String.valueOf(int)``: wraps to 32 bits first."""
    i &= 0xFFFFFFFF
    return str(i - (1 << 32) if i >> 31 else i)


def java_long_to_string(i: int) -> str:
    """``String.valueOf(long)``: wraps to 64 bits first."""
    i &= 0xFFFFFFFFFFFFFFFF
    return str(i - (1 << 64) if i >> 63 else i)
