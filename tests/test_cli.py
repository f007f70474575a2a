"""The `scalawasi` command line, called in-process through cli.main (and once as the installed console script)."""
from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import PROJECT_ROOT, validate
from scalawasi.compiler.cli import main

HELLO = PROJECT_ROOT / "examples" / "hello.scala"

ARGS_EXIT = """object ArgsExit {
  def main(args: Array[String]): Unit = {
    println(args.length)
    for (a <- args) println("arg: " + a)
    if (args.length > 1) sys.exit(3)
    println("not reached")
  }
}
"""

BROKEN = """object Broken {
  def main(args: Array[String]): Unit = {
    println(undefinedName)
  }
}
"""


@pytest.fixture
def write(tmp_path):
    def go(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return go


# --- what works without the compiler ---------------------------------------------------------------------------


@pytest.mark.parametrize("command", [[], ["build"], ["run"], ["wat"], ["check"], ["lsp"]])
def test_help(command, capsys):
    with pytest.raises(SystemExit) as exit:
        main([*command, "--help"])
    assert exit.value.code == 0
    assert "usage: scalawasi" in capsys.readouterr().out


def test_no_command_prints_usage_and_fails(capsys):
    assert main([]) == 2
    assert "usage: scalawasi" in capsys.readouterr().err


def test_unknown_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["frobnicate"])
    assert exit.value.code == 2


@pytest.mark.parametrize("command", [["build"], ["run"], ["wat"], ["check"], ["check", "--format", "json"]])
def test_missing_file_is_a_clear_error(command, tmp_path, capsys):
    missing = tmp_path / "nope.scala"
    assert main([*command, str(missing)]) == 2
    out, err = capsys.readouterr()
    assert err == f"scalawasi: error: {missing}: no such file\n" and out == ""


def test_empty_directory_and_non_utf8_files_are_clear_errors(tmp_path, capsys):
    assert main(["build", str(tmp_path)]) == 2
    assert "no .scala files in this folder" in capsys.readouterr().err
    latin1 = tmp_path / "latin1.scala"
    latin1.write_bytes(b"// caf\xe9\n")
    assert main(["check", str(latin1)]) == 1  # a diagnostic at the byte, like any other error in the file
    captured = capsys.readouterr()
    assert "latin1.scala:1:7: error[invalid-encoding]: not UTF-8: byte 0xE9" in captured.out + captured.err


def test_lsp_placeholder_until_the_server_exists(capsys):
    import scalawasi.server

    if callable(getattr(scalawasi.server, "main", None)):
        pytest.skip("the language server exists; its own tests cover `scalawasi lsp`")
    assert main(["lsp"]) == 2
    assert "not yet available" in capsys.readouterr().err


def test_console_script_is_installed():
    script = Path(sys.executable).parent / "scalawasi"
    script = script if script.exists() else shutil.which("scalawasi")
    assert script, "the scalawasi console script is not installed (pip install -e '.[test]')"
    done = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "build" in done.stdout and "run" in done.stdout


# --- the plumbing, with a stand-in compiler ----------------------------------------------------------------------

FAKE_WAT = """(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 100) "out\\nerr\\n")
  (func $fail (drop (i32.div_s (i32.const 1) (i32.const 0))))
  ;; prints out/err, then: no arguments: exit 0; one: exit 7; more: divide by zero
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 100)) (i32.store (i32.const 4) (i32.const 4))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (i32.store (i32.const 0) (i32.const 104))
    (drop (call $fd_write (i32.const 2) (i32.const 0) (i32.const 1) (i32.const 8)))
    (drop (call $args_sizes_get (i32.const 16) (i32.const 20)))
    (if (i32.eq (i32.load (i32.const 16)) (i32.const 2)) (then (call $proc_exit (i32.const 7))))
    (if (i32.gt_u (i32.load (i32.const 16)) (i32.const 2)) (then (call $fail)))))
"""


