"""Two builds of the same kernels compared: this checkout's compiler against another's (main's, say), module sizes
and `_start` times, the two modules run alternately in one process so that the machine's load falls on both alike.

    python bench/ab_builds.py --base-python /work/main/.venv/bin/python
    python bench/ab_builds.py --base-python ../main/.venv/bin/python --rounds 11 --kernels strings,list_map

The base compiler is the one that interpreter imports (a checkout's own virtual environment); each kernel is built
by both, checked to print the same output, and run `--rounds` times each, alternating (base, ours, base, ...).
Times are of `_start` only (compilation and instantiation excluded); the table gives medians and their ratio.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from wasm_runner import Runner  # noqa: E402  (bench/wasm_runner.py)

KERNEL_DIRS = (HERE / "codegen" / "kernels", HERE / "collections" / "kernels")
_BUILD = ("import sys; from scalawasi.compiler.api import build; "
          "r = build(open(sys.argv[1], encoding='utf-8').read(), sys.argv[1]); "
          "assert r.ok, [d.message for d in r.diagnostics]; open(sys.argv[2], 'wb').write(r.wasm)")


def kernels(names: str | None) -> list[Path]:
    found = sorted(p for d in KERNEL_DIRS for p in d.glob("*.scala"))
    if names:
        wanted = set(names.split(","))
        found = [p for p in found if p.stem in wanted]
    return found


def build_with(python: str, source: Path, cache: str) -> bytes:
    """source built by the compiler that python imports, with a cache of its own (XDG_CACHE_HOME)."""
    with tempfile.NamedTemporaryFile(suffix=".wasm", delete=False) as f:
        out = f.name
    try:
        subprocess.run([python, "-c", _BUILD, str(source), out], check=True,
                       env={**os.environ, "XDG_CACHE_HOME": cache})
        return Path(out).read_bytes()
    finally:
        os.unlink(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-python", required=True, help="the interpreter whose scalawasi builds the base")
    parser.add_argument("--kernels", help="comma-separated kernel names (default: all of codegen/ and collections/)")
    parser.add_argument("--rounds", type=int, default=7, help="runs of each module")
    args = parser.parse_args()

    runner = Runner()
    rows = []
    caches = tempfile.TemporaryDirectory()
    for source in kernels(args.kernels):
        base = build_with(args.base_python, source, os.path.join(caches.name, "base"))
        ours = build_with(sys.executable, source, os.path.join(caches.name, "ours"))
        modules = (runner.compile(base), runner.compile(ours))
        times: tuple[list, list] = ([], [])
        outputs = set()
        for _ in range(args.rounds):
            for module, kept in zip(modules, times):
                elapsed, output = runner.run(module)
                kept.append(elapsed * 1000)
                outputs.add(output)
        if len(outputs) != 1:
            sys.exit(f"{source.stem}: the two builds print different outputs")
        medians = [statistics.median(t) for t in times]
        rows.append((source.stem, medians[0], medians[1], len(base), len(ours)))
        print(f"{source.stem}: {medians[0]:.1f} / {medians[1]:.1f} ms", file=sys.stderr)
    print(f"load average {os.getloadavg()[0]:.1f}, {args.rounds} runs of each module, alternating")
    print("| kernel | base (ms) | ours (ms) | ours / base | base bytes | ours bytes |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, b, o, bb, ob in rows:
        print(f"| {name} | {b:.1f} | {o:.1f} | {o / b:.2f} | {bb:,} | {ob:,} |")


if __name__ == "__main__":
    main()
