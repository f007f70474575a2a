"""Start-up of a small build: the CPU time of `scalawasi build hello.scala` as a whole process.

    python bench/startup.py [--runs 11] [--callgrind]

Each run is a fresh process (`python -m scalawasi.compiler.cli build`, as a user runs it), with bytecode caching on
as an installed package has it (the environment's PYTHONDONTWRITEBYTECODE is removed; the first, untimed run
writes the caches) and the typed prelude from its disk cache, in a private cache directory of its own so that
other checkouts' builds cannot evict it. Prints the min and the median of the process's CPU time (user + system,
which other load disturbs less than wall-clock time) against the target of 0.15 s, and with --callgrind the
instructions the process executes under valgrind (stable on a loaded machine), beside `python -c pass`'s.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELLO = 'object Main {\n  def main(args: Array[String]): Unit = {\n    println("Hello from WASI!")\n  }\n}\n'
TARGET = 0.15


def environment(cache_home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["XDG_CACHE_HOME"] = str(cache_home)
    return env


def build_command(folder: Path) -> list[str]:
    return [sys.executable, "-m", "scalawasi.compiler.cli", "build", str(folder / "hello.scala"), "-o",
            str(folder / "hello.wasm")]


def cpu_seconds(command: list[str], env: dict[str, str]) -> float:
    """The CPU time of one process, from its rusage (microseconds: `os.times()` counts in 10 ms ticks, too coarse
    for a process of about 0.1 s)."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"the build failed:\n{stderr.decode(errors='replace')[:2000]}")
    return usage.ru_utime + usage.ru_stime


def instructions(command: list[str], env: dict[str, str], folder: Path) -> int:
    out = folder / "callgrind.out"
    done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command], env=env,
                          capture_output=True, text=True)
    found = re.search(r"refs:\s+([\d,]+)", done.stderr)
    if found is None:
        sys.exit(f"valgrind gave no count:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--callgrind", action="store_true", help="also count instructions (needs valgrind)")
    options = parser.parse_args()
    home = Path.home() / ".cache" / "scalawasi-bench-startup"  # private: the cache refuses shared folders
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "hello.scala").write_text(HELLO, encoding="utf-8")
        env = environment(home)
        command = build_command(folder)
        cpu_seconds(command, env)  # writes the bytecode caches and the prelude cache
        times = sorted(cpu_seconds(command, env) for _ in range(options.runs))
        median = statistics.median(times)
        print(f"hello world build, CPU s over {options.runs} runs: min {times[0]:.3f}, median {median:.3f}, "
              f"max {times[-1]:.3f} "
              f"(target {TARGET:.2f}: {'met' if median <= TARGET else 'not met'}); load average "
              f"{os.getloadavg()[0]:.1f}")
        if options.callgrind:
            if shutil.which("valgrind") is None:
                sys.exit("valgrind is not installed")
            build = instructions(command, env, folder)
            bare = instructions([sys.executable, "-c", "pass"], env, folder)
            print(f"instructions: build {build / 1e6:,.0f} M, python -c pass {bare / 1e6:,.0f} M")


if __name__ == "__main__":
    main()
