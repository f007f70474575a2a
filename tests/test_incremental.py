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
        ParsedTrees._by_path.pop(FRESH + "\0patched", None)
    with ConvertedDefs._lock:
        ConvertedDefs._by_path.pop(FRESH, None)
        ConvertedDefs._by_path.pop(FRESH + "\0patched", None)
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
        return diagnostics, (), (), ()
    types = sorted((n.span.start, n.span.end, type(n).__name__, getattr(t, "name", repr(t)))
                   for n, t in model.node_types.items())
    references = sorted((s.start, s.end, type(sym).__name__, getattr(sym, "name", ""),
                         getattr(getattr(sym, "span", None), "start", -1)) for s, sym in model.references)
    return diagnostics, types, references, accesses(analysis.program)


def accesses(program) -> list:
    """What the range analysis found of each segment access (the hover's bounds proofs, the dropped checks)."""
    from scalawasi.compiler.semantics import tir

    if program is None:
        return []
    bodies = [m.body for m in program.local_methods]
    for owner in (*program.objects.values(), *program.classes.values()):
        bodies += [m.body for m in owner.every_method()] + [owner.init]
    return sorted((n.span.start, n.span.end, n.offset_range, n.size_range, n.proven_in_bounds)
                  for body in bodies if isinstance(body, tir.Expr)
                  for n in tir.walk(body) if isinstance(n, tir.SegmentAccess))


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


# Statements the memory checks see something of, for edits inside bodies of programs with the intrinsics.
MEMORY_STATEMENTS = ["val probe = 1\n    ", "withMemoryAllocator { b => b.allocate(8).getInt(0) }\n    ",
                     "kept = null\n    ", "println(\"x\")\n    ", "if (true) return\n    ", "helper(1)\n    "]


