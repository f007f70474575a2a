"""Programs of several files: the corpus in programs/NAME/ (expected output from scalac with all files compiled
together, NAME.out beside the folder) and diagnostics across files in diagnostics/NAME/ (`// expect:` markers in
each file, as in tests/diagnostics)."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import assert_output, load_expected, run_wasm, validate
from scalawasi.compiler.api import analyze_files, build_files
from scalawasi.compiler.render import render_text
from scalawasi.compiler.source import SourceText
from scalawasi.compiler.units import scala_files
from test_diagnostics import expectations

HERE = Path(__file__).resolve().parent
PROGRAMS = sorted(p for p in (HERE / "programs").iterdir() if p.is_dir())
DIAGNOSTICS = sorted(p for p in (HERE / "diagnostics").iterdir() if p.is_dir())


def read_program(folder: Path) -> dict[str, str]:
    return {path: Path(path).read_text(encoding="utf-8") for path in scala_files([str(folder)])}


def test_the_corpus_is_big_enough():
    assert len(PROGRAMS) >= 10
    sizes = [len(read_program(p)) for p in PROGRAMS]
    assert min(sizes) >= 2 and max(sizes) <= 8
    assert any("package" in text and "import" in text for p in PROGRAMS for text in read_program(p).values())


@pytest.mark.parametrize("folder", PROGRAMS, ids=[p.name for p in PROGRAMS])
def test_program_of_several_files(folder: Path, tmp_path):
    """One module out of all the files; it validates and prints what the JVM printed."""
    result = build_files(read_program(folder))
    assert result.ok, "".join(render_text(d, SourceText(Path(d.path).read_text(), d.path)) for d in result.diagnostics)
    wasm = tmp_path / f"{folder.name}.wasm"
    wasm.write_bytes(result.wasm)
    validate(wasm)
    expected = load_expected(folder)
    run = run_wasm(result.wasm, expected, program_name=folder.name, span_of_offset=result.span_at_offset)
    assert_output(run, expected, folder.name)
    if run.trap is not None and run.trap.span is not None:  # a failure names the file it happened in
        source, span = result.locate(run.trap.span)
        assert source.path.endswith("Validate.scala") and "a / b" in source.slice(span)


@pytest.mark.parametrize("folder", DIAGNOSTICS, ids=[p.name for p in DIAGNOSTICS])
def test_diagnostics_across_files(folder: Path):
    """Each file's markers are met by diagnostics in that file; no other error or warning anywhere."""
    files = read_program(folder)
    result = build_files(files)
    sources = {path: SourceText(text, path) for path, text in files.items()}
    problems = []
    for path, text in files.items():
        mine = [(d, sources[path].position(d.span.start).line) for d in result.diagnostics if d.path == path]
        expected = expectations(text)
        for exp in expected:
            if not any(exp.matches(d, line) for d, line in mine):
                problems.append(f"{path}: {exp}: missing")
        for d, line in mine:
            render_text(d, sources[path], sources)
            if d.severity.value in ("error", "warning") and not any(
                    e.line == line and e.code == d.code for e in expected):
                problems.append(f"{path}:{line}: unexpected {d.code}: {d.message}")
            for rel in d.related:
                assert rel.path in sources and rel.span.end <= len(sources[rel.path].data)
    assert all(d.path in files for d in result.diagnostics if d.code != "no-main")
    assert not problems, "\n".join(problems)


def test_duplicate_definition_names_both_places():
    files = read_program(HERE / "diagnostics" / "duplicates")
    [dup] = [d for d in analyze_files(files).diagnostics if d.code == "duplicate-definition"]
    assert dup.path.endswith("Second.scala")
    [first] = dup.related
    assert first.path.endswith("First.scala")
    assert SourceText(files[first.path], first.path).slice(first.span) == "Config"


def test_memory_checks_follow_a_segment_into_another_file():
    files = read_program(HERE / "diagnostics" / "memory_escape")
    [escape] = [d for d in analyze_files(files).diagnostics if d.code == "segment-escape"]
    assert escape.path.endswith("Main.scala")
    assert any(r.path.endswith("Keeper.scala") and "remember" in r.message for r in escape.related)


def source_set(*texts: str) -> dict[str, str]:
    return {f"f{i}.scala": text for i, text in enumerate(texts)}


def errors(*texts: str) -> list[tuple[str, str, str]]:
    return [(d.path, d.code, d.message) for d in analyze_files(source_set(*texts)).diagnostics if d.is_error]


def test_a_packages_own_definitions_need_no_import_across_files():
    assert errors("package p\nobject A { def f(): Int = B.g() }", "package p\nobject B { def g(): Int = 1 }") == []


def test_another_packages_definitions_need_an_import_or_a_full_name():
    found = errors("package p\nobject A { def f(): Int = B.g() }", "package q\nobject B { def g(): Int = 1 }")
    assert [(path, code) for path, code, _ in found] == [("f0.scala", "unresolved-name")]
    assert errors("package p\nobject A { def f(): Int = q.B.g() }", "package q\nobject B { def g(): Int = 1 }") == []
    assert errors("package p\nimport q._\nobject A { def f(): Int = B.g() }",
                  "package q\nobject B { def g(): Int = 1 }") == []


def test_a_single_clause_does_not_open_the_enclosing_package():
    """`package a.b` sees a.b's members but not a's; `package a; package b` sees both (Scala's rule)."""
    outer = "package a\nobject Top { val v: Int = 1 }"
    assert [code for _, code, _ in errors(outer, "package a.b\nobject In { val w: Int = Top.v }")] == \
        ["unresolved-name"]
    assert errors(outer, "package a\npackage b\nobject In { val w: Int = Top.v }") == []


def test_import_renames_and_hides():
    lib = "package lib\nobject L { def one(): Int = 1; def two(): Int = 2 }"
    assert errors(lib, "import lib.L.{one => uno}\nobject M { val x: Int = uno() }") == []
    assert [code for _, code, _ in errors(lib, "import lib.L.{one => uno}\nobject M { val x: Int = one() }")] == \
        ["unresolved-name"]
    assert [code for _, code, _ in errors(lib, "import lib.L.{one => _, _}\nobject M { val x: Int = one() + two() }")] \
        == ["unresolved-name"]


def test_one_file_still_builds_alone():
    """A single file is a program of one file: nothing changes for it (package or not)."""
    result = build_files({"only.scala": 'package p.q\nobject M { def main(args: Array[String]): Unit = println("x") }'})
    assert result.ok
