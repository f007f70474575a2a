"""The command line on programs of several files: folders, the project configuration, `init`, choosing main."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from helpers import validate
from scalawasi.compiler.cli import main
from scalawasi.compiler.project import ProjectError, find_project

LIB = """package lib

object Greeter {
  def greet(name: String): String = "hello, " + name
}
"""

APP = """package app

import lib.Greeter

object Main {
  def main(args: Array[String]): Unit = println(Greeter.greet("files"))
}
"""

TOOL = """package app

object Tool {
  def main(args: Array[String]): Unit = println("the tool")
}
"""


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """Writes files (path -> text) under a fresh folder and makes it the current one."""
    monkeypatch.chdir(tmp_path)

    def go(files: dict[str, str]) -> Path:
        for name, text in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return tmp_path

    return go


def test_run_a_folder_and_several_files(tree, capfd):
    root = tree({"src/lib/Greeter.scala": LIB, "src/app/Main.scala": APP})
    assert main(["run", "src"]) == 0
    assert capfd.readouterr().out == "hello, files\n"
    assert main(["run", str(root / "src/app/Main.scala"), str(root / "src/lib/Greeter.scala")]) == 0
    assert capfd.readouterr().out == "hello, files\n"


def test_one_file_of_several_is_not_enough(tree, capfd):
    root = tree({"src/lib/Greeter.scala": LIB, "src/app/Main.scala": APP})
    assert main(["check", str(root / "src/app/Main.scala")]) == 1
    err = capfd.readouterr().err
    assert "Main.scala:3:" in err and "error[" in err


def test_build_and_wat_of_a_folder(tree, tmp_path, capsys):
    tree({"src/lib/Greeter.scala": LIB, "src/app/Main.scala": APP})
    assert main(["build", "src", "-o", "out.wasm"]) == 0
    validate(tmp_path / "out.wasm")
    assert main(["wat", "src"]) == 0
    assert capsys.readouterr().out.lstrip().startswith("(module")


def test_diagnostics_point_at_the_right_file(tree, capfd):
    tree({"src/lib/Greeter.scala": LIB, "src/app/Main.scala": APP.replace("Greeter.greet(", "Greeter.great(")})
    assert main(["check", "--format", "json", "src"]) == 1
    [diag] = json.loads(capfd.readouterr().out)
    assert diag["path"].endswith(os.path.join("app", "Main.scala")) and diag["code"] == "not-a-member"
    assert diag["start"] == {"line": 6, "column": 57}
    assert main(["run", "src"]) == 1
    err = capfd.readouterr().err
    assert "Main.scala:6:57: error[not-a-member]" in err and "Greeter.great(" in err


def test_duplicates_across_files_show_both_places(tree, capfd):
    tree({"src/a.scala": "package p\nobject Twice\n", "src/b.scala": "package p\n\nobject Twice\n"})
    assert main(["check", "src"]) == 1
    err = capfd.readouterr().err
    assert "b.scala:3:8: error[duplicate-definition]" in err and "note: src/a.scala:2:8:" in err


def test_the_project_from_pyproject(tree, capfd):
    tree({"pyproject.toml": '[project]\nname = "x"\n\n[tool.scalawasi]\nmain = "app.Tool"\n',
          "src/main/scala/lib/Greeter.scala": LIB, "src/main/scala/app/Main.scala": APP,
          "src/main/scala/app/Tool.scala": TOOL, "notes/Old.scala": "this is not compiled"})
    assert main(["run"]) == 0
    assert capfd.readouterr().out == "the tool\n"
    assert main(["run", "--main", "app.Main"]) == 0
    assert capfd.readouterr().out == "hello, files\n"
    assert main(["run", "--main", "Main"]) == 0  # a simple name is enough when it is unique
    assert capfd.readouterr().out == "hello, files\n"
    assert main(["build"]) == 0
    validate(Path("target") / f"{Path.cwd().name}.wasm")
    assert main(["check"]) == 0


def test_several_mains_without_a_choice_are_listed(tree, capfd):
    tree({"scalawasi.toml": "", "app/Main.scala": APP, "lib/Greeter.scala": LIB, "app/Tool.scala": TOOL})
    assert main(["run"]) == 1
    err = capfd.readouterr().err
    assert "error[ambiguous-main]" in err and "`app.Main`" in err and "`app.Tool`" in err and "--main" in err
    assert main(["run", "--main", "Tool"]) == 0
    assert capfd.readouterr().out == "the tool\n"
    assert main(["run", "--main", "Nobody"]) == 1
    assert "error[no-main]: object `Nobody`" in capfd.readouterr().err


def test_scalawasi_toml_settings(tree, capfd):
    tree({"scalawasi.toml": 'sources = ["code", "more"]\noutput = "dist/app.wasm"\n',
          "code/app/Main.scala": APP, "more/lib/Greeter.scala": LIB})
    assert main(["build"]) == 0
    validate(Path("dist/app.wasm"))
    nested = Path("code/app")
    os.chdir(nested)  # the nearest configuration above the current folder
    assert main(["run"]) == 0
    assert capfd.readouterr().out == "hello, files\n"


def test_project_errors_are_clear(tree, capfd):
    tree({"scalawasi.toml": 'sources = "src"\n'})
    assert main(["run"]) == 2
    assert "`sources` must be a list" in capfd.readouterr().err
    Path("scalawasi.toml").write_text('colour = "blue"\n')
    assert main(["check"]) == 2
    assert "unknown setting colour" in capfd.readouterr().err
    Path("scalawasi.toml").unlink()
    assert main(["run"]) == 2
    assert "no files named and no project" in capfd.readouterr().err


def test_a_pyproject_without_the_table_is_not_a_project(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_project(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text("[tool.scalawasi\n")
    with pytest.raises(ProjectError):
        find_project(tmp_path)


def test_init_writes_a_project_that_runs(tmp_path, monkeypatch, capfd):
    monkeypatch.chdir(tmp_path)
    assert main(["init"]) == 0
    assert (tmp_path / "scalawasi.toml").is_file() and ".scalawasi/" in (tmp_path / ".gitignore").read_text()
    main_text = (tmp_path / "src/main/scala/Main.scala").read_text()
    assert "withMemoryAllocator" in main_text
    capfd.readouterr()
    assert main(["run"]) == 0
    assert capfd.readouterr().out == "Hello from WASI! The first ten squares add up to 285\n"
    assert main(["init"]) == 2  # never overwrites
    assert "already exists" in capfd.readouterr().err


def test_init_extends_an_existing_pyproject(tmp_path, capfd):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "mine"\n')
    (tmp_path / ".gitignore").write_text("*.pyc")
    assert main(["init", str(tmp_path)]) == 0
    project = find_project(tmp_path)
    assert project is not None and project.main == "app.Main" and project.config.name == "pyproject.toml"
    assert (tmp_path / ".gitignore").read_text().splitlines() == ["*.pyc", ".scalawasi/", "target/", "*.wasm"]
    assert not (tmp_path / "scalawasi.toml").exists()


def test_scalawasi_toml_sets_check_severities(tree, capfd):
    tree({"scalawasi.toml": '[checks]\nnested-allocator = "off"\n', "Main.scala": """import scala.scalajs.wasm._
import scala.scalajs.wasm.memory._

object Main {
  def main(args: Array[String]): Unit = withMemoryAllocator { a => withMemoryAllocator { b => println(1) } }
}
"""})
    assert main(["check"]) == 0
    assert "nested-allocator" not in capfd.readouterr().err
    Path("scalawasi.toml").write_text("")
    from scalawasi.compiler.checks import _config_for_folder

    _config_for_folder.cache_clear()  # the process caches each folder's configuration
    assert main(["check"]) == 0
    assert "warning[nested-allocator]" in capfd.readouterr().err


def test_a_configuration_others_can_write_is_not_used(tree, capfd):
    tree({"scalawasi.toml": 'output = "/tmp/elsewhere.wasm"\n', "Main.scala": APP})
    os.chmod("scalawasi.toml", 0o666)
    assert main(["build"]) == 2
    assert "not used: mode 0666, other users can write it" in capfd.readouterr().err