@lru_cache(maxsize=None)
def memory_programs() -> tuple[str, ...]:
    """Programs with the memory intrinsics: the misuse tests' and the shared acceptance's (each with something
    the checks report), and a generated one (scopes, accesses of every width, WASI, callers in `main`)."""
    import sys

    sys.path.insert(0, str(TESTS.parent / "bench"))
    from gen_program import generate

    files = sorted((TESTS / "misuse").glob("*.scala")) + sorted((TESTS.parent.parent / "shared" / "acceptance" /
                                                                 "misuse").glob("*.scala"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    return tuple(t for t in texts if "withMemoryAllocator" in t and len(t) < 4000) + (generate(150, intrinsics=True),)


def body_edit(text: str, data) -> str:
    """An edit inside a method's body, where the outline stays the same (what re-typing skips methods for): a
    statement inserted, or typed in part, before an indented line, or a few characters of one deleted."""
    starts = [i + 1 for i, ch in enumerate(text) if ch == "\n" and text.startswith("    ", i + 1)]
    if not starts:
        return edit(text, data)
    at = data.draw(st.sampled_from(starts), label="line") + 4
    kind = data.draw(st.sampled_from(["insert", "type", "delete"]), label="body edit")
    if kind == "delete":
        return text[:at] + text[at + data.draw(st.integers(1, 6), label="length"):]
    statement = data.draw(st.sampled_from(MEMORY_STATEMENTS + SNIPPETS), label="statement")
    if kind == "type":
        statement = statement[:data.draw(st.integers(1, len(statement)), label="typed")]
    return text[:at] + statement + text[at:]


@SETTINGS
@given(st.data())
def test_edits_of_programs_with_the_intrinsics_analysed_incrementally_equal_fresh_analyses(data):
    """The same over programs the memory checks have something to say of, with edits mostly inside bodies: the
    methods left untyped have their summaries and check diagnostics from the record."""
    text = data.draw(st.sampled_from(memory_programs()), label="program")
    assert facts(analyze(text, EDITED)) == facts(fresh(text))
    for _ in range(data.draw(st.integers(1, 6), label="edits")):
        text = body_edit(text, data) if data.draw(st.integers(0, 3), label="where") else edit(text, data)
        assert facts(analyze(text, EDITED)) == facts(fresh(text)), text


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


# ---------------------------------------------------------------------------------------------- re-typing (retype.py)

RETYPED = "incremental-retyped.scala"
PLAIN = """object Shapes {
  val scale: Int = 3
  def area(w: Int, h: Int): Int = w * h * scale
  def label(n: Int): String = {
    val text = "n=" + n
    text
  }
  def wrong(): Int = "not a number"
  def twice(x: Int) = x * 2
  def sum(xs: Array[Int]): Long = {
    var total = 0L
    for (x <- xs) total += x
    total
  }
  def main(args: Array[String]): Unit = {
    println(area(2, 3) + twice(4))
    println(label(sum(Array(1, 2)).toInt))
  }
}
class Box(val size: Int) {
  def grow(by: Int): Box = new Box(size + by)
  def bad(): Boolean = size
}
"""
DECLARED = 7  # the methods above that declare their result type (main included)


def untyped(analysis) -> int:
    """How many bodies the analysis left untyped (reused from the analysis before)."""
    return len(getattr(analysis, "_skipped", ()))


def retyped(text: str):
    """An analysis of text made right after one of the same path (whatever text that one had)."""
    return analyze(text, RETYPED)


def test_typing_into_a_method_retypes_only_that_method():
    """Every key typed inside `label` leaves the other declared methods untyped, and the analysis (diagnostics in
    their order, then, once its model is read, every expression's type and every reference) equals a fresh one."""
    retyped(PLAIN)
    anchor = PLAIN.index("    text\n")
    typed = "    val more = text.length + area(1, 2)\n    if (more > 3) println(wrong())\n"
    for i in range(1, len(typed) + 1):
        current = PLAIN[:anchor] + typed[:i] + PLAIN[anchor:]
        edited = retyped(current)
        expected = fresh(current)
        clean = not any(d.code == "syntax-error" for d in expected.diagnostics)
        assert not clean or untyped(edited) == DECLARED - 1, current[anchor:anchor + i]
        assert facts(edited) == facts(expected), current[anchor:anchor + i]
        assert not getattr(edited, "_skipped", ())  # facts read the model: every body is typed now


def test_reused_diagnostics_move_with_the_edit():
    """`wrong` and `bad` are not typed again when text is added above them: their mismatches move with it."""
    retyped(PLAIN)
    current = PLAIN.replace("    text\n", "    // a longer comment than before\n    text\n")
    edited = retyped(current)
    assert untyped(edited) == DECLARED - 1
    mismatches = [d for d in edited.diagnostics if d.code == "type-mismatch"]
    assert [current.encode()[d.span.start:d.span.end].decode() for d in mismatches] == ['"not a number"', "size"]
    assert facts(edited) == facts(fresh(current))


def test_edits_of_the_outline_type_the_whole_file_again():
    """A signature, an inferred result (its body is part of the outline), a field's initialiser, a new method and
    methods moved: each types every body (nothing untyped) and equals a fresh analysis."""
    edits = [
        PLAIN.replace("def area(w: Int, h: Int): Int", "def area(w: Int, h: Long): Long"),
        PLAIN.replace("def twice(x: Int) = x * 2", 'def twice(x: Int) = "x" * 2'),
        PLAIN.replace("val scale: Int = 3", 'val scale: Int = "3"'),
        PLAIN.replace("  def wrong()", "  def extra(): Int = 1\n  def wrong()"),
        PLAIN.replace("  def wrong(): Int = \"not a number\"\n", "").replace(
            "  def grow", "  def wrong(): Int = \"not a number\"\n  def grow"),
    ]
    for current in edits:
        retyped(PLAIN)
        edited = retyped(current)
        assert untyped(edited) == 0, current
        assert facts(edited) == facts(fresh(current)), current


def test_a_method_that_defines_classes_or_local_defs_is_typed_every_time():
    """Typing a body with a local class, an anonymous class or a local `def` enters it program-wide (the program's
    classes, its lifted methods): such a method is never left untyped, the others still are."""
    for body in ("class Local(val v: Int)\n    new Local(1).v\n", "def helper(k: Int) = k + 1\n    helper(2)\n",
                 "val r = new Runnable { def run(): Unit = () }\n    3\n"):
        current = PLAIN.replace("  def area(w: Int, h: Int): Int = w * h * scale\n",
                                "  def area(w: Int, h: Int): Int = {\n    " + body + "  }\n")
        retyped(current)  # area typed (changed), and recorded as defining something program-wide
        later = current.replace("    text\n", "    text.trim\n")
        edited = retyped(later)
        assert untyped(edited) == DECLARED - 2, body  # neither `label` (edited) nor `area`
        assert facts(edited) == facts(fresh(later)), body


def test_the_lazy_model_is_typed_once_and_not_by_its_release():
    from scalawasi.compiler.api import release_when_dropped

    retyped(PLAIN)
    current = PLAIN.replace("    text\n", "    text + \"!\"\n")
    edited = release_when_dropped(retyped(current))
    assert untyped(edited) == DECLARED - 1 and not edited.complete
    assert edited.complete_typing()
    assert edited.complete and facts(edited) == facts(fresh(current))


def test_a_cycle_of_inferred_methods_is_reported_as_a_fresh_analysis_reports_it():
    """Which call of a cycle of methods without result types is reported depends on the order they are typed in:
    while that error stands the file is typed in full."""
    text = ("object Cycle {\n  def a(n: Int): Int = d(n) + 1\n  def b(n: Int) = if (n > 0) d(n) else 0\n"
            "  def c(n: Int): Int = b(n)\n  def d(n: Int) = b(n - 1)\n"
            "  def main(args: Array[String]): Unit = println(a(3))\n}\n")
    retyped(text)
    current = text.replace("println(a(3))", "println(a(4))")
    edited = retyped(current)
    assert any(d.code == "missing-type" for d in edited.diagnostics) and untyped(edited) == 0
    assert facts(edited) == facts(fresh(current))


def test_a_moved_methods_body_is_copied_on_first_read_once():
    """A key typed above a method moves it: the parse keeps its unmoved body and copies it (spans moved) only when
    it is first read, and every later read gets that same copy (typed trees are keyed by node identity)."""
    from scalawasi.compiler.syntax import ast

    retyped(PLAIN)
    current = PLAIN.replace("    text\n", "    text + 1\n")
    unit = retyped(current).unit
    moved = next(d for d in unit.defs[0].body if isinstance(d, ast.DefDef) and d.name == "wrong")
    assert "_moved_body" in vars(moved) and "body" not in vars(moved)
    body = moved.body
    assert moved.body is body and "_moved_body" not in vars(moved)
    assert current.encode()[body.span.start:body.span.end] == b'"not a number"'


def test_a_query_at_one_place_types_only_the_method_there():
    retyped(PLAIN)
    current = PLAIN.replace("    text\n", "    text.trim\n")
    edited = retyped(current)
    at = current.encode().index(b"w * h")
    view = edited.typed_around(at)
    assert untyped(edited) == DECLARED - 2  # `area` typed now; `label` was (the edit)
    span_types = {(n.span.start, n.span.end): t.name for n, t in view.model.node_types.items()}
    expected = {(n.span.start, n.span.end): t.name for n, t in fresh(current).model.node_types.items()}
    assert span_types[(at, at + len(b"w * h"))] == expected[(at, at + len(b"w * h"))] == "Int"
    assert facts(edited) == facts(fresh(current))  # and the rest when the whole model is read


NESTED = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Nested {
  def helper(n: Int): Int = n + 1
  def caller(n: Int): Int = helper(n) * 2
  def plain(n: Int): Int = n * 3
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { a =>
      val s = a.allocate(8)
      println(caller(s.getInt(0)) + plain(1))
    }
  }
}
"""


def test_with_the_intrinsics_unchanged_methods_keep_their_checks_facts_while_the_edited_ones_keep_theirs():
    """With the memory intrinsics, what the checks find at `main` depends on what `caller` may run, and so on what
    `helper` does. An edit of `helper` leaves `caller`, `plain` and `main` untyped, their summaries and their
    check diagnostics taken from the record, on the bet that `helper`'s summary stays the same (checked after the
    checks). When `helper` starts opening a scope the bet is lost and the file is analysed again in full, the
    nested scope reported through `caller`; an edit that leaves that scope as it was skips them all again, the
    nested-allocator of `main` reported as before."""
    retyped(NESTED)
    quiet = NESTED.replace("n + 1", "n + 2")
    edited = retyped(quiet)
    assert sorted(m.name for m in edited._skipped) == ["caller", "main", "plain"]
    assert facts(edited) == facts(fresh(quiet))

    opening = NESTED.replace("def helper(n: Int): Int = n + 1",
                             "def helper(n: Int): Int = withMemoryAllocator { b => b.allocate(4).getInt(0) + n }")
    edited = retyped(opening)
    assert untyped(edited) == 0 and [d.code for d in edited.diagnostics] == ["nested-allocator"]
    assert [r.message for r in edited.diagnostics[0].related][1:] == ["`caller` calls `helper` here",
                                                                       "`helper` opens withMemoryAllocator here"]
    assert facts(edited) == facts(fresh(opening))

    for again in (opening.replace("getInt(0) + n", "getInt(0) + n * 1"),  # after the scope's keyword
                  opening.replace("Int = withMemoryAllocator", "Int =  withMemoryAllocator")):  # before it
        retyped(opening)
        edited = retyped(again)
        assert sorted(m.name for m in edited._skipped) == ["caller", "main", "plain"]
        assert [d.code for d in edited.diagnostics] == ["nested-allocator"]
        assert facts(edited) == facts(fresh(again))


def test_a_reused_check_diagnostic_gives_the_lines_of_the_text_it_is_reused_in():
    """A check's message names lines (`the one on line 9`): when a key adds a line above a skipped method, the
    message reused for it names the line its scope is on now."""
    opening = NESTED.replace("def helper(n: Int): Int = n + 1",
                             "def helper(n: Int): Int = withMemoryAllocator { b => b.allocate(4).getInt(0) + n }")
    retyped(opening)
    longer = opening.replace("getInt(0) + n }", "getInt(0) +\n    n }")
    edited = retyped(longer)
    assert "main" in [m.name for m in edited._skipped]
    assert "on line 10 is active" in edited.diagnostics[0].message  # (line 9 before)
    assert facts(edited) == facts(fresh(longer))


CYCLE = """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Kept {
  var kept: Any = null
  def keep(s: MemorySegment): Unit = { kept = s }
  def pass(s: MemorySegment): Unit = keep(s)
  def main(args: Array[String]): Unit = withMemoryAllocator { a => pass(a.allocate(4)) }
}
"""


def test_a_skipped_method_on_a_new_cycle_through_the_edited_one_loses_the_bet():
    """`pass` keeps its parameter because `keep` does. When `keep` calls `pass` instead, neither keeps anything,
    but with `pass`'s recorded summary taken as it is, `keep`'s would look unchanged (it calls a method that
    keeps): a skipped method on a cycle through an edited one is a lost bet, and the file is analysed in full."""
    retyped(CYCLE)
    assert [d.code for d in retyped(CYCLE).diagnostics] == ["segment-escape"]
    cycle = CYCLE.replace("{ kept = s }", "{ pass(s) }")
    edited = retyped(cycle)
    assert untyped(edited) == 0 and edited.diagnostics == []
    assert facts(edited) == facts(fresh(cycle))
    # and from then on a method on that cycle is typed with the edited one
    again = cycle.replace("{ pass(s) }", "{ pass(s); () }")
    edited = retyped(again)
    assert [m.name for m in edited._skipped] == ["main"]
    assert facts(edited) == facts(fresh(again))


def test_a_half_typed_callee_whose_summary_changed_loses_the_bet_though_its_definition_ends_elsewhere():
    """`fresh` hands back what it allocates from its parameter, so `main`'s scope result escapes. Half typed, its
    body is recovered from a syntax error, its definition ending where recovery ends it, not where the edit moved
    its end: the call from `main` (skipped on the bet) is still known to reach it, and the bet is lost."""
    text = (TESTS / "misuse" / "escape_result_helper.scala").read_text(encoding="utf-8")
    retyped(text)
    half = text.replace("x.allocate(n)", "x.n)")
    edited = retyped(half)
    assert facts(edited) == facts(fresh(half))
    assert "segment-escape" not in [d.code for d in edited.diagnostics]


def test_an_import_that_does_not_resolve_is_reported_as_a_fresh_analysis_reports_it():
    """An import that does not resolve is reported by whichever method first needs it: when an edit makes that
    method stop needing it, a method left untyped would have been the one to report it. While such a diagnostic
    stands nothing is recorded, so the next analysis types everything."""
    text = (TESTS / "misuse" / "ignored_errno_wasi.scala").read_text(encoding="utf-8")
    broken = text.replace("import scala.scalajs.wasm.memory._", "import scavla.scalajs.wasm.memory._")
    retyped(broken)
    retyped(broken.replace("    wasi.fdClose(fd)", "    wasi.fdClose(fd) "))
    edited = broken.replace("    wasi.fdClose(fd)", "    val q wasi.fdClose(fd)")
    assert facts(retyped(edited)) == facts(fresh(edited))


def test_a_segment_kept_by_a_library_collection_names_no_place_in_the_users_file():
    """`kept += seg` escapes through the library's `+=`: the diagnostic names it, and points at no place of the
    library's source as if it were in the user's file (offsets of another text, which a reused diagnostic would
    even move with the edit)."""
    text = (TESTS / "misuse" / "collections_keep_segments.scala").read_text(encoding="utf-8")
    retyped(text)
    current = text.replace("// Segments kept", "// The segments kept")
    edited = retyped(current)
    escapes = [d for d in edited.diagnostics if d.code == "segment-escape"]
    assert len(escapes) == 4 and all(len(d.related) == 1 for d in escapes)
    assert facts(edited) == facts(fresh(current))


def test_a_lazily_typed_body_gets_its_bounds_proofs():
    """The range analysis runs on a skipped body when it is typed on first read: the hover's proofs and the
    lowering's dropped checks are those of a fresh analysis."""
    retyped(NESTED)
    current = NESTED.replace("n + 1", "n + 2")
    edited = retyped(current)
    assert "main" in [m.name for m in edited._skipped]
    found = accesses(edited.program)
    assert found and found == accesses(fresh(current).program)
    assert all(proven for *_, proven in found)


