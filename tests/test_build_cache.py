"""The project's build cache (`.scalawasi/`): a second build of an unchanged project reuses the module, a changed
file is parsed again and the program analysed again, and the module is the same, byte for byte, as a build from
scratch. Damaged or foreign entries are misses; files named on the command line and `--no-cache` leave no cache."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import validate
from scalawasi.compiler import pipeline
from scalawasi.compiler.cli import main

LIB = """package lib

object Greeter {
  def greet(name: String): String = "hello, " + name
}
"""

APP = """package app

import lib.Greeter

object Main {
  def main(args: Array[String]): Unit = {
    (args.length > 5) match { case false => println(Greeter.greet("cache")) }
    println(10 / (args.length - args.length))
  }
}
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "scalawasi.toml").write_text('main = "app.Main"\noutput = "out.wasm"\n')
    for name, text in {"src/main/scala/lib/Greeter.scala": LIB, "src/main/scala/app/Main.scala": APP}.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


@pytest.fixture
def parses(monkeypatch):
    """The paths of the files parsed (not taken from the cache), build after build."""
    seen: list[str] = []
    real = pipeline.parse

    def counting(source, sink, **kw):
        seen.append(Path(source.path).name)
        return real(source, sink, **kw)

    monkeypatch.setattr(pipeline, "parse", counting)
    return seen


def build(root: Path, *extra: str) -> bytes:
    assert main(["build", *extra]) == 0
    data = (root / "out.wasm").read_bytes()
    validate(root / "out.wasm")
    return data


def from_scratch(root: Path) -> bytes:
    return build(root, "--no-cache")


def test_an_unchanged_project_is_not_compiled_again(project, parses, monkeypatch, capfd):
    first = build(project)
    assert sorted(parses) == ["Greeter.scala", "Main.scala"]
    first_err = capfd.readouterr().err
    assert "warning[non-exhaustive-match]" in first_err  # the warnings come back from the cache
    with monkeypatch.context() as m:
        m.setattr(pipeline, "_build", lambda *a, **k: pytest.fail("compiled again"))
        assert build(project) == first
    assert capfd.readouterr().err == first_err
    assert from_scratch(project) == first


def test_an_edited_file_alone_is_parsed_again_and_the_module_is_as_from_scratch(project, parses):
    build(project)
    main_file = project / "src/main/scala/app/Main.scala"
    main_file.write_text(APP.replace('"cache"', '"edited cache"'), encoding="utf-8")
    parses.clear()
    edited = build(project)
    assert parses == ["Main.scala"]
    assert edited == from_scratch(project)
    main_file.write_text(APP, encoding="utf-8")  # back to a text built before: every file from the cache
    parses.clear()
    build(project)
    assert parses == []


def test_a_signature_change_reaches_the_files_that_use_it(project, capfd):
    build(project)
    greeter = project / "src/main/scala/lib/Greeter.scala"
    greeter.write_text(LIB.replace("name: String", "name: String, times: Int"), encoding="utf-8")
    assert main(["build"]) == 1
    err = capfd.readouterr().err
    assert "Main.scala" in err and "error" in err
    greeter.write_text(LIB.replace('"hello, "', '"hi, "'), encoding="utf-8")
    assert build(project) == from_scratch(project)
    assert main(["run"]) == 1
    assert capfd.readouterr().out.startswith("hi, cache\n")


def test_a_trap_in_a_cached_module_names_its_line(project, capfd):
    assert main(["run"]) == 1
    first = capfd.readouterr()
    assert "java.lang.ArithmeticException: / by zero" in first.err and "Main.scala:8:" in first.err
    assert main(["run"]) == 1
    second = capfd.readouterr()
    assert (second.out, second.err) == (first.out, first.err)


def entries(root: Path) -> list[Path]:
    return sorted(root.glob(".scalawasi/compiler-*/*.pickle"))