@pytest.fixture
def fake_compiler(monkeypatch):
    """Stands in for compiler.api.build_files/analyze_files: any program builds to FAKE_WAT, and one with a file
    named bad.scala fails."""
    import wasmtime

    from scalawasi.compiler import api
    from scalawasi.compiler.diagnostics import Diagnostic, Severity
    from scalawasi.compiler.source import SourceText, Span

    def diagnostics(source: SourceText):
        if not source.path.endswith("bad.scala"):
            return [Diagnostic("unused", Severity.WARNING, "just a warning", Span(0, 6))]
        at = source.data.index(b"oops")
        return [Diagnostic("unresolved-name", Severity.ERROR, "not found: oops", Span(at, at + 4))]

    def program_diagnostics(files):
        return [dataclasses.replace(d, path=path) for path, text in files.items()
                for d in diagnostics(SourceText(text, path))]

    def build_files(files, options=api.BuildOptions()):
        source = SourceText(*next(iter(files.items()))[::-1])
        found = program_diagnostics(files)
        if any(d.is_error for d in found):
            return api.BuildResult(source, found)
        result = api.BuildResult(source, found, module=object(), wasm=bytes(wasmtime.wat2wasm(FAKE_WAT)))
        result.__dict__["wat_text"] = type("Wat", (), {"text": FAKE_WAT})()
        return result

    def analyze_files(files, checks=None):
        return api.ProgramAnalysis(None, program_diagnostics(files))

    monkeypatch.setattr(api, "build_files", build_files)
    monkeypatch.setattr(api, "analyze_files", analyze_files)


def test_plumbing_run_keeps_streams_and_status(fake_compiler, capfd):
    assert main(["run", str(HELLO)]) == 0
    assert capfd.readouterr() == ("out\n", "err\n")  # compiler warnings stay off the program's stderr
    assert main(["run", str(HELLO), "--", "--one"]) == 7
    assert capfd.readouterr() == ("out\n", "err\n")
    assert main(["run", str(HELLO), "--", "a", "b"]) == 1
    assert capfd.readouterr() == ("out\n", 'err\nException in thread "main" java.lang.ArithmeticException: / by zero\n')


def test_plumbing_build_wat_and_check(fake_compiler, write, tmp_path, capsys):
    source = write("good.scala", "object Good\n")
    assert main(["build", str(source), "--wat", str(tmp_path / "g.wat")]) == 0
    validate(tmp_path / "good.wasm")
    assert (tmp_path / "g.wat").read_text() == FAKE_WAT
    assert "warning[unused]: just a warning" in capsys.readouterr().err
    assert main(["wat", str(source)]) == 0
    assert capsys.readouterr().out == FAKE_WAT
    assert main(["check", str(source)]) == 0
    assert capsys.readouterr().err.endswith("1 warning\n")


def test_plumbing_failures(fake_compiler, write, tmp_path, capfd):
    bad = write("bad.scala", "object Bad {\n  val ä = oops\n}\n")
    assert main(["run", str(bad)]) == 1
    out, err = capfd.readouterr()
    assert out == "" and err == (
        f"{bad}:2:11: error[unresolved-name]: not found: oops\n"
        "2 |   val ä = oops\n"
        "  |           ^^^^\n"
        f"scalawasi: {bad} does not compile (1 error)\n"
    )
    assert main(["build", str(bad)]) == 1 and not (tmp_path / "bad.wasm").exists()
    capfd.readouterr()
    assert main(["check", "--format", "json", str(bad), str(HELLO)]) == 1
    found = json.loads(capfd.readouterr().out)
    assert [(d["path"], d["code"], d["start"], d["end"]) for d in found] == [
        (str(bad), "unresolved-name", {"line": 2, "column": 11}, {"line": 2, "column": 15}),
        (str(HELLO), "unused", {"line": 1, "column": 1}, {"line": 1, "column": 7}),
    ]