def test_a_tree_with_bodies_still_to_move_pickles_with_them():
    """The build cache pickles syntax trees, and a file placed after others in a program has its methods moved by
    its base (their bodies pending): pickling copies the bodies, not the move."""
    import pickle

    from scalawasi.compiler.diagnostics import DiagnosticSink
    from scalawasi.compiler.source import SourceText
    from scalawasi.compiler.syntax.parser import parse

    unit = parse(SourceText(PLAIN, "incremental-pickled.scala"), DiagnosticSink(), base=1 << 20)
    assert any("_moved_body" in vars(d) for d in unit.defs[0].body if hasattr(d, "ret"))
    again = pickle.loads(pickle.dumps(unit, protocol=pickle.HIGHEST_PROTOCOL))
    wrong = next(d for d in again.defs[0].body if getattr(d, "name", "") == "wrong")
    assert "_moved_body" not in vars(wrong)
    start = (1 << 20) + PLAIN.index('"not a number"')
    assert (wrong.body.span.start, wrong.body.span.end) == (start, start + len('"not a number"'))


def test_a_keystroke_copies_no_moved_body_and_digests_only_the_edited_methods():
    """The outline's digest is made from each method's piece (kept on the method, carried by the copy an edit
    moves): after a key typed into `label`, the methods below it keep their predecessors' pieces, their bodies (the
    inferred `twice`'s aside: it is typed every time) are still uncopied, and the digest is a fresh parse's."""
    from scalawasi.compiler.diagnostics import DiagnosticSink
    from scalawasi.compiler.source import SourceText
    from scalawasi.compiler.syntax import ast
    from scalawasi.compiler.syntax.outline import outline_digest
    from scalawasi.compiler.syntax.parser import parse

    def methods(unit) -> dict:
        return {d.name: d for d in (*unit.defs[0].body, *unit.defs[1].body) if isinstance(d, ast.DefDef)}

    before = methods(retyped(PLAIN).unit)
    current = PLAIN.replace("    text\n", "    text + 1\n")
    edited = retyped(current)
    assert untyped(edited) == DECLARED - 1
    after = methods(edited.unit)
    moved = ("wrong", "twice", "sum", "main", "grow", "bad")
    assert all(vars(after[name])["_outline"] is vars(before[name])["_outline"] for name in moved)
    assert all("_moved_body" in vars(after[name]) for name in moved if name != "twice")  # (typed: inferred)
    unit = parse(SourceText(current, "incremental-outline-fresh.scala"), DiagnosticSink())
    assert outline_digest(edited.unit) == outline_digest(unit)
    assert facts(edited) == facts(fresh(current))


