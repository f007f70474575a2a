"""The collections' generated code against the JVM: each kernel in kernels/ (one Scala program a file) built by
scalawasi and run under wasmtime-py, and the same program compiled by scalac 2.11 and run on JDK 25 in one JVM,
many times, after the JIT has compiled it (steady state).

    python bench/collections/run.py                    # every kernel, a Markdown table of medians and ratios
    python bench/collections/run.py --kernels hashmap_update --rounds 5

Times are wall-clock times of `_start` (wasmtime's compilation and instantiation excluded) and of the JVM's
`main` (from BenchHarness, with its output discarded); the JVM's figure is the median of the second half of its
runs. Outputs are compared with kernels/NAME.out, the JVM's.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench/: the shared runner
from wasm_runner import Runner  # noqa: E402

HERE = Path(__file__).resolve().parent
KERNELS = HERE / "kernels"
JAVA = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"
SCALA_LIBRARY = "/usr/share/scala-2.11/lib/scala-library.jar"


def object_name(source: Path) -> str:
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("object "):
            return line.split()[1]
    sys.exit(f"{source.name} has no top-level object")


def build_scala(source: Path) -> bytes:
    from scalawasi.compiler.api import build

    result = build(source.read_text(encoding="utf-8"), str(source))
    if not result.ok:
        sys.exit(f"{source.name} does not build: {[d.message for d in result.diagnostics]}")
    return result.wasm


def run_wasm(wasm: bytes, rounds: int) -> tuple[list[float], str]:
    runner = Runner()
    module = runner.compile(wasm)
    times, output = [], ""
    for _ in range(rounds):
        elapsed, output = runner.run(module)
        times.append(elapsed)
    return times, output


def run_jvm(source: Path, runs: int) -> list[float]:
    with tempfile.TemporaryDirectory() as classes:
        subprocess.run(["scalac", "-nowarn", "-d", classes, str(source), str(HERE / "Harness.scala")], check=True)
        done = subprocess.run([JAVA, "-cp", f"{SCALA_LIBRARY}:{classes}", "BenchHarness", object_name(source),
                               str(runs)], check=True, capture_output=True, text=True)
    nanos = [int(line) for line in done.stdout.split()]
    return [n / 1e9 for n in nanos[len(nanos) // 2:]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernels", help="comma-separated kernel names (default: all)")
    parser.add_argument("--rounds", type=int, default=7, help="wasmtime runs per kernel")
    parser.add_argument("--jvm-runs", type=int, default=30, help="JVM runs per kernel (the second half counts)")
    args = parser.parse_args()
    names = sorted(p.stem for p in KERNELS.glob("*.scala"))
    if args.kernels:
        names = args.kernels.split(",")
    rows = []
    for name in names:
        source = KERNELS / f"{name}.scala"
        wasm_times, output = run_wasm(build_scala(source), args.rounds)
        expected = (KERNELS / f"{name}.out").read_text(encoding="utf-8")
        if output != expected:
            sys.exit(f"{name}: wasmtime printed {output!r}, the JVM prints {expected!r}")
        jvm_times = run_jvm(source, args.jvm_runs)
        ours, jvm = statistics.median(wasm_times), statistics.median(jvm_times)
        rows.append((name, ours, jvm))
        print(f"{name}: wasmtime {ours * 1000:.1f} ms, JVM {jvm * 1000:.1f} ms", file=sys.stderr)
    print("| kernel | wasmtime (ms) | JVM steady state (ms) | ratio |")
    print("|---|---:|---:|---:|")
    for name, ours, jvm in rows:
        print(f"| {name} | {ours * 1000:.1f} | {jvm * 1000:.1f} | {ours / jvm:.1f}x |")


if __name__ == "__main__":
    main()
