"""Queries type only what they need: completion and signature help give the analysis their offset, which then types
the outline and the method around it, not the other methods' bodies; and they answer exactly what an analysis of
the whole copy answers. Checked at many places of real programs (the corpus, the memory programs)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from scalawasi.compiler.api import analyze
from scalawasi.compiler.ide.completion import complete
from scalawasi.compiler.ide.signatures import signature_help
from scalawasi.compiler.semantics import tir

TESTS = Path(__file__).resolve().parents[1]
PATH = "/tmp/scalawasi-focus-test.scala"


@lru_cache(maxsize=None)
def programs() -> tuple[tuple[str, str], ...]:
    files = sorted((TESTS / "corpus").rglob("*.scala"))[::3] + sorted((TESTS / "memory").glob("*.scala"))[::2]
    return tuple((p.name, p.read_text(encoding="utf-8")) for p in files)


def focused(text, focus=None):
    return analyze(text, PATH, static_checks=False, focus=focus)


def whole(text, focus=None):
    return analyze(text, PATH, static_checks=False)


def places(text: str) -> list[int]:
    """Byte offsets worth asking at: after each `.` of a member selection and inside words in method bodies, a few
    per program."""
    data = text.encode("utf-8")
    found = [m.end() for m in re.finditer(rb"[a-z]\w*\.(?=[a-z])", data)]
    found += [m.start() + 2 for m in re.finditer(rb"(?m)^\s{4,}(?:val|var|if|println)\b", data)]
    return sorted(set(found))[::7][:8]


def _items(result):
    return [(i.label, i.kind, i.detail, i.doc, i.insert, i.rank, i.params) for i in result.items]


@pytest.mark.parametrize("name,text", programs(), ids=[n for n, _ in programs()])
def test_completion_with_focus_answers_as_the_whole_analysis(name, text):
    for offset in places(text):
        assert _items(complete(text, offset, focused)) == _items(complete(text, offset, whole)), (name, offset)


@pytest.mark.parametrize("name,text", programs(), ids=[n for n, _ in programs()])
def test_signature_help_with_focus_answers_as_the_whole_analysis(name, text):
    data = text.encode("utf-8")
    for m in list(re.finditer(rb"[A-Za-z]\w*\((?=[^)])", data))[::5][:6]:
        offset = m.end() + 1
        assert signature_help(text, offset, focused) == signature_help(text, offset, whole), (name, offset)


def test_only_the_method_around_the_offset_is_typed():
    text = """object Shop {
  def price(n: Int): Int = {
    val base = n * 3
    base + 1
  }
  def label(n: Int): String = {
    val p = price(n)
    "costs " + p
  }
  def guess(n: Int) = price(n) * 2
  val total: Int = price(2)
  def main(args: Array[String]): Unit = println(label(2) + guess(1))
}
"""
    offset = len(text[:text.index("val p")].encode())
    analysis = focused(text, offset)
    methods = analysis.program.objects["Shop"].methods
    assert isinstance(methods["price"].body, tir.ErrorNode)  # away from the offset, with a declared result
    assert isinstance(methods["main"].body, tir.ErrorNode)
    assert not isinstance(methods["label"].body, tir.ErrorNode)  # around the offset
    assert not isinstance(methods["guess"].body, tir.ErrorNode)  # no declared result: its body is its type
    assert [local.name for local in methods["label"].locals] == ["p"]
    assert analysis.program.objects["Shop"].fields["total"].tpe.name == "Int"


def test_focus_never_runs_the_static_checks():
    text = ("import scala.scalajs.wasm._\nimport scala.scalajs.wasm.memory._\nobject M {\n"
            "  def main(args: Array[String]): Unit = withMemoryAllocator { a =>\n"
            "    val s = a.allocate(4)\n    println(s.getInt(8))\n  }\n}\n")
    assert any(d.code == "segment-out-of-bounds" for d in analyze(text, PATH).diagnostics)
    assert not any(d.code == "segment-out-of-bounds" for d in analyze(text, PATH, focus=0).diagnostics)
