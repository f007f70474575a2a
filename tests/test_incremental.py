"""An analysis made after edits of the same file (tree-sitter re-parsing the previous tree, unchanged methods' converted
trees reused and moved) equals a fresh analysis of the same text: the same diagnostics, the same expression types at
the same places (what hovers show), the same references. Edits are drawn over real programs (the corpus, the memory
programs): inserted and deleted text, typed characters, unclosed brackets and strings."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from scalawasi.compiler.api import analyze
from scalawasi.compiler.semantics import typer  # noqa: F401  (sets its recursion limit before hypothesis runs)
from scalawasi.compiler.semantics.retype import Records
from scalawasi.compiler.syntax.reuse import ConvertedDefs, ParsedTrees

TESTS = Path(__file__).resolve().parent
EXAMPLES = int(os.environ.get("SCALAWASI_FUZZ_EXAMPLES", "25"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("SCALAWASI_FUZZ_RANDOM"),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
EDITED = "incremental-edited.scala"
FRESH = "incremental-fresh.scala"
SNIPPETS = ["x", " ", "\n", "{", "}", "(", ")", "\"", "val q = 1\n", "q + 1", ".", "seg.", "def extra(): Int = 3\n",
            "if (true) 1 else 2", "// note\n", "/*", "*/", "println(q)\n", "var r: Long = 0L\n", "1.5", "'c'"]


@lru_cache(maxsize=None)
def programs() -> tuple[str, ...]:
    files = sorted((TESTS / "corpus").rglob("*.scala")) + sorted((TESTS / "memory").glob("*.scala"))
    return tuple(text for text in (p.read_text(encoding="utf-8") for p in files) if len(text) < 4000)


def fresh(text: str):
    """An analysis with nothing kept from before: the reuse caches forget the path first."""
    with ParsedTrees._lock:
        ParsedTrees._by_path.pop(FRESH, None)
    with ConvertedDefs._lock:
        ConvertedDefs._by_path.pop(FRESH, None)
    Records.forget(FRESH)
    return analyze(text, FRESH)


def facts(analysis) -> tuple:
    """What an editor shows of an analysis, by position: diagnostics, the type of each typed expression, and what
    each reference refers to (kind and name, and where that is defined)."""
    diagnostics = list((d.code, d.severity.value, d.span.start, d.span.end, d.message,
                          tuple((r.span.start, r.span.end, r.message) for r in d.related),
                          tuple((f.title, tuple((e.span.start, e.span.end, e.new_text) for e in f.edits))
                                for f in d.fixes))
                         for d in analysis.diagnostics)
    model = analysis.model
    if model is None:
        return diagnostics, (), ()
    types = sorted((n.span.start, n.span.end, type(n).__name__, getattr(t, "name", repr(t)))
                   for n, t in model.node_types.items())
    references = sorted((s.start, s.end, type(sym).__name__, getattr(sym, "name", ""),
                         getattr(getattr(sym, "span", None), "start", -1)) for s, sym in model.references)
    return diagnostics, types, references


def edit(text: str, data) -> str:
    at = data.draw(st.integers(0, len(text)), label="at")
    kind = data.draw(st.sampled_from(["insert", "type", "delete", "replace"]), label="kind")
    if kind == "delete":
        return text[:at] + text[at + data.draw(st.integers(1, 40), label="length"):]
    if kind == "replace":
        source = data.draw(st.integers(0, max(0, len(text) - 1)), label="from")
        piece = text[source:source + data.draw(st.integers(1, 60), label="length")]
        return text[:at] + piece + text[at + len(piece):]
    snippet = data.draw(st.sampled_from(SNIPPETS), label="snippet")
    return text[:at] + (snippet if kind == "insert" else snippet[:1]) + text[at:]


@SETTINGS
@given(st.data())
def test_edits_analysed_incrementally_equal_fresh_analyses(data):
    text = data.draw(st.sampled_from(programs()), label="program")
    assert facts(analyze(text, EDITED)) == facts(fresh(text))
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        text = edit(text, data)
        assert facts(analyze(text, EDITED)) == facts(fresh(text)), text


def test_typing_a_method_key_by_key_equals_fresh_analyses():
    """The editor's case: a method typed one character at a time into a program with memory intrinsics (every
    intermediate text half-typed, brackets unclosed), each analysis made from the previous one's trees."""
    text = next(p for p in programs() if "withMemoryAllocator" in p and "def " in p)
    anchor = text.index("\n", text.index("def ")) + 1
    typed = ("    val probe: Int = {\n      var k = 0\n      while (k < 3) { k += 1 }\n"
             "      if (k > 2) k * 2 else \"no\"\n    }\n")
    for i in range(1, len(typed) + 1, 2):
        current = text[:anchor] + typed[:i] + text[anchor:]
        assert facts(analyze(current, EDITED)) == facts(fresh(current)), current[:anchor + i]


def test_an_abandoned_analysis_stops_within_typing_not_at_its_end():
    """Typing is the longest stage of a large file: `abandon` is asked every few methods inside it, so a keystroke
    that arrives early in it does not wait for the whole file to be typed."""
    import pytest

    from scalawasi.compiler.api import Abandoned

    text = "object Many {\n" + "".join(f"  def m{i}(x: Int): Int = x + {i}\n" for i in range(200)) + "}\n"
    asked = []

    def abandon() -> bool:
        asked.append(1)
        return len(asked) > 3  # after parsing and two questions inside typing

    with pytest.raises(Abandoned):
        analyze(text, "abandon.scala", abandon=abandon)
    assert len(asked) == 4  # stopped within typing, far before the 200th method
    calls = []
    analyze(text, "abandon.scala", abandon=lambda: calls.append(1) or False)
    assert len(calls) > 200 // 16  # asked all along when never told to stop


def test_a_reused_method_names_its_placeholders_as_a_fresh_parse_does():
    """`_ + 1` becomes a lambda of a synthetic `x$N`: when an earlier method gains a placeholder, a reused later
    method must still read as a fresh conversion does (the hypothesis test above found this through the corpus)."""
    before = ("object Main {\n  def f(xs: Array[Int]) = xs.map(_ + 1)\n  def g(xs: Array[Int]) = xs.map(_ * 2)\n"
              "  def main(args: Array[String]): Unit = println(g(f(Array(1))).length)\n}\n")
    after = before.replace("xs.map(_ + 1)", "xs.map(_ + 1).map(_ + 3)")
    analyze(before, EDITED)
    assert facts(analyze(after, EDITED)) == facts(fresh(after))


def test_a_reused_method_numbers_its_anonymous_classes_as_a_fresh_parse_does():
    """Anonymous classes are named `$anon$N` by their place in the file: when an earlier method gains one, a later
    method whose tree is reused is numbered as a fresh analysis numbers it (the typer counts, not the parser)."""
    before = ("trait T { def m: Int }\nobject Main {\n  def f: T = new T { def m = 1 }\n"
              "  def g: T = new T { def m = 2 }\n  def main(args: Array[String]): Unit = println(f.m + g.m)\n}\n")
    after = before.replace("  def g:", "  def e: T = new T { def m = 0 }\n  def g:")

    def anonymous(analysis) -> list:
        return sorted((c.span.start, name) for name, c in analysis.model.program.classes.items() if "$anon" in name)

    analyze(before, EDITED)
    edited = analyze(after, EDITED)
    assert anonymous(edited) == anonymous(fresh(after))
    assert [name for _, name in anonymous(edited)] == ["$anon$1", "$anon$2", "$anon$3"]
    assert facts(edited) == facts(fresh(after))
