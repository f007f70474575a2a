"""`scalawasi check --format text|json|sarif` on misuse programs: the JSON shape of the issue, a SARIF 2.1.0 log
read back with an independent implementation (sarif-pydantic's models), and the exit status of every format."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import sarif_pydantic

from scalawasi.compiler.cli import main as cli_main
from scalawasi.compiler.diagnostics import registry

HERE = Path(__file__).resolve().parent

# A suspended allocator (an error with a fix and two related spans) on a line with non-ASCII text before it, an
# out-of-bounds access after a wide character, a nesting warning and an ignored errno (a hint).
PROGRAM = """\
import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Größe {
  def main(args: Array[String]): Unit = {
    withMemoryAllocator { outer =>
      withMemoryAllocator { inner =>
        println("größe → ü"); val b = outer.allocate(8)
        val s = inner.allocate(4); println("日本"); s.setInt(4, 1)
        wasi.fdClose(9)
      }
    }
  }
}
"""


@pytest.fixture
def program(tmp_path) -> Path:
    path = tmp_path / "größe.scala"
    path.write_text(PROGRAM, encoding="utf-8")
    return path


def _col(line_text: str, needle: str) -> int:
    """1-based column, in characters, of needle's first character."""
    return line_text.index(needle) + 1


LINES = PROGRAM.splitlines()
SUSPENDED_LINE = 8
BOUNDS_LINE = 9


def _check(capsys, *args) -> tuple[int, str, str]:
    status = cli_main(["check", *args])
    out, err = capsys.readouterr()
    return status, out, err


# --- JSON -----------------------------------------------------------------------------------------------------


def test_json_has_exactly_the_issue_keys(program, capsys):
    status, out, _ = _check(capsys, "--format", "json", str(program))
    assert status == 1
    found = json.loads(out)
    assert [d["code"] for d in found] == ["nested-allocator", "suspended-allocator", "segment-out-of-bounds",
                                          "ignored-errno"]
    for d in found:
        assert set(d) == {"path", "code", "severity", "message", "start", "end", "related", "fixes"}
        assert d["path"] == str(program)
        assert d["severity"] in ("error", "warning", "info", "hint")
        for key in ("start", "end"):
            assert set(d[key]) == {"line", "column"} and d[key]["line"] >= 1 and d[key]["column"] >= 1
        for rel in d["related"]:
            assert set(rel) == {"path", "start", "end", "message"}
        for fix in d["fixes"]:
            assert set(fix) == {"title", "edits"}
            for edit in fix["edits"]:
                assert set(edit) == {"start", "end", "newText"}
    assert [d["severity"] for d in found] == ["warning", "error", "error", "hint"]


def test_json_columns_count_characters_on_non_ascii_lines(program, capsys):
    _, out, _ = _check(capsys, "--format", "json", str(program))
    by_code = {d["code"]: d for d in json.loads(out)}
    suspended = by_code["suspended-allocator"]
    line = LINES[SUSPENDED_LINE - 1]
    start = _col(line, "outer.allocate(8)")
    assert suspended["start"] == {"line": SUSPENDED_LINE, "column": start}
    assert suspended["end"] == {"line": SUSPENDED_LINE, "column": start + len("outer.allocate(8)")}
    [fix] = suspended["fixes"]
    assert fix["title"] == "Allocate from `inner`"
    assert fix["edits"] == [{"start": {"line": SUSPENDED_LINE, "column": start},
                             "end": {"line": SUSPENDED_LINE, "column": start + len("outer")},
                             "newText": "inner"}]
    assert [(r["start"]["line"], r["start"]["column"]) for r in suspended["related"]] == [
        (7, _col(LINES[6], "withMemoryAllocator")), (6, _col(LINES[5], "withMemoryAllocator"))]
    assert all(r["path"] == str(program) for r in suspended["related"])
    bounds = by_code["segment-out-of-bounds"]
    line = LINES[BOUNDS_LINE - 1]
    assert bounds["start"] == {"line": BOUNDS_LINE, "column": _col(line, "s.setInt(4, 1)")}
    assert bounds["end"] == {"line": BOUNDS_LINE, "column": len(line) + 1}
    assert bounds["message"] == ("setInt at offset 4 needs bytes 4..7 but the segment allocated on line 9 has "
                                 "4 bytes")


# --- SARIF ----------------------------------------------------------------------------------------------------


def _sarif(capsys, *paths) -> tuple[int, dict, sarif_pydantic.Sarif]:
    status, out, _ = _check(capsys, "--format", "sarif", *map(str, paths))
    raw = json.loads(out)
    return status, raw, sarif_pydantic.Sarif.model_validate(raw)


