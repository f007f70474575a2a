"""The on-disk cache of the typed prelude: written privately and atomically, keyed by every source the compiler is
made of, read back into a program that lowers to exactly the same module, and ignored when damaged or not private."""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from scalawasi.compiler.api import analyze
from scalawasi.compiler.lowering.codegen import Lowering
from scalawasi.compiler.prelude import cache, type_prelude
from scalawasi.compiler.semantics import tir
from scalawasi.compiler.pipeline import _lowering_extensions
from scalawasi.compiler.wasm import to_wat

PROGRAM = """object Main {
  def main(args: Array[String]): Unit = {
    println(3.25)
    println(-17L)
    println(1.0f / 3)
    println("n = " + 42 + ", c = " + 'x' + ", b = " + true)
    val a = new Array[Int](3)
    println(a(5))
  }
}
"""


def _wat_with(prelude) -> str:
    """The program's typed tree lowered against the given prelude, as text."""
    analysis = analyze(PROGRAM, "cache_check.scala")
    assert not analysis.has_errors
    module = Lowering(analysis.program, prelude, extensions=_lowering_extensions()).lower()
    return to_wat(module).text


def test_cached_prelude_lowers_to_the_same_module(tmp_path):
    path = tmp_path / "cache" / "prelude.pickle"
    fresh = type_prelude()
    cache.store(path, fresh)
    loaded = cache.load(path)
    assert loaded is not None and loaded is not fresh
    assert set(loaded.objects) == set(fresh.objects)
    assert _wat_with(loaded) == _wat_with(fresh)


def test_method_bodies_are_read_when_first_used(tmp_path):
    """Loading unpickles the symbols only: a method's typed body and its syntax body come back when something first
    reads the body, referring to the very symbols already loaded."""
    path = tmp_path / "cache" / "prelude.pickle"
    cache.store(path, type_prelude())
    loaded = cache.load(path)
    to_string = loaded.objects["NumberFormat"].methods["doubleToString"]
    assert "_body" not in vars(to_string) and to_string.defn.body is None
    body = to_string.body
    assert isinstance(body, tir.Expr) and to_string.defn.body is not None
    calls = [n for n in tir.walk(body) if isinstance(n, tir.Call)]
    assert calls and all(c.method is loaded_method(loaded, c.method) for c in calls)
    assert to_string.body is body  # read once


def loaded_method(program, method):
    """The method of that name and owner in the loaded program (by identity when the body's call kept it)."""
    owner = program.objects.get(method.owner.name) or program.classes.get(method.owner.name)
    return next((m for m in owner.every_method() if m is method), None) if owner is not None else None


def test_library_calls_work_with_the_cached_prelude(tmp_path):
    """The cached prelude keeps no syntax trees: a program's calls into its library (overloads, constructors with
    auxiliary forms) must not need them."""
    from scalawasi.compiler.diagnostics import DiagnosticSink
    from scalawasi.compiler.prelude.library import LibraryCalls
    from scalawasi.compiler.semantics.typer import Typer
    from scalawasi.compiler.source import SourceText
    from scalawasi.compiler.syntax.parser import parse

    path = tmp_path / "cache" / "prelude.pickle"
    cache.store(path, type_prelude())
    loaded = cache.load(path)
    program = ('object Main { def main(args: Array[String]): Unit = { val b = new StringBuilder(); '
               'b.append(1).append("x").append(\'c\'); println(b.toString + " a ".trim.indexOf("a")) } }')
    sink = DiagnosticSink()
    unit = parse(SourceText(program, "main.scala"), sink)
    Typer(sink, [LibraryCalls(loaded)]).check([unit])
    assert [d.message for d in sink.items] == []


def test_written_privately_and_atomically(tmp_path):
    folder = tmp_path / "cache" / "scalawasi"
    path = folder / "prelude-x.pickle"
    cache.store(path, type_prelude())
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["prelude-x.pickle"]  # no temporary file left behind


def test_damaged_or_foreign_files_are_misses(tmp_path):
    path = tmp_path / "cache" / "prelude.pickle"
    cache.store(path, type_prelude())
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert cache.load(path) is None
    path.write_bytes(data)
    assert cache.load(path) is not None
    os.chmod(path.parent, 0o770)  # a folder others may write to: its files are never unpickled
    assert cache.load(path) is None
    os.chmod(path.parent, 0o700)
    os.chmod(path, 0o666)  # nor a file others may write
    assert cache.load(path) is None


def test_key_follows_every_compiler_source(tmp_path, monkeypatch):
    copy = tmp_path / "compiler"
    shutil.copytree(cache.COMPILER_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "COMPILER_DIR", copy)
    before = cache.source_digest()
    for edited in (copy / "semantics" / "typer.py", copy / "prelude" / "runtime.scala"):
        original = edited.read_bytes()
        edited.write_bytes(original + b"\n")
        assert cache.source_digest() != before, edited.name
        edited.write_bytes(original)
    assert cache.source_digest() == before


def test_a_second_process_reads_the_file_the_first_wrote(tmp_path):
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "c"))
    source = tmp_path / "hello.scala"
    source.write_text('object Main { def main(args: Array[String]): Unit = println("hi " + 1.5) }\n')
    command = [sys.executable, "-m", "scalawasi.compiler.cli", "build", str(source)]
    subprocess.run(command, env=env, check=True)
    files = list((tmp_path / "c" / "scalawasi" / "prelude").glob("prelude-*.pickle"))
    assert len(files) == 1
    first = (tmp_path / "hello.wasm").read_bytes()
    written = files[0].stat().st_mtime_ns
    subprocess.run(command, env=env, check=True)
    assert files[0].stat().st_mtime_ns == written  # read, not rewritten
    assert (tmp_path / "hello.wasm").read_bytes() == first
