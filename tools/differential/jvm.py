"""Runs many programs on the JVM at the cost of one scalac call and one JVM start.

Each program becomes its own package (`package d17` on the first line, so every program may call its object
`Main`); one scalac call compiles the whole batch; a driver (DRIVER below, compiled with it) runs each program's
`main` in turn, capturing `Console.out`/`Console.err`, and prints an uncaught exception as the JVM's default handler
does without the stack frames (`Exception in thread "main" ` + the exception, then `Caused by: ` + each cause).
Programs may not call `sys.exit` (it would end the driver). A program that scalac rejects is reported with
scalac's message and left out of the batch.
"""
from __future__ import annotations

import atexit
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


# scalac in one long-lived JVM: a cold scalac spends most of its time warming up (about 1 s of CPU per generated
# program); a warm one is several times faster. Each request is a line "OUTDIR<TAB>FILE<TAB>FILE...".
RESIDENT = r'''
object ResidentCompiler {
  def main(args: Array[String]): Unit = {
    val in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, "UTF-8"))
    var line = in.readLine()
    while (line != null) {
      val parts = line.split("\t")
      val settings = new scala.tools.nsc.Settings()
      settings.usejavacp.value = true
      settings.nowarn.value = true
      settings.outdir.value = parts(0)
      val out = new java.io.PrintWriter(System.out, true)
      val reporter = new scala.tools.nsc.reporters.ConsoleReporter(settings, Console.in, out)
      val global = new scala.tools.nsc.Global(settings, reporter)
      val run = new global.Run
      run.compile(parts.drop(1).toList)
      reporter.flush()
      println("@@DONE " + (if (reporter.hasErrors) 1 else 0))
      System.out.flush()
      line = in.readLine()
    }
  }
}
'''


def _scala_jar(name: str) -> str:
    return str(Path(SCALA_LIBRARY).with_name(name))


class ResidentScalac:
    """Compiles batches in one warm scalac JVM, started on first use and stopped at exit."""

    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None
        self.home: tempfile.TemporaryDirectory | None = None

    def _start(self) -> None:
        self.home = tempfile.TemporaryDirectory(prefix="scalawasi-scalac-")
        home = Path(self.home.name)
        (home / "ResidentCompiler.scala").write_text(RESIDENT, encoding="utf-8")
        compiler_cp = f"{_scala_jar('scala-compiler.jar')}:{_scala_jar('scala-reflect.jar')}"
        subprocess.run([SCALAC, "-cp", compiler_cp, "-d", str(home), str(home / "ResidentCompiler.scala")],
                       check=True, capture_output=True, timeout=600)
        self.process = subprocess.Popen([JAVA, "-Xss16m", "-cp", f"{compiler_cp}:{SCALA_LIBRARY}:{home}",
                                         "ResidentCompiler"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True, encoding="utf-8")
        atexit.register(self.close)

    def compile(self, outdir: Path, files: list[str]) -> tuple[bool, str]:
        if self.process is None or self.process.poll() is not None:
            self._start()
        assert self.process and self.process.stdin and self.process.stdout
        self.process.stdin.write("\t".join([str(outdir), *files]) + "\n")
        self.process.stdin.flush()
        lines = []
        for line in self.process.stdout:
            if line.startswith("@@DONE "):
                return line.strip().endswith("0"), "".join(lines)
            lines.append(line)
        raise RuntimeError("the resident scalac stopped:\n" + "".join(lines))

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        if self.home is not None:
            self.home.cleanup()
            self.home = None


_SCALAC = ResidentScalac()


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
            ok, output = _SCALAC.compile(classes, files)
            if ok:
                break
            failing = _files_with_errors(output)
            newly = [k for k in keys if k not in rejected and f"{package[k]}.scala" in failing]
            if not newly:
                raise RuntimeError(f"scalac failed on the driver:\n{output}")
            for k in newly:
                rejected[k] = _errors_of(output, f"{package[k]}.scala")
            shutil.rmtree(classes)
            classes.mkdir()
        pending = [k for k in keys if k not in rejected]
        main_class = {k: f"{package[k]}.{main_object(programs[k])}" for k in keys}
        lost: list[str] = []
        while pending:
            names = [main_class[k] for k in pending]
            try:
                # (no "helpful" NullPointerException messages: they name bytecode-level details scalawasi cannot)
                subprocess.run([JAVA, "-Xss16m", "-XX:-ShowCodeDetailsInExceptionMessages", "-cp", f"{SCALA_LIBRARY}:{classes}", "DifferentialDriver",
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