def test_internal_compiler_error_is_one_line(monkeypatch, capsys):
    from scalawasi.compiler import api

    def crash(*_args, **_kw):
        raise RuntimeError("boom")

    monkeypatch.setattr(api, "build_files", crash)
    monkeypatch.delenv("SCALAWASI_TRACEBACK", raising=False)
    assert main(["build", str(HELLO)]) == 3
    assert capsys.readouterr().err.startswith("scalawasi: error: internal compiler error: RuntimeError: boom")


# --- with the compiler -----------------------------------------------------------------------------------------


def test_build_writes_a_valid_module_beside_the_source(tmp_path, capsys):
    source = tmp_path / "hello.scala"
    shutil.copy(HELLO, source)
    assert main(["build", str(source)]) == 0
    validate(tmp_path / "hello.wasm")
    assert capsys.readouterr().out == ""


def test_build_with_output_and_wat(tmp_path):
    out, wat = tmp_path / "out" / "h.wasm", tmp_path / "h.wat"
    out.parent.mkdir()
    assert main(["build", str(HELLO), "-o", str(out), "--wat", str(wat)]) == 0
    validate(out)
    assert wat.read_text().lstrip().startswith("(module")


def test_no_optimize_switches_the_rewriting_rules_off(tmp_path, capsys):
    source = tmp_path / "fib.scala"
    source.write_text("object Main {\n  def fib(n: Int): Int = if (n < 2) n else fib(n - 1) + fib(n - 2)\n"
                      "  def main(args: Array[String]): Unit = println(fib(10))\n}\n")
    assert main(["wat", str(source)]) == 0
    optimised = capsys.readouterr().out
    assert main(["wat", str(source), "--no-optimize"]) == 0
    plain = capsys.readouterr().out
    assert optimised.count("call $Main.fib") == 2 and plain.count("call $Main.fib") == 3  # main's call, 1 or 2 own


def test_strip_leaves_out_the_name_section(tmp_path):
    import wasmtime

    full, stripped = tmp_path / "full.wasm", tmp_path / "stripped.wasm"
    assert main(["build", str(HELLO), "-o", str(full)]) == 0
    assert main(["build", str(HELLO), "-o", str(stripped), "--strip"]) == 0
    validate(stripped)
    assert b"\x04name" in full.read_bytes() and b"\x04name" not in stripped.read_bytes()
    assert len(stripped.read_bytes()) < len(full.read_bytes())
    engine = wasmtime.Engine()  # the stripped module still runs the same
    store = wasmtime.Store(engine)
    out = tmp_path / "out.txt"
    config = wasmtime.WasiConfig()
    config.stdout_file = str(out)
    store.set_wasi(config)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    instance = linker.instantiate(store, wasmtime.Module(engine, stripped.read_bytes()))
    instance.exports(store)["_start"](store)
    assert out.read_text() == "Hello from WASI!\n"


def test_version_is_the_package_version(capsys):
    from scalawasi.compiler.version import VERSION

    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"scalawasi {VERSION}"


def test_run_hello(capfd):
    assert main(["run", str(HELLO)]) == 0
    assert capfd.readouterr() == ("Hello from WASI!\n", "")


def test_run_passes_arguments_and_exit_status(write, capfd):
    source = write("args_exit.scala", ARGS_EXIT)
    assert main(["run", str(source), "--", "alpha", "--beta"]) == 3
    assert capfd.readouterr().out == "2\narg: alpha\narg: --beta\n"
    assert main(["run", "--unchecked", str(source)]) == 0
    assert capfd.readouterr().out == "0\nnot reached\n"


def test_run_of_a_broken_program_shows_diagnostics_and_fails(write, capfd):
    source = write("broken.scala", BROKEN)
    assert main(["run", str(source)]) == 1
    out, err = capfd.readouterr()
    assert out == ""
    assert f"{source}:3:13: error[unresolved-name]" in err
    assert "    println(undefinedName)" in err and "^^^^^^^^^^^^^" in err


def test_wat_prints_the_module_text(capsys):
    assert main(["wat", str(HELLO)]) == 0
    text = capsys.readouterr().out
    assert text.lstrip().startswith("(module") and '"_start"' in text