def test_the_outline_digest_is_the_same_as_before_methods_kept_their_pieces():
    """The build cache keys stored functions by the digest: keeping each method's piece must not change it (the
    digest of PLAIN as the walk over the whole tree made it, before the pieces were kept)."""
    from scalawasi.compiler.diagnostics import DiagnosticSink
    from scalawasi.compiler.source import SourceText
    from scalawasi.compiler.syntax.outline import outline_digest
    from scalawasi.compiler.syntax.parser import parse

    unit = parse(SourceText(PLAIN, "incremental-outline-digest.scala"), DiagnosticSink())
    assert outline_digest(unit) == outline_digest(unit) == "a053cf19da0a3ac8690475de2e81e8efcf64ae9c"


def test_a_moved_tree_keeps_its_generated_members_generated():
    """A case class's generated members sit at its name with a SyntheticSpan, which editor queries leave out (not
    written in the file): a tree moved by its base in a program, or a half-typed text's tree moved back, keeps
    them so (they became written members, and a method in the file's tokens and outline while a bracket was open)."""
    from scalawasi.compiler.diagnostics import DiagnosticSink
    from scalawasi.compiler.source import SourceText
    from scalawasi.compiler.syntax import ast
    from scalawasi.compiler.syntax.caseclasses import is_synthetic
    from scalawasi.compiler.syntax.parser import parse

    text = "case class Point(x: Int, y: Int)\nobject Main {\n  def main(args: Array[String]): Unit = {\n"
    for base in (1 << 20, 0):  # (moved by its base; and half-typed, unclosed: parsed patched and moved back)
        unit = parse(SourceText(text + ("  }\n}\n" if base else ""), f"incremental-synthetic-{base}.scala"),
                     DiagnosticSink(), base=base)
        point = next(d for d in unit.defs if isinstance(d, ast.ClassDef))
        generated = [d for d in point.body if isinstance(d, ast.DefDef)]
        assert generated and all(is_synthetic(d) for d in generated)