def test_sarif_log_is_valid_2_1_0(program, capsys):
    status, raw, log = _sarif(capsys, program)
    assert status == 1
    assert raw["$schema"].endswith("sarif-2.1.0.json") and log.schema_uri == raw["$schema"]
    assert log.version == "2.1.0"
    [run] = log.runs
    driver = run.tool.driver
    assert driver.name == "scalawasi" and driver.version and driver.information_uri
    assert raw["runs"][0]["columnKind"] == "unicodeCodePoints"
    rules = {r.id: r for r in driver.rules}
    assert set(registry()) <= set(rules)
    for code, known in registry().items():
        rule = rules[code]
        assert rule.short_description.text == known.summary
        level = {"error": "error", "warning": "warning", "info": "note", "hint": "note"}[known.severity.value]
        assert rule.default_configuration.level == level
    assert {r.rule_id for r in run.results} <= set(rules)
    for r in run.results:
        assert driver.rules[r.rule_index].id == r.rule_id


def test_sarif_results_regions_related_and_fixes(program, capsys):
    _, _, log = _sarif(capsys, program)
    [run] = log.runs
    by_rule = {r.rule_id: r for r in run.results}
    assert set(by_rule) == {"nested-allocator", "suspended-allocator", "segment-out-of-bounds", "ignored-errno"}
    assert by_rule["nested-allocator"].level.value == "warning"
    assert by_rule["suspended-allocator"].level.value == "error"
    assert by_rule["ignored-errno"].level.value == "note"  # hint
    assert by_rule["ignored-errno"].properties == {"severity": "hint"}

    suspended = by_rule["suspended-allocator"]
    assert suspended.message.text.startswith("`outer` is suspended")
    [loc] = suspended.locations
    assert loc.physical_location.artifact_location.uri == program.as_uri()  # percent-encoded UTF-8
    region = loc.physical_location.region
    start = _col(LINES[SUSPENDED_LINE - 1], "outer.allocate(8)")
    assert (region.start_line, region.start_column, region.end_line, region.end_column) == (
        SUSPENDED_LINE, start, SUSPENDED_LINE, start + len("outer.allocate(8)"))
    related = suspended.related_locations
    assert [(r.physical_location.region.start_line, r.message.text) for r in related] == [
        (7, "the inner scope is opened here"), (6, "`outer` belongs here")]
    assert len({r.id for r in related}) == len(related)
    [fix] = suspended.fixes
    assert fix.description.text == "Allocate from `inner`"
    [change] = fix.artifact_changes
    assert change.artifact_location.uri == loc.physical_location.artifact_location.uri
    [replacement] = change.replacements
    deleted = replacement.deleted_region
    assert (deleted.start_line, deleted.start_column, deleted.end_line, deleted.end_column) == (
        SUSPENDED_LINE, start, SUSPENDED_LINE, start + len("outer"))
    assert replacement.inserted_content.text == "inner"

    bounds = by_rule["segment-out-of-bounds"].locations[0].physical_location.region
    line = LINES[BOUNDS_LINE - 1]
    assert (bounds.start_column, bounds.end_column) == (_col(line, "s.setInt(4, 1)"), len(line) + 1)
    assert by_rule["nested-allocator"].fixes is None


def test_sarif_of_several_files_and_of_a_clean_one(tmp_path, capsys):
    clean = HERE / "correct_readers.scala"
    imports = HERE / "unknown_wasi_import.scala"
    status, raw, log = _sarif(capsys, clean, imports)
    assert status == 1
    [run] = log.runs
    uris = {r.locations[0].physical_location.artifact_location.uri for r in run.results}
    assert uris == {imports.as_uri()}  # absolute paths become file: URIs
    fixed = [r for r in run.results if r.fixes]
    assert {r.fixes[0].artifact_changes[0].replacements[0].inserted_content.text for r in fixed} == {
        '"fd_close"', '"random_get"'}
    status, raw, log = _sarif(capsys, clean)
    assert status == 0 and log.runs[0].results == [] and log.runs[0].tool.driver.rules


def test_sarif_relative_paths_stay_relative(monkeypatch, capsys):
    monkeypatch.chdir(HERE)
    _, _, log = _sarif(capsys, "escape_object_var.scala")
    uris = {r.locations[0].physical_location.artifact_location.uri for r in log.runs[0].results}
    assert uris == {"escape_object_var.scala"}


# --- exit status ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
@pytest.mark.parametrize("name,status", [
    ("nested_lexical_levels", 0),  # warnings only
    ("ignored_errno_wasi", 0),  # hints only
    ("correct_readers", 0),  # nothing
    ("escape_object_var", 1),  # errors
    ("wasi_signature_params", 1),
])
def test_exit_status_is_one_exactly_when_there_is_an_error(fmt, name, status, capsys):
    assert cli_main(["check", "--format", fmt, str(HERE / f"{name}.scala")]) == status
    out, err = capsys.readouterr()
    if fmt == "text":
        assert out == ""
    else:
        json.loads(out)


def test_exit_status_over_several_files(capsys):
    files = [str(HERE / "nested_lexical_levels.scala"), str(HERE / "escape_object_var.scala")]
    for fmt in ("text", "json", "sarif"):
        assert cli_main(["check", "--format", fmt, *files]) == 1
        capsys.readouterr()
