"""The real programs of ../shared/acceptance/real that the accepted language covers: each builds and prints its
`.out` exactly. The set grows as the language does (see real/README.md for where each one comes from)."""
from __future__ import annotations

import pytest

from helpers import ACCEPTANCE, check_program

REAL = ACCEPTANCE / "real"
PASSING = ["permute", "towers"]


@pytest.mark.parametrize("name", PASSING)
def test_real_program(name: str, tmp_path):
    check_program(REAL / f"{name}.scala", tmp_path)
