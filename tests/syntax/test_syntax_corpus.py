"""The shared acceptance programs convert cleanly; no input ever makes the parser raise; conversion is fast."""
from __future__ import annotations

import time
from pathlib import Path

import helpers
import pytest
from generate import generate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from syntax_helpers import parse_text

from scalawasi.compiler.diagnostics import DiagnosticSink
from scalawasi.compiler.source import SourceText, Span
from scalawasi.compiler.syntax import ast
from scalawasi.compiler.syntax.parser import parse

ACCEPTANCE_PROGRAMS = sorted(helpers.ACCEPTANCE.glob("*.scala")) + sorted(helpers.ACCEPTANCE.glob("misuse/*.scala"))


def _program_id(path: Path) -> str:
    return str(path.relative_to(helpers.ACCEPTANCE))


def _nodes(root: ast.Node):
    """Every node with its parent, depth first, without recursion."""
    stack: list[tuple[ast.Node, ast.Node | None]] = [(root, None)]
    while stack:
        node, parent = stack.pop()
        yield node, parent
        for value in vars(node).values():
            if isinstance(value, ast.Node):
                stack.append((value, node))
            elif isinstance(value, list):
                stack.extend((v, node) for v in value if isinstance(v, ast.Node))


def _check_spans(unit: ast.CompilationUnit, size: int, nested: bool) -> None:
    for node, parent in _nodes(unit):
        for value in vars(node).values():
            if isinstance(value, Span):
                assert 0 <= value.start <= value.end <= size, (node, value)
        if nested and parent is not None:
            assert parent.span.covers(node.span), (parent, node)


def test_acceptance_programs_are_there() -> None:
    assert len(ACCEPTANCE_PROGRAMS) >= 10


@pytest.mark.parametrize("path", ACCEPTANCE_PROGRAMS, ids=_program_id)
def test_acceptance_program_converts_without_diagnostics(path: Path) -> None:
    parsed = parse_text(path.read_text(encoding="utf-8"))
    assert parsed.diagnostics == []
    assert parsed.unit.defs
    _check_spans(parsed.unit, len(parsed.source.data), nested=True)
    for node, _ in _nodes(parsed.unit):
        assert not isinstance(node, (ast.Unsupported, ast.ErrorExpr, ast.UnsupportedPattern, ast.UnsupportedType))


def _parse_never_raises(text: str) -> None:
    source = SourceText(text)
    sink = DiagnosticSink()
    unit = parse(source, sink)  # must not raise
    assert isinstance(unit, ast.CompilationUnit)
    size = len(source.data)
    _check_spans(unit, size, nested=False)
    for diag in sink.items:
        assert 0 <= diag.span.start <= diag.span.end <= size, diag


_SCALA_ALPHABET = st.sampled_from(
    list("abcxyzABC019_ \n\t{}()[];:.,=+-*/%<>!&|^~'\"\\$@#`")
    + ["def ", "val ", "var ", "object ", "class ", "if ", "else ", "while ", "for ", "match ", "case ", "=> ", "<- ",
       "new ", "return ", "s\"", '"""', "0x", "L", "1.5f", "\\u00", "import ", "package ", "trait ", "try ", "yield "]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_fuzz_arbitrary_text(text: str) -> None:
    _parse_never_raises(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_SCALA_ALPHABET, max_size=80).map("".join))
def test_fuzz_scala_like_tokens(text: str) -> None:
    _parse_never_raises(text)


_CORPUS = [p.read_text(encoding="utf-8") for p in ACCEPTANCE_PROGRAMS]


@st.composite
def _mutated_program(draw) -> str:
    text = draw(st.sampled_from(_CORPUS))
    for _ in range(draw(st.integers(1, 4))):
        if not text:
            break
        start = draw(st.integers(0, len(text) - 1))
        length = draw(st.integers(1, 12))
        kind = draw(st.sampled_from(["delete", "insert", "duplicate"]))
        if kind == "delete":
            text = text[:start] + text[start + length :]
        elif kind == "insert":
            text = text[:start] + draw(st.lists(_SCALA_ALPHABET, max_size=4).map("".join)) + text[start:]
        else:
            text = text[:start] + text[start : start + length] * 2 + text[start + length :]
    return text


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated_program())
def test_fuzz_mutated_acceptance_programs(text: str) -> None:
    _parse_never_raises(text)


@pytest.mark.parametrize("path", ACCEPTANCE_PROGRAMS[:4], ids=_program_id)
def test_every_prefix_of_a_program_parses(path: Path) -> None:
    """What an editor sees while the program is being typed."""
    text = path.read_text(encoding="utf-8")
    for end in range(0, len(text), 7):
        _parse_never_raises(text[:end])


def test_generated_program_speed(capsys) -> None:
    """The front end must keep up with 20,000 lines/s including typing; conversion alone should be a fraction."""
    text = generate(5000)
    source = SourceText(text)
    parse(source, DiagnosticSink())  # warm up
    best = float("inf")
    for _ in range(3):
        sink = DiagnosticSink()
        started = time.perf_counter()
        unit = parse(source, sink)
        best = min(best, time.perf_counter() - started)
    assert sink.items == []
    assert len(unit.defs[0].body) > 400
    with capsys.disabled():
        print(f"\n  parse + convert of {text.count(chr(10))} lines ({len(source.data)} bytes): {best * 1000:.1f} ms")
    assert best < 1.0  # generous, for loaded machines; expect well under 0.15 s