def test_damaged_entries_are_misses(project):
    first = build(project)
    assert entries(project)
    for entry in entries(project):
        data = entry.read_bytes()
        entry.write_bytes(data[: len(data) // 2])
    assert build(project) == first
    for entry in entries(project):
        entry.write_bytes(b"not a pickle")
    assert build(project) == first


def test_a_cache_folder_others_could_write_is_not_used(project, monkeypatch):
    first = build(project)
    os.chmod(project / ".scalawasi", 0o777)
    real = pipeline._build
    calls = []
    monkeypatch.setattr(pipeline, "_build", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert build(project) == first
    assert calls == [1]  # built, not read from the shared folder
    os.chmod(project / ".scalawasi", 0o700)
    for entry in entries(project):
        os.chmod(entry, 0o666)
    assert build(project) == first
    assert calls == [1, 1]


def test_no_cache_and_named_files_leave_no_cache_folder(project):
    from_scratch(project)
    assert main(["build", "src", "-o", "named.wasm"]) == 0
    assert not (project / ".scalawasi").exists()


def test_wat_of_a_project_reuses_the_trees_only(project, parses, capsys):
    build(project)
    capsys.readouterr()
    parses.clear()
    assert main(["wat"]) == 0
    assert capsys.readouterr().out.lstrip().startswith("(module")
    assert parses == []


def test_another_compilers_folder_is_removed(project):
    stale = project / ".scalawasi" / "compiler-0123"
    stale.mkdir(parents=True, mode=0o700)
    os.chmod(project / ".scalawasi", 0o700)
    (stale / "module-x.pickle").write_bytes(b"old")
    build(project)
    assert not stale.exists()
    assert entries(project)


def test_check_of_an_unchanged_project_reuses_its_diagnostics(project, parses, monkeypatch, capfd):
    assert main(["check", "--format", "json"]) == 0
    first = capfd.readouterr()
    assert "non-exhaustive-match" in first.out
    with monkeypatch.context() as m:
        m.setattr(pipeline, "_check", lambda *a, **k: pytest.fail("analysed again"))
        assert main(["check", "--format", "json"]) == 0
    assert capfd.readouterr() == first
    greeter = project / "src/main/scala/lib/Greeter.scala"
    greeter.write_text(LIB.replace("name: String", "name: Int"), encoding="utf-8")
    parses.clear()
    assert main(["check"]) == 1
    assert parses == ["Greeter.scala"] and "type-mismatch" in capfd.readouterr().err


CORPUS = Path(__file__).resolve().parent / "multifile" / "programs"


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.iterdir() if p.is_dir()))
def test_the_multifile_corpus_builds_the_same_through_the_cache(name, tmp_path):
    """Every program of the multi-file corpus: built with an empty cache, then again after one of its files changed
    (the others from the cache), the module is byte for byte the one a build from scratch makes."""
    from scalawasi.compiler.api import build_files
    from scalawasi.compiler.build_cache import BuildCache

    files = {str(tmp_path / p.relative_to(CORPUS / name)): p.read_text(encoding="utf-8")
             for p in sorted((CORPUS / name).rglob("*.scala"))}

    def through_cache():
        with BuildCache(tmp_path) as cache:
            return build_files(files, cache=cache)

    scratch = build_files(files)
    assert scratch.ok
    assert through_cache().wasm == scratch.wasm
    assert through_cache().wasm == scratch.wasm  # the whole module from the cache
    first = next(iter(files))
    files[first] = "// edited\n" + files[first]
    edited = through_cache()
    assert edited.ok and edited.wasm == build_files(files).wasm


def _one_line_edits(files: dict[str, str]):
    """A sequence of one-line changes, each applied on top of the ones before: a comment line that moves every span
    of a file, a string literal changed inside a method, a method added to an object (a new member: the program's
    outline changes), and the comment taken out again. Yields (what, files after the change)."""
    import re

    paths = list(files)
    texts = dict(files)
    first, middle, last = paths[0], paths[len(paths) // 2], paths[-1]
    texts[first] = "// edited\n" + texts[first]
    yield "a comment line at the top", dict(texts)
    for path in (last, *paths):
        found = re.search(r'(?<![\w$])"([^"\\$\n]*)"', texts[path])
        if found:
            texts[path] = texts[path][:found.end() - 1] + " (edited)" + texts[path][found.end() - 1:]
            yield "a string literal", dict(texts)
            break
    for path in (middle, *paths):
        found = re.search(r"^(\s*)object \w+ \{\n", texts[path], re.MULTILINE)
        if found:
            indent = found.group(1) + "  "
            texts[path] = texts[path][:found.end()] + f"{indent}def addedByEdit(): Int = 41\n" + \
                texts[path][found.end():]
            yield "a method added", dict(texts)
            break
    texts[first] = texts[first].removeprefix("// edited\n")
    yield "the comment removed", dict(texts)


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.iterdir() if p.is_dir()))
def test_one_line_changes_in_sequence_build_as_from_scratch(name, tmp_path):
    """Each change of a sequence of one-line edits, built through the cache (the files and results of the builds
    before it there): the same module, byte for byte, and the same diagnostics as a build from scratch."""
    from scalawasi.compiler.api import build_files
    from scalawasi.compiler.build_cache import BuildCache

    files = {str(tmp_path / p.relative_to(CORPUS / name)): p.read_text(encoding="utf-8")
             for p in sorted((CORPUS / name).rglob("*.scala"))}
    with BuildCache(tmp_path) as cache:
        assert build_files(files, cache=cache).ok
    for what, edited in _one_line_edits(files):
        with BuildCache(tmp_path) as cache:
            cached = build_files(edited, cache=cache)
        scratch = build_files(edited)
        assert cached.wasm == scratch.wasm, what
        assert [(d.code, d.message, d.path) for d in cached.diagnostics] == \
            [(d.code, d.message, d.path) for d in scratch.diagnostics], what


