"""Runs many programs on the JVM at the cost of one scalac call and one JVM start.

Each program becomes its own package (`package d17` on the first line, so every program may call its object
`Main`); one scalac call compiles the whole batch; a driver (DRIVER below, compiled with it) runs each program's
`main` in turn, capturing `Console.out`/`Console.err`, and prints an uncaught exception as the JVM's default handler
does without the stack frames (`Exception in thread "main" ` + the exception, then `Caused by: ` + each cause).
Programs may not call `sys.exit` (it would end the driver). A program that scalac rejects is reported with
scalac's message and left out of the batch.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SCALAC = os.environ.get("SCALAWASI_SCALAC", "/usr/bin/scalac")
JAVA = os.environ.get("SCALAWASI_JAVA", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java")
SCALA_LIBRARY = os.environ.get("SCALAWASI_SCALA_LIBRARY", "/usr/share/scala-2.11/lib/scala-library.jar")

DRIVER = r'''
object DifferentialDriver {
  def main(args: Array[String]): Unit = {
    val outDir = args(0)
    for (name <- args.drop(1)) {
      val out = new java.io.ByteArrayOutputStream()
      val err = new java.io.ByteArrayOutputStream()
      val ps = new java.io.PrintStream(out, true, "UTF-8")
      val pe = new java.io.PrintStream(err, true, "UTF-8")
      var status = 0
      Console.withOut(ps) {
        Console.withErr(pe) {
          try {
            Class.forName(name).getMethod("main", classOf[Array[String]]).invoke(null, Array[String]())
          } catch {
            case e: java.lang.reflect.InvocationTargetException =>
              status = 1
              var t: Throwable = e.getCause
              Console.out.flush()
              pe.println("Exception in thread \"main\" " + t)
              t = t.getCause
              while (t != null) { pe.println("Caused by: " + t); t = t.getCause }
          }
        }
      }
      ps.flush(); pe.flush()
      java.nio.file.Files.write(java.nio.file.Paths.get(outDir, name + ".out"), out.toByteArray)
      java.nio.file.Files.write(java.nio.file.Paths.get(outDir, name + ".err"), err.toByteArray)
      java.nio.file.Files.write(java.nio.file.Paths.get(outDir, name + ".exit"), status.toString.getBytes("UTF-8"))
    }
  }
}
'''


@dataclass(frozen=True)
class Outcome:
    """What a program did: its stdout, its stderr without stack-frame lines, its exit status."""

    stdout: bytes
    stderr: bytes
    exit_code: int


def without_frames(stderr: bytes) -> bytes:
    """Drop `\\tat ...` and `\\t... N more` lines: the JVM prints stack frames, scalawasi a source position."""
    return b"".join(line for line in stderr.splitlines(keepends=True) if not line.startswith(b"\t"))


@dataclass
class BatchResult:
    outcomes: dict[str, Outcome]  # by program key
    rejected: dict[str, str]  # key → scalac's error text
    lost: list[str]  # keys the JVM did not finish (a program that ran past the time limit)


def available() -> bool:
    return all(Path(p).exists() for p in (SCALAC, JAVA, SCALA_LIBRARY))


def run_batch(programs: dict[str, str], time_limit: float = 120.0) -> BatchResult:
    """Compile every program (key → source text) with one scalac call and run each on the JVM."""
    keys = list(programs)
    package = {key: f"d{i}" for i, key in enumerate(keys)}
    rejected: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="scalawasi-differential-") as tmp:
        root = Path(tmp)
        src, classes, out = root / "src", root / "classes", root / "out"
        for d in (src, classes, out):
            d.mkdir()
        (src / "DifferentialDriver.scala").write_text(DRIVER, encoding="utf-8")
        for key in keys:
            (src / f"{package[key]}.scala").write_text(f"package {package[key]}\n" + programs[key], encoding="utf-8")
        while True:
            files = [str(src / "DifferentialDriver.scala")] + [str(src / f"{package[k]}.scala") for k in keys
                                                                if k not in rejected]
            done = subprocess.run([SCALAC, "-nowarn", "-d", str(classes), *files], capture_output=True, text=True,
                                  timeout=600)
            if done.returncode == 0:
                break
            failing = _files_with_errors(done.stdout + done.stderr)
            newly = [k for k in keys if k not in rejected and f"{package[k]}.scala" in failing]
            if not newly:
                raise RuntimeError(f"scalac failed on the driver:\n{done.stdout}{done.stderr}")
            for k in newly:
                rejected[k] = _errors_of(done.stdout + done.stderr, f"{package[k]}.scala")
            shutil.rmtree(classes)
            classes.mkdir()
        pending = [k for k in keys if k not in rejected]
        main_class = {k: f"{package[k]}.{main_object(programs[k])}" for k in keys}
        lost: list[str] = []
        while pending:
            names = [main_class[k] for k in pending]
            try:
                subprocess.run([JAVA, "-Xss16m", "-cp", f"{SCALA_LIBRARY}:{classes}", "DifferentialDriver",
                                str(out), *names], capture_output=True, timeout=time_limit,
                               env={**os.environ, "LANG": "C.UTF-8"})
                break
            except subprocess.TimeoutExpired:
                unfinished = [k for k in pending if not (out / f"{main_class[k]}.exit").exists()]
                if not unfinished:
                    break
                lost.append(unfinished[0])  # the one that was running when time ran out
                pending = unfinished[1:]
        outcomes = {}
        for k in keys:
            exit_file = out / f"{main_class[k]}.exit"
            if exit_file.exists():
                outcomes[k] = Outcome((out / f"{main_class[k]}.out").read_bytes(),
                                      without_frames((out / f"{main_class[k]}.err").read_bytes()),
                                      int(exit_file.read_text()))
        return BatchResult(outcomes, rejected, lost)


def main_object(text: str) -> str:
    """The object whose `main` runs: the last `object NAME` before the first `def main(`."""
    names = re.findall(r"\bobject\s+(\w+)", text[:max(text.find("def main("), 0)])
    return names[-1] if names else "Main"


_ERROR_LINE = re.compile(r"^(?:.*/)?(d\d+\.scala):\d+: error:", re.M)


def _files_with_errors(output: str) -> set[str]:
    return set(_ERROR_LINE.findall(output))


def _errors_of(output: str, file_name: str) -> str:
    lines = output.splitlines()
    picked = []
    for i, line in enumerate(lines):
        if f"{file_name}:" in line and ": error:" in line:
            picked.extend(lines[i:i + 3])
    return "\n".join(picked)