def test_inlay_hints_of_some_lines_type_only_the_methods_there():
    """The editor asks for the hints of the lines it shows: the untyped methods there are typed, the others not,
    and the hints are a fresh analysis's."""
    from scalawasi.compiler.ide.inlays import type_hints

    retyped(PLAIN)
    current = PLAIN.replace("    text\n", "    text.trim\n")
    edited = retyped(current)
    start, end = current.encode().index(b"  def sum"), current.encode().index(b"  def main")
    view = edited.typed_within(start, end)
    assert untyped(edited) == DECLARED - 2  # `sum` typed now; `label` was (the edit)
    hints = [(h.offset, h.label) for h in type_hints(view, start, end)]
    assert hints == [(h.offset, h.label) for h in type_hints(fresh(current), start, end)] and hints


# ------------------------------------------------------------------------------- a program of several files

LIBRARY = """package shapes

object Geometry {
  def area(w: Int, h: Int): Int = w * h
  def wrong(): Int = "not a number"
  def perimeter(w: Int, h: Int): Int = 2 * (w + h)
}
"""
APP = """import shapes.Geometry

object App {
  def label(n: Int): String = {
    val text = "n=" + n
    text
  }
  def bad(): Boolean = 3
  def main(args: Array[String]): Unit = println(label(Geometry.area(2, 3)) + Geometry.perimeter(1, 2))
}
"""