def _code_edits(files: dict[str, str]):
    """A sequence of edits of code, each on top of the ones before, each a line or two: a new call from `main` to a
    method added to an object of another file (a new function reached, the outline changed), a changed number
    in that method's body, a new string printed in `main`, a new call into the library (`math.abs`, a prelude
    function not reached before), and the added method's signature changed (Int to Long: its callers' code
    changes with it). Yields (what, files after the change)."""
    import re

    texts = dict(files)
    main = next(p for p, t in texts.items() if "def main(" in t)

    def in_main(line: str) -> None:
        opener = re.search(r"def main\(args: Array\[String\]\): Unit = \{\n", texts[main])
        assert opener, "every corpus program's main is a block"
        texts[main] = texts[main][:opener.end()] + f"    {line}\n" + texts[main][opener.end():]

    def target():
        for path, text in texts.items():
            packages = re.findall(r"^package ([\w.]+)\s*$", text, re.MULTILINE)
            found = re.search(r"^object (\w+) \{\n", text, re.MULTILINE)
            blocks = re.search(r"^\s*package [\w.]+\s*\{", text, re.MULTILINE)
            if path != main and found and not blocks:
                return path, ".".join([*packages, found.group(1)]), found.end()
        return None

    found = target()
    assert found, "a top-level object in a file beside main's"
    path, name, at = found
    texts[path] = texts[path][:at] + "  def addedByEdit(): Int = 41\n" + texts[path][at:]
    in_main(f"println({name}.addedByEdit())")
    yield "a new call to a new method of another file", dict(texts)
    texts[path] = texts[path].replace("def addedByEdit(): Int = 41", "def addedByEdit(): Int = 42")
    yield "a changed number", dict(texts)
    in_main('println("a new string")')
    yield "a new string", dict(texts)
    in_main("println(math.abs(args.length - 7))")
    yield "a new call into the library", dict(texts)
    texts[path] = texts[path].replace("def addedByEdit(): Int = 42", "def addedByEdit(): Long = 42")
    yield "a changed signature", dict(texts)


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.iterdir() if p.is_dir()))
def test_code_edits_in_sequence_build_as_from_scratch(name, tmp_path):
    """Each edit of `_code_edits`, built through the cache that the builds before it filled: it builds, and the
    module is byte for byte the one a build from scratch makes, with the same diagnostics."""
    from scalawasi.compiler.api import build_files
    from scalawasi.compiler.build_cache import BuildCache

    files = {str(tmp_path / p.relative_to(CORPUS / name)): p.read_text(encoding="utf-8")
             for p in sorted((CORPUS / name).rglob("*.scala"))}
    with BuildCache(tmp_path) as cache:
        assert build_files(files, cache=cache).ok
    for what, edited in _code_edits(files):
        with BuildCache(tmp_path) as cache:
            cached = build_files(edited, cache=cache)
        scratch = build_files(edited)
        assert scratch.ok, (what, [d.message for d in scratch.diagnostics if d.is_error])
        assert cached.wasm == scratch.wasm, what
        assert [(d.code, d.message, d.path) for d in cached.diagnostics] == \
            [(d.code, d.message, d.path) for d in scratch.diagnostics], what


