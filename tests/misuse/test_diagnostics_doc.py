"""docs/diagnostics.md: a section per registry code (its anchor is the code), and examples that really do what
the document says.

Convention: a section is a level-2 heading that is exactly the code (`## segment-out-of-bounds`, so its anchor is
`#segment-out-of-bounds`). Inside it, a block fenced as ```` ```scala wrong ```` is a complete program that gets
the section's code, and a block fenced as ```` ```scala right ```` is one that builds without errors and without
that code. Each section states `**Severity:**`.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import scalawasi.compiler.pipeline  # noqa: F401 - registers internal-error
from scalawasi.compiler.api import BuildOptions, build
from scalawasi.compiler.checks import CHECK_CODES, CheckConfig
from scalawasi.compiler.diagnostics import Severity, registry

DOC = Path(__file__).resolve().parents[2] / "docs" / "diagnostics.md"
FENCE = re.compile(r"^```scala (wrong|right)\n(.*?)^```$", re.M | re.S)
DEFAULTS = CheckConfig()
NO_EXAMPLES = {"internal-error"}  # no program should produce it
NO_WRONG_EXAMPLE = {"invalid-encoding"}  # a UTF-8 page cannot show bytes that are not UTF-8
INTRINSIC_CODES = set(CHECK_CODES) | {"conflicting-import", "import-type"}


def sections() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    parts = re.split(r"^## (.+)$", text, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


def examples(code: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in FENCE.finditer(sections()[code])]


def _build(program: str):
    return build(program, "<example>", BuildOptions(checks=DEFAULTS))


def test_every_registry_code_has_a_section():
    have = sections()
    missing = [code for code in registry() if code not in have]
    assert not missing, f"docs/diagnostics.md lacks a `## CODE` section for {missing}"


def test_sections_state_the_default_severity():
    have = sections()
    for code, known in registry().items():
        m = re.search(r"\*\*Severity:\*\* (\w+)", have[code])
        assert m and m.group(1) == known.severity.value, code
        assert ("(configurable)" in have[code].split("\n\n", 2)[1]) == (code in CHECK_CODES), code


def test_every_code_has_a_wrong_and_a_right_example():
    for code in registry():
        if code in NO_EXAMPLES:
            continue
        kinds = [kind for kind, _ in examples(code)]
        assert ("wrong" in kinds or code in NO_WRONG_EXAMPLE) and "right" in kinds, code


def test_the_intrinsic_checks_are_all_documented_with_examples():
    assert INTRINSIC_CODES <= set(sections())
    for code in INTRINSIC_CODES:
        assert examples(code), code


def _example_params(kind: str) -> list:
    return [pytest.param(code, program, id=f"{code}-{kind}")
            for code in registry() if code not in NO_EXAMPLES
            for k, program in examples(code) if k == kind]


@pytest.mark.parametrize("code,program", _example_params("wrong"))
def test_wrong_example_produces_its_code(code, program):
    result = _build(program)
    assert code in {d.code for d in result.diagnostics}, [(d.code, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("code,program", _example_params("right"))
def test_right_example_builds_without_its_code(code, program):
    result = _build(program)
    assert result.ok, [(d.code, d.message) for d in result.diagnostics]
    assert code not in {d.code for d in result.diagnostics}
    assert not [d for d in result.diagnostics if d.severity is Severity.ERROR]


def test_configuration_table_in_the_document_is_valid():
    import tomllib

    text = DOC.read_text(encoding="utf-8")
    [toml] = re.findall(r"^```toml\n(.*?)^```$", text, flags=re.M | re.S)
    table = tomllib.loads(toml)["tool"]["scalawasi"]["checks"]
    config = CheckConfig.from_mapping(table)
    assert not config.problems and len(config.severities) == len(table)
