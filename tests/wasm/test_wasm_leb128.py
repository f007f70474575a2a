"""LEB128 encodings against the byte strings verified in the encoding reference."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scalawasi.compiler.wasm.binary import read_sleb, read_uleb, s32, s33, s64, u32


@pytest.mark.parametrize("value, expected", [
    (0, "00"), (63, "3f"), (64, "40"), (127, "7f"), (128, "80 01"), (300, "ac 02"), (1024, "80 08"),
    (133, "85 01"), (2**32 - 1, "ff ff ff ff 0f"),
])
def test_u32(value, expected):
    assert u32(value) == bytes.fromhex(expected)


@pytest.mark.parametrize("value, expected", [
    (0, "00"), (63, "3f"), (64, "c0 00"), (127, "ff 00"), (128, "80 01"), (1024, "80 08"),
    (-1, "7f"), (-64, "40"), (-65, "bf 7f"), (-128, "80 7f"),
    (2**31 - 1, "ff ff ff ff 07"), (-(2**31), "80 80 80 80 78"),
])
def test_s32(value, expected):
    assert s32(value) == bytes.fromhex(expected)


@pytest.mark.parametrize("value, expected", [
    (64, "c0 00"), (-1, "7f"),
    (2**63 - 1, "ff ff ff ff ff ff ff ff ff 00"), (-(2**63), "80 80 80 80 80 80 80 80 80 7f"),
])
def test_s64(value, expected):
    assert s64(value) == bytes.fromhex(expected)


@pytest.mark.parametrize("value, expected", [(3, "03"), (63, "3f"), (64, "c0 00"), (65, "c1 00"), (70, "c6 00")])
def test_s33_type_index(value, expected):
    # A type index used as a heap or block type: 64 needs two bytes, unlike the u32 `40`.
    assert s33(value) == bytes.fromhex(expected)


@pytest.mark.parametrize("encoder, value", [(u32, -1), (u32, 2**32), (s32, 2**31), (s32, -(2**31) - 1),
                                            (s64, 2**63), (s33, 2**32)])
def test_out_of_range(encoder, value):
    with pytest.raises(ValueError):
        encoder(value)


@given(st.integers(0, 2**32 - 1))
def test_u32_round_trip(n):
    data = u32(n)
    assert read_uleb(data) == (n, len(data))
    assert len(data) <= 5


@given(st.integers(-(2**63), 2**63 - 1))
def test_s64_round_trip(n):
    data = s64(n)
    assert read_sleb(data) == (n, len(data))
    assert len(data) <= 10
