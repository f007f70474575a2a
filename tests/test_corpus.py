"""Real programs from public sources (tests/corpus/*/: Rosetta Code tasks and book examples, each with its source
and adaptations recorded at its top), built, validated and run like tests/programs, outputs from the JVM."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import PROJECT_ROOT, check_program, program_params

CORPUS = PROJECT_ROOT / "tests" / "corpus"
PROGRAMS = [param for folder in sorted(CORPUS.iterdir()) if folder.is_dir() for param in program_params(folder)] \
    if CORPUS.is_dir() else []


def test_every_program_names_its_source():
    for param in PROGRAMS:
        source: Path = param.values[0]
        assert source.read_text(encoding="utf-8").startswith("// Source: "), f"{source.name} lacks its source"


@pytest.mark.parametrize("source", PROGRAMS)
def test_corpus_program(source: Path, tmp_path):
    check_program(source, tmp_path)