def program_facts(analysis) -> tuple:
    diagnostics = [(d.path, d.code, d.span.start, d.span.end, d.message) for d in analysis.diagnostics]
    model = analysis.model
    types = sorted((n.span.start, n.span.end, type(n).__name__, getattr(t, "name", repr(t)))
                   for n, t in model.node_types.items())
    references = sorted((s.start, s.end, type(sym).__name__, getattr(sym, "name", "")) for s, sym in model.references)
    return diagnostics, types, references


def analyze_program_of(app: str, library: str, prefix: str):
    from scalawasi.compiler.api import analyze_files

    return analyze_files({f"{prefix}-app.scala": app, f"{prefix}-geometry.scala": library})


def fresh_program(app: str, library: str):
    for name in ("incremental-fresh-app.scala", "incremental-fresh-geometry.scala"):
        for table in (ParsedTrees, ConvertedDefs):
            with table._lock:
                table._by_path.pop(name, None)
                table._by_path.pop(name + "\0patched", None)
    Records.forget("incremental-fresh-app.scala\0incremental-fresh-geometry.scala")
    found = analyze_program_of(app, library, "incremental-fresh")
    return [(p.replace("incremental-fresh", "incremental-program") if p else p, *rest)
            for p, *rest in program_facts(found)[0]], *program_facts(found)[1:]


