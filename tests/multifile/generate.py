"""Produces the expected outputs of tests/multifile/programs/NAME/ (a program of several files) on the JVM.

    python tests/multifile/generate.py [--write] [NAME ...]

Compiles all of a program's files together with Debian's scalac 2.11 (with the plain-Scala stand-in for the
`scala.scalajs.wasm` library, tests/memory/jvm/wasm.scala, when a file imports it), runs the object whose `main`
the program starts on the JVM (JDK 19+, which prints floats as Scala 2.13 does), and prints (or with --write,
writes) NAME.out, NAME.err (the first `Exception in thread "main"` line) and NAME.exit beside the folder.
"""
from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
STAND_IN = HERE.parent / "memory" / "jvm" / "wasm.scala"
LIBRARY = "/usr/share/scala-2.11/lib/scala-library.jar"
JAVA = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"


def _memory_generator():
    """tests/memory/jvm/generate.py: how the JVM's stderr is cut and the expected files are written."""
    spec = importlib.util.spec_from_file_location("memory_generate", HERE.parent / "memory" / "jvm" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main_class(folder: Path) -> str:
    """The full name of the object whose main starts the program (found by scalawasi's own analysis)."""
    from scalawasi.compiler.api import analyze_files
    from scalawasi.compiler.units import scala_files

    analysis = analyze_files({p: Path(p).read_text(encoding="utf-8") for p in scala_files([str(folder)])})
    [main] = analysis.model.main_methods()
    return next(name for name, obj in analysis.program.objects.items() if obj is main.owner)


def main(argv: list[str]) -> None:
    write = "--write" in argv
    names = [a for a in argv if not a.startswith("--")]
    shared = _memory_generator()
    folders = [p for p in sorted(PROGRAMS.iterdir()) if p.is_dir() and (not names or p.name in names)]
    for folder in folders:
        files = sorted(str(p) for p in folder.rglob("*.scala"))
        if any("scala.scalajs.wasm" in Path(f).read_text(encoding="utf-8") for f in files):
            files.append(str(STAND_IN))
        with tempfile.TemporaryDirectory() as classes:
            subprocess.run(["scalac", "-d", classes, *files], check=True)
            done = subprocess.run(["env", "LANG=C.UTF-8", JAVA, "-cp", f"{LIBRARY}:{classes}",
                                   f"-Dwasi.argv0={folder.name}", main_class(folder)],
                                  capture_output=True, timeout=300)
        err = shared.first_failure(done.stderr)
        print(f"== {folder.name}: exit {done.returncode}")
        print(done.stdout.decode("utf-8", "backslashreplace"), end="")
        if err:
            print("-- stderr:\n" + err.decode("utf-8", "backslashreplace"), end="")
        if write:
            shared.write_expected(folder.with_suffix, done.stdout, err, done.returncode)


if __name__ == "__main__":
    main(sys.argv[1:])
