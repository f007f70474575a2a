"""An analysis the language server drops is freed by reference counting, not by the cycle collector: its symbols'
cycles are cut when its last reference goes (`api.release_when_dropped`), and analysing leaves no cyclic garbage
of its own. What the cycle collector still finds is the measure (a collection at 1,000 lines cost about 200 ms in
the server, in front of a key; docs/benchmarks.md)."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path

import pytest

from scalawasi.compiler.api import Abandoned, analyze, build, release_when_dropped

TESTS = Path(__file__).resolve().parent
# Programs with the kinds of symbols that close cycles: classes and their members, inner and local classes,
# anonymous classes, local defs, an F-bounded type parameter, the memory intrinsics.
PROGRAMS = ["corpus/lang2/anon_observer_events.scala", "corpus/lang2/inner_entries_dictionary.scala",
            "corpus/lang2/java_comparable_heap.scala", "corpus/lang2/local_object_sieve.scala",
            "diagnostics/comparable_extends_any.scala", "corpus/lib11/list_patterns.scala"]


@contextmanager
def collector_off():
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def garbage_left() -> int:
    """Unreachable objects the cycle collector finds now (and frees)."""
    return gc.collect()


def memory_program() -> str:
    return next(p.read_text(encoding="utf-8") for p in sorted((TESTS / "memory").glob("*.scala"))
                if "withMemoryAllocator" in p.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", PROGRAMS + ["memory"])
def test_a_dropped_analysis_leaves_nothing_for_the_cycle_collector(name):
    text = memory_program() if name == "memory" else (TESTS / name).read_text(encoding="utf-8")
    with collector_off():
        analyze(text, "release-warm.scala")  # the prelude and the modules, loaded once
        garbage_left()
        analysis = release_when_dropped(analyze(text, "release.scala"))
        assert garbage_left() == 0  # analysing made no cycles of its own
        assert analysis.model is not None and analysis.program is not None
        del analysis
        assert garbage_left() == 0


def test_releasing_an_older_analysis_leaves_the_newer_one_whole():
    """Consecutive analyses of one file share converted syntax trees (syntax/reuse.py) but no symbols: cutting the
    older one's cycles changes nothing the newer one shows."""
    text = (TESTS / PROGRAMS[1]).read_text(encoding="utf-8")
    edited = text.replace("\n", "\n// edited\n", 1)
    older = release_when_dropped(analyze(text, "release-pair.scala"))
    newer = analyze(edited, "release-pair.scala")
    before = _facts(newer)
    del older
    assert _facts(newer) == before == _facts(analyze(edited, "release-fresh.scala"))


def test_an_abandoned_analysis_leaves_nothing_for_the_cycle_collector():
    text = "object Many {\n" + "".join(f"  def m{i}(x: Int): Int = x + {i}\n" for i in range(100)) + "}\n"
    asked = []
    with collector_off():
        analyze(text, "release-abandon.scala")
        garbage_left()
        with pytest.raises(Abandoned):
            analyze(text, "release-abandon.scala", abandon=lambda: asked.append(1) or len(asked) > 3)
        assert garbage_left() == 0


def _facts(analysis) -> tuple:
    diagnostics = sorted((d.code, d.span.start, d.span.end, d.message) for d in analysis.diagnostics)
    types = sorted((n.span.start, n.span.end, getattr(t, "name", repr(t))) for n, t in analysis.model.node_types.items())
    references = sorted((s.start, s.end, getattr(sym, "name", "")) for s, sym in analysis.model.references)
    return diagnostics, types, references


def test_a_build_leaves_nothing_for_the_cycle_collector():
    """The language server builds in the background for hovers: the result keeps the module only, and the typed
    program and the lowering's own state are cut loose when the build ends."""
    text = memory_program()
    with collector_off():
        build(text, "release-build.scala")
        garbage_left()
        result = build(text, "release-build.scala")
        assert result.ok
        assert garbage_left() == 0
        del result
        assert garbage_left() == 0


def test_a_build_is_abandoned_within_lowering():
    """Lowering is one stage of a build: `abandon` is asked every few functions inside it too, so a background build
    gives way to the next keystroke's analysis before the module is done."""
    text = "object Many {\n" + "".join(f"  def m{i}(x: Int): Int = x + {i}\n" for i in range(100)) + \
        "  def main(args: Array[String]): Unit = println(" + " + ".join(f"m{i}(1)" for i in range(100)) + ")\n}\n"
    calls = []
    assert build(text, "release-lowering.scala", abandon=lambda: calls.append(1) or False).ok
    boundaries_and_typing = len(calls)
    calls.clear()
    analyze(text, "release-lowering.scala", abandon=lambda: calls.append(1) or False)
    assert boundaries_and_typing > len(calls) + 100 // 16 - 1  # asked while lowering the 100 methods
    asked = []
    with pytest.raises(Abandoned):
        build(text, "release-lowering.scala", abandon=lambda: asked.append(1) or len(asked) > len(calls) + 1)


def test_releasing_leaves_the_prelude_whole():
    """Programs using the library the prelude writes (List, Option, a buffer): after their analyses were released,
    the same texts analyse as before (a prelude symbol cut by mistake would break every later analysis)."""
    texts = [(TESTS / name).read_text(encoding="utf-8") for name in PROGRAMS] + [memory_program()]
    before = [_facts(analyze(text, f"release-prelude-{i}.scala")) for i, text in enumerate(texts)]
    for i, text in enumerate(texts):
        dropped = release_when_dropped(analyze(text, f"release-prelude-{i}.scala"))
        del dropped
    assert [_facts(analyze(text, f"release-prelude-{i}.scala")) for i, text in enumerate(texts)] == before