def test_check_clean_file(capsys):
    assert main(["check", str(HELLO)]) == 0
    assert main(["check", "--format", "json", str(HELLO)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_check_text_and_json(write, capsys):
    broken = write("broken.scala", BROKEN)
    assert main(["check", str(HELLO), str(broken)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{broken}:3:13: error[unresolved-name]: ")
    assert main(["check", "--format", "json", str(broken)]) == 1
    [diag] = [d for d in json.loads(capsys.readouterr().out) if d["severity"] == "error"]
    assert diag["path"] == str(broken) and diag["code"] == "unresolved-name"
    assert diag["start"] == {"line": 3, "column": 13} and diag["end"] == {"line": 3, "column": 26}
    assert isinstance(diag["related"], list) and isinstance(diag["fixes"], list)


def test_build_failure_writes_nothing(write, tmp_path, capsys):
    source = write("broken.scala", BROKEN)
    assert main(["build", str(source)]) == 1
    assert not (tmp_path / "broken.wasm").exists()
    assert "does not compile" in capsys.readouterr().err


def test_run_trap_names_the_failure_and_the_source_line(write, capfd):
    path = write("npe.scala", """class Cell(val value: Int, val next: Cell)
object Npe {
  def main(args: Array[String]): Unit = {
    val c = new Cell(1, null)
    println(c.value)
    println(c.next.value)
  }
}
""")
    assert main(["run", str(path)]) == 1
    out, err = capfd.readouterr()
    assert out == "1\n"
    lines = err.splitlines()
    assert lines[0] == 'Exception in thread "main" java.lang.NullPointerException'
    assert lines[1].startswith("\tat Npe.main (") and lines[1].endswith("npe.scala:6:13)")


def test_run_failed_cast_points_at_the_cast_not_the_runtime(write, capfd):
    path = write("cast.scala", """object Cast {
  def main(args: Array[String]): Unit = {
    val x: Any = "text"
    println(x.asInstanceOf[String].length)
    println(x.asInstanceOf[Int])
  }
}
""")
    assert main(["run", str(path)]) == 1
    out, err = capfd.readouterr()
    assert out == "4\n"
    lines = err.splitlines()
    assert lines[0].startswith('Exception in thread "main" java.lang.ClassCastException: class java.lang.String '
                               'cannot be cast to class java.lang.Integer (')
    assert lines[1].startswith("\tat Cast.main (") and lines[1].endswith("cast.scala:5:13)")


def test_build_can_start_another_objects_main(tmp_path):
    from scalawasi.compiler.api import BuildOptions, build
    from scalawasi.compiler.runtime import run_module

    text = ('object First { def main(args: Array[String]): Unit = println("first") }\n'
            'object Second { def main(args: Array[String]): Unit = println("second") }\n')
    several = build(text)  # Scala would ask which one: so does the build, naming both
    assert not several.ok and [d.code for d in several.diagnostics] == ["ambiguous-main"]
    assert "`First`" in several.diagnostics[0].message and "`Second`" in several.diagnostics[0].message
    assert run_module(build(text, options=BuildOptions(main_object="First")).wasm).stdout == b"first\n"
    assert run_module(build(text, options=BuildOptions(main_object="Second")).wasm).stdout == b"second\n"
    missing = build(text, options=BuildOptions(main_object="Third"))
    assert not missing.ok and [d.code for d in missing.diagnostics] == ["no-main"]


def test_main_in_process_leaves_the_callers_garbage_collector_on(tmp_path):
    """Only the console script turns the cyclic collector off for its one build: main() run inside another process
    (this test run, an embedding tool) must not leave that process without a collector."""
    import gc

    source = tmp_path / "hello.scala"
    source.write_text('object Main { def main(args: Array[String]): Unit = println("hi") }\n')
    assert gc.isenabled()
    assert main(["build", str(source), "-o", str(tmp_path / "hello.wasm")]) == 0
    assert gc.isenabled()
