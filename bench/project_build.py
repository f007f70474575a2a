"""Build time of a project of many files: a cold `scalawasi build`, and the rebuild after a one-line change.

    python bench/project_build.py [--files 50] [--lines 20000] [--runs 5]

Generates the project with bench/gen_project.py (50 files in 50 packages, 20,000 lines by default) in a temporary
folder, checks it builds with no diagnostic, then times, each in a fresh process (`python -m
scalawasi.compiler.cli build`, as a user runs it; the typed prelude comes from its disk cache): the cold build,
and the build after one line of one file changed. Prints the medians and their ratio (the target is a rebuild
under a third of the cold build, which needs reuse of unchanged files' work).
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from gen_project import generate_project  # noqa: E402


def build_once(folder: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "scalawasi.compiler.cli", "build"], cwd=folder,
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"the generated project does not build:\n{done.stderr[:2000]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = generate_project(folder, options.files, options.lines)
        lines = sum(f.read_text().count("\n") for f in files)
        edited = files[len(files) // 2]
        original = edited.read_text()
        build_once(folder)  # warms the prelude's disk cache, as any earlier build of any program does
        cold, rebuild = [], []
        for run in range(options.runs):
            edited.write_text(original, encoding="utf-8")
            cold.append(build_once(folder))
            edited.write_text(original.replace("package proj", f"// edit {run}\npackage proj", 1), encoding="utf-8")
            rebuild.append(build_once(folder))
    cold_median, rebuild_median = statistics.median(cold), statistics.median(rebuild)
    print(f"{len(files)} files, {lines} lines, {options.runs} runs each, fresh process per build")
    print(f"cold build:               median {cold_median:.2f} s (min {min(cold):.2f}, max {max(cold):.2f})")
    print(f"after a one-line change:  median {rebuild_median:.2f} s (min {min(rebuild):.2f}, max {max(rebuild):.2f})")
    print(f"rebuild / cold: {rebuild_median / cold_median:.2f} (target: under 0.33)")


if __name__ == "__main__":
    main()