def test_typing_into_one_file_of_a_program_retypes_only_that_method():
    """A project's file is analysed with the others: a key typed into `label` (the first file) types that method
    only, and an edit of a method of the second file (the edited file not first) types that one only; diagnostics
    (in published order, every file's), types and references equal a fresh analysis's."""
    analyze_program_of(APP, LIBRARY, "incremental-program")
    anchor = APP.index("    text\n")
    typed = "    val more = text.length + Geometry.area(1, 2)\n"
    for i in range(1, len(typed) + 1, 3):
        current = APP[:anchor] + typed[:i] + APP[anchor:]
        edited = analyze_program_of(current, LIBRARY, "incremental-program")
        clean = not any(d.code == "syntax-error" for d in edited.diagnostics)
        assert not clean or untyped(edited) == 5, current[anchor:anchor + i]  # all but `label`
        assert program_facts(edited) == fresh_program(current, LIBRARY), current[anchor:anchor + i]
    library = LIBRARY.replace("2 * (w + h)", "2 * (w + h) + 0")
    edited = analyze_program_of(current, library, "incremental-program")
    assert untyped(edited) == 5  # all but `perimeter`
    assert program_facts(edited) == fresh_program(current, library)


@lru_cache(maxsize=None)
def multifile_programs() -> tuple[tuple[tuple[str, str], ...], ...]:
    """The multi-file test programs, each as (name, text) of its files (a few small files)."""
    found = []
    for folder in sorted(p for p in (TESTS / "multifile" / "programs").iterdir() if p.is_dir()):
        files = sorted(folder.rglob("*.scala"))
        if 1 < len(files) <= 6 and sum(f.stat().st_size for f in files) < 12000:
            found.append(tuple((str(f.relative_to(folder)), f.read_text(encoding="utf-8")) for f in files))
    return tuple(found)


def program_analysis(files: list[tuple[str, str]], prefix: str, fresh: bool = False):
    from scalawasi.compiler.api import analyze_files

    named = {f"{prefix}-{name.replace('/', '-')}": text for name, text in files}
    if fresh:
        for table in (ParsedTrees, ConvertedDefs):
            with table._lock:
                for path in named:
                    table._by_path.pop(path, None)
                    table._by_path.pop(path + "\0patched", None)
        Records.forget("\0".join(named))
    found = program_facts(analyze_files(named))
    return [(p.replace(prefix, "program") if p else p, *rest) for p, *rest in found[0]], *found[1:]


@SETTINGS
@given(st.data())
def test_edits_of_a_programs_files_analysed_incrementally_equal_fresh_analyses(data):
    """Edits of one file at a time of a multi-file program (the edited one first, or another), each analysis made
    from the previous one's record: the same as a fresh analysis."""
    files = [list(f) for f in data.draw(st.sampled_from(multifile_programs()), label="program")]
    assert program_analysis(files, "incremental-edits") == program_analysis(files, "incremental-fresh", True)
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        which = data.draw(st.integers(0, len(files) - 1), label="file")
        files[which][1] = edit(files[which][1], data)
        assert program_analysis(files, "incremental-edits") == program_analysis(files, "incremental-fresh", True)


def test_a_code_action_in_an_untyped_method_types_only_that_method():
    """"Add explicit type" on a local of `sum` after a key typed into `label`: `sum` is typed for it (its local's
    type), nothing else, and the action is a fresh analysis's."""
    from scalawasi.compiler.ide.actions import actions_at
    from scalawasi.compiler.ide.symbols import SymbolIndex
    from scalawasi.compiler.source import Span

    retyped(PLAIN)
    current = PLAIN.replace("    text\n", "    text.trim\n")
    edited = retyped(current)
    at = current.encode().index(b"var total") + 4
    view = edited.typed_within(at, at)
    assert untyped(edited) == DECLARED - 2

    def action(analysis):
        found = actions_at(analysis.source.data, analysis.unit, SymbolIndex.of_analysis(analysis), Span(at, at))
        return [(a.title, a.edits) for a in found]

    assert action(view) == action(fresh(current)) == [("Add explicit type `Long`", ((Span(at + 5, at + 5), ": Long"),))]
