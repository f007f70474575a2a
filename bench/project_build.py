"""Build time of a project of many files: from scratch, unchanged, and after a one-line change, with the cache.

    python bench/project_build.py [--files 50] [--lines 20000] [--runs 5]

Generates the project with bench/gen_project.py (50 files in 50 packages, 20,000 lines by default) in a temporary
folder, checks it builds with no diagnostic, then measures, each in a fresh process (`python -m
scalawasi.compiler.cli build`, as a user runs it; the typed prelude comes from its disk cache and the compiler's
bytecode from the folder the first build wrote it to), the CPU time
(user + system, which other load disturbs less than wall-clock time) of:
- a build from scratch (`--no-cache`), the reference;
- the first build with an empty `.scalawasi/` (it writes the cache);
- a second build of the unchanged project;
- the build after one line of one file changed (a comment line added at its top, a new one each run);
- the build after a string literal inside one of that file's methods changed (code, not only positions).
Prints the medians and the ratios to the build from scratch (the issue's target: a rebuild after a one-line change
under a third of a cold build).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The build processes' environment: the compiler's bytecode written once (by the warm-up build, into a folder of
# its own) and read by every later build, as any earlier run leaves it for a user; with PYTHONDONTWRITEBYTECODE
# (set in the team's worktrees) each process compiled the compiler's sources again, about 0.1 s per build.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
sys.path.insert(0, str(ROOT / "bench"))

from gen_project import generate_project  # noqa: E402


def build_once(folder: Path, *options: str) -> float:
    """The CPU seconds of one `scalawasi build` process."""
    before = os.times()
    done = subprocess.run([sys.executable, "-m", "scalawasi.compiler.cli", "build", *options], cwd=folder,
                          capture_output=True, text=True, env=_ENV)
    after = os.times()
    if done.returncode != 0:
        sys.exit(f"the generated project does not build:\n{done.stderr[:2000]}")
    return (after.children_user - before.children_user) + (after.children_system - before.children_system)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    times: dict[str, list[float]] = {"scratch": [], "first": [], "unchanged": [], "edited": [], "edited_code": []}
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as bytecode:
        _ENV["PYTHONPYCACHEPREFIX"] = bytecode
        folder = Path(tmp)
        files = generate_project(folder, options.files, options.lines)
        lines = sum(f.read_text().count("\n") for f in files)
        edited = files[len(files) // 2]
        original = edited.read_text()
        build_once(folder, "--no-cache")  # warms the prelude's disk cache and the bytecode, as any earlier build does
        for run in range(options.runs):
            edited.write_text(original, encoding="utf-8")
            shutil.rmtree(folder / ".scalawasi", ignore_errors=True)
            times["scratch"].append(build_once(folder, "--no-cache"))
            times["first"].append(build_once(folder))
            times["unchanged"].append(build_once(folder))
            edited.write_text(original.replace("package proj", f"// edit {run}\npackage proj", 1), encoding="utf-8")
            times["edited"].append(build_once(folder))
            # A change of code, not only of positions: a string literal inside a method (the module changes).
            edited.write_text(original.replace('"text', f'"edit {run} text', 1), encoding="utf-8")
            times["edited_code"].append(build_once(folder))
    scratch = statistics.median(times["scratch"])
    print(f"{len(files)} files, {lines} lines, {options.runs} runs each, fresh process per build, CPU seconds "
          f"(load average {os.getloadavg()[0]:.1f})")
    labels = {"scratch": "from scratch (--no-cache)", "first": "first build, writing the cache",
              "unchanged": "unchanged project", "edited": "after a one-line change",
              "edited_code": "after a changed string in a method"}
    for name, label in labels.items():
        values = times[name]
        median = statistics.median(values)
        print(f"{label + ':':38} median {median:.2f} s (min {min(values):.2f}, max {max(values):.2f}), "
              f"{median / scratch:.2f} of from scratch")
    print(f"rebuild after a one-line change / from scratch: {statistics.median(times['edited']) / scratch:.2f} "
          "(target: under 0.33)")


if __name__ == "__main__":
    main()