def test_functions_kept_by_one_process_are_reused_by_the_next(tmp_path):
    """The lowered functions are stored by one `scalawasi build` process and read by the next, whose module (after a
    comment line and a changed string in two files) is byte for byte what `--no-cache` builds."""
    import re
    import subprocess
    import sys

    program = CORPUS / "zoo"
    for p in program.rglob("*.scala"):
        target = tmp_path / "src/main/scala" / p.relative_to(program)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "scalawasi.toml").write_text('output = "out.wasm"\n')

    def build(*extra: str) -> bytes:
        done = subprocess.run([sys.executable, "-m", "scalawasi.compiler.cli", "build", *extra], cwd=tmp_path,
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return (tmp_path / "out.wasm").read_bytes()

    build()
    assert list(tmp_path.glob(".scalawasi/compiler-*/functions-*.pickle"))
    files = sorted((tmp_path / "src/main/scala").rglob("*.scala"))
    files[0].write_text("// edited\n" + files[0].read_text(encoding="utf-8"), encoding="utf-8")
    for path in files[1:]:
        text = path.read_text(encoding="utf-8")
        found = re.search(r'(?<![\w$])"([^"\\$\n]+)"', text)
        if found:
            path.write_text(text[:found.end() - 1] + " (edited)" + text[found.end() - 1:], encoding="utf-8")
            break
    assert build() == build("--no-cache")


FACTS_LIB = """package lib

trait Shape {
  def area(): Int
}

class Circle(r: Int) extends Shape {
  def area(): Int = 3 * r * r
}

object Registry {
  var count: Int = 0
  def total(s: Shape): Int = s.area()
  def note(): Int = 7
  def len(s: String): Int = s.length
}
"""

FACTS_APP = """package app

import lib._

object Main {
  def main(args: Array[String]): Unit = {
    println(Registry.total(new Circle(2)))
    println(Registry.note())
    println(Registry.len("abc"))
    println(other())
  }
  def other(): Int = 1
}
"""


def test_what_a_stored_function_read_from_other_bodies_is_checked(tmp_path):
    """A stored function is reused only while what its lowering read from other methods' bodies holds: a call on a
    trait with one implementation is direct until another file's method body defines a second one (an anonymous
    class); a call into an object skips its initialiser until one of the object's methods reads a field it sets; a
    dereference is checked for null (a catchable NullPointerException) once any body has a `try`."""
    from scalawasi.compiler.api import build_files
    from scalawasi.compiler.build_cache import BuildCache

    files = {str(tmp_path / "lib.scala"): FACTS_LIB, str(tmp_path / "app.scala"): FACTS_APP}

    def through_cache():
        with BuildCache(tmp_path) as cache:
            return build_files(files, cache=cache)

    assert through_cache().ok
    steps = [
        ("app.scala", "def other(): Int = 1",
         "def other(): Int = { val s = new Shape { def area(): Int = 4 }; Registry.total(s) }"),
        ("lib.scala", "var count: Int = 0", 'var count: Int = 0\n  println("initialised")'),
        ("lib.scala", "def note(): Int = 7", "def note(): Int = count + 7"),
        ("app.scala", "Registry.total(s) }",
         "try { Registry.len(null) } catch { case e: NullPointerException => -1 } }"),
    ]
    for name, old, new in steps:
        path = str(tmp_path / name)
        files[path] = files[path].replace(old, new)
        cached = through_cache()
        scratch = build_files(files)
        assert scratch.ok and cached.wasm == scratch.wasm, new


SKIP_LIB = """package lib

trait Shape {
  def area(): Int
}

class Square(side: Int) extends Shape {
  def area(): Int = side * side
}

object Shapes {
  def base = 20
  def scaled(x: Int): Int = x * base
  def total(s: Shape): Int = s.area() + 1
  def show(b: Boolean): Int = b match {
    case true => 5
  }
  def len(s: String): Int = s.length
}
"""

SKIP_APP = """package app

import lib._

object Main {
  def main(args: Array[String]): Unit = {
    println(Shapes.scaled(2))
    println(Shapes.total(new Square(3)))
    println(Shapes.show(true))
    println(Shapes.len("abc"))
    println(other())
  }
  def other(): Int = 1
}
"""


def _skip_project(tmp_path):
    """The files SKIP_LIB and SKIP_APP, built once through the cache in tmp_path: (lib's path, app's, the files)."""
    from scalawasi.compiler.api import build_files
    from scalawasi.compiler.build_cache import BuildCache

    lib, app = str(tmp_path / "lib.scala"), str(tmp_path / "app.scala")
    files = {lib: SKIP_LIB, app: SKIP_APP}
    with BuildCache(tmp_path) as cache:
        assert build_files(files, cache=cache).ok
    return lib, app, files


def _skipping_edits(files: dict[str, str], lib: str, app: str):
    """Edits that reach bodies a build leaves untyped (semantics/skipping.py), each on top of the ones before.
    Yields (what, files after the change)."""
    texts = dict(files)

    def edit(path: str, old: str, new: str) -> dict[str, str]:
        assert old in texts[path]
        texts[path] = texts[path].replace(old, new)
        return dict(texts)

    yield "a comment line above main (the library's warning comes from the cache)", \
        edit(app, "object Main", "// a\nobject Main")
    yield "an inferred result type that a skipped body uses", edit(lib, "def base = 20", "def base = 'c'")
    yield "a signature a skipped body calls", edit(lib, "def scaled(x: Int): Int = x * base",
                                                   "def scaled(x: Long): Int = (x * base).toInt")
    yield "a body adding an anonymous class (a skipped body's direct call is no longer one)", \
        edit(app, "def other(): Int = 1", "def other(): Int = Shapes.total(new Shape { def area(): Int = 4 })")
    yield "a method not called yet", edit(app, "def other(): Int =", "def guarded(): Int = -1\n  def other(): Int =")
    yield "a call of it", edit(app, "println(other())", "println(other())\n    println(guarded())")
    yield "a `try` in its body (the skipped bodies must check for null)", \
        edit(app, "def guarded(): Int = -1", "def guarded(): Int = try { Shapes.len(null) } "
             "catch { case e: NullPointerException => -1 }")
    yield "a comment line again", edit(lib, "package lib", "// b\npackage lib")


def test_bodies_left_untyped_give_what_typing_them_gives(tmp_path, monkeypatch):
    """A build through the cache leaves out the typing of the bodies whose stored function it reuses; along a
    sequence of edits reaching them (a changed inferred type or signature they use, an anonymous class changing a
    call they make, a `try` elsewhere), each module is byte for byte the one from scratch, with the same
    diagnostics at the same places (a skipped method's warning comes from the cache)."""
    from scalawasi.compiler.api import build_files
    from scalawasi.compiler.build_cache import BuildCache
    from scalawasi.compiler.semantics import skipping

    skipped: list[str] = []
    real = skipping.BodySkipping._defer
    monkeypatch.setattr(skipping.BodySkipping, "_defer",
                        lambda self, method, *a: (skipped.append(method.name), real(self, method, *a))[1])
    late: list[str] = []
    real_late = skipping.BodySkipping.type_late
    monkeypatch.setattr(skipping.BodySkipping, "type_late",
                        lambda self, method: (late.append(method.name), real_late(self, method))[1])
    lib, app, files = _skip_project(tmp_path)
    assert skipped == []
    for what, edited in _skipping_edits(files, lib, app):
        skipped.clear()
        late.clear()
        with BuildCache(tmp_path) as cache:
            cached = build_files(edited, cache=cache)
        scratch = build_files(edited)
        assert scratch.ok, what
        assert cached.wasm == scratch.wasm, what
        assert [(d.code, d.message, d.path, d.span) for d in cached.diagnostics] == \
            [(d.code, d.message, d.path, d.span) for d in scratch.diagnostics], what
        assert any(d.code == "non-exhaustive-match" for d in cached.diagnostics), what
        if what.startswith("a comment line above main"):
            assert {"show", "total", "scaled", "area", "len"} <= set(skipped), what
        if what.startswith("a body adding an anonymous class"):
            assert "total" in skipped and "total" in late  # its stored function no longer holds: typed when lowered


def test_a_moved_definition_keeps_its_stored_function(tmp_path, monkeypatch):
    """A comment line at the top of a file moves every definition in it: their functions (spans kept relative to
    the definition) are reused, nothing is lowered afresh, and the module is byte for byte the one from scratch
    (its instruction map, which names a trap's line, too, and again when the next build takes the whole module
    from the cache)."""
    from scalawasi.compiler.api import build_files
    from scalawasi.compiler.build_cache import BuildCache
    from scalawasi.compiler.lowering import stored

    lib, _, files = _skip_project(tmp_path)
    lowered: list[str] = []
    real = stored.StoredFunctions.store
    monkeypatch.setattr(stored.StoredFunctions, "store",
                        lambda self, lowering, key, function, *a, **k: (lowered.append(function.name),
                                                                         real(self, lowering, key, function, *a, **k)))
    files[lib] = "// a comment\n// and another\n" + files[lib]
    with BuildCache(tmp_path) as cache:
        cached = build_files(files, cache=cache)
    scratch = build_files(files)
    assert [name for name in lowered if name.startswith(("Shapes.", "Square.", "Shape.", "Main."))] == []
    assert cached.wasm == scratch.wasm
    assert [(offset, instr.span) for offset, instr in cached.instr_offsets] == \
        [(offset, instr.span) for offset, instr in scratch.instr_offsets]
    with BuildCache(tmp_path) as cache:
        again = build_files(files, cache=cache)  # the whole module from the cache, its map from the entry's arrays
    assert again.module is None and again.wasm == scratch.wasm
    assert [(offset, instr.span) for offset, instr in again.instr_offsets if instr.span is not None] == \
        [(offset, instr.span) for offset, instr in scratch.instr_offsets if instr.span is not None]


def test_cached_trees_keep_method_bodies_apart(tmp_path, monkeypatch):
    """A file's tree comes back from the cache with the bodies of its declared methods unpickled only when read:
    read, each is the tree the parser made; a rebuild after another file changed reads none of this file's (they
    are not typed: their functions are reused)."""
    from scalawasi.compiler.api import build_files
    from scalawasi.compiler.build_cache import BuildCache
    from scalawasi.compiler.diagnostics import DiagnosticSink
    from scalawasi.compiler.source import SourceText
    from scalawasi.compiler.syntax import stored_trees
    from scalawasi.compiler.syntax.parser import parse

    for path in sorted(CORPUS.rglob("*.scala")):
        unit = parse(SourceText(path.read_text(encoding="utf-8"), str(path)), DiagnosticSink())
        loaded = stored_trees.loads(stored_trees.dumps(unit))
        assert repr(loaded).replace("StoredDefDef(", "DefDef(") == repr(unit), path

    _, app, files = _skip_project(tmp_path)
    read: list[str] = []
    body = stored_trees.StoredDefDef.body
    monkeypatch.setattr(stored_trees.StoredDefDef, "body", property(
        lambda self: (read.append(self.name) if "_blob" in self.__dict__ else None, body.fget(self))[1], body.fset))
    files[app] = files[app].replace("def other(): Int = 1", "def other(): Int = 2")
    with BuildCache(tmp_path) as cache:
        cached = build_files(files, cache=cache)
    assert read == []  # (app.scala is parsed again: its trees are the parser's)
    assert cached.wasm == build_files(files).wasm
