"""Generated code against clang: each kernel in kernels/ as Scala (built by scalawasi, checked and --unchecked) and
as C (clang --target=wasm32-wasi -O2), all run under wasmtime-py in this one process, runs alternated, outputs
compared with clang's.

    sh bench/codegen/setup.sh                # once, as root: Debian's clang, lld, wasi-libc, compiler-rt for wasm32
    python bench/codegen/run.py              # medians and ratios per kernel, as a Markdown table
    python bench/codegen/run.py --callgrind  # also instructions executed, counted by valgrind (stable under load)

Times are wall-clock times of `_start` only (compilation to machine code and instantiation excluded), median of
--rounds runs per variant; a round runs every variant of a kernel once, one after another, so load on the machine
falls on all of them alike, and the ratios come from the same rounds.
"""
from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench/: the shared runner
from wasm_runner import Runner  # noqa: E402

HERE = Path(__file__).resolve().parent
KERNELS = HERE / "kernels"
BUILD = HERE / "build"  # ignored by git: C modules, serialized modules for callgrind
CLANG = ["clang", "--target=wasm32-wasi", "-O2"]


def _options(**fields):
    """BuildOptions with the fields this version of the compiler has (older ones lack `optimize` or `strip`)."""
    from dataclasses import fields as dc_fields

    from scalawasi.compiler.api import BuildOptions

    known = {f.name for f in dc_fields(BuildOptions)}
    return BuildOptions(**{k: v for k, v in fields.items() if k in known})


VARIANTS = {  # name -> build options (None: the C module)
    "clang": None,
    "checked": dict(unchecked=False),
    "unchecked": dict(unchecked=True),
    "plain": dict(unchecked=False, optimize=False),  # checked, without the optimising lowering rules
}


def build_c(name: str) -> bytes:
    BUILD.mkdir(exist_ok=True)
    source, out = KERNELS / f"{name}.c", BUILD / f"{name}.clang.wasm"
    if not out.exists() or out.stat().st_mtime < source.stat().st_mtime:
        if shutil.which("clang") is None:
            sys.exit("clang is missing: run bench/codegen/setup.sh first (as root)")
        subprocess.run([*CLANG, str(source), "-o", str(out), "-lm"], check=True)
    return out.read_bytes()


def build_scala(name: str, options: dict) -> bytes:
    from scalawasi.compiler.api import build

    source = KERNELS / f"{name}.scala"
    result = build(source.read_text(encoding="utf-8"), str(source), _options(**options))
    if not result.ok:
        sys.exit(f"{source.name} does not build: {[d.message for d in result.diagnostics]}")
    return result.wasm


def kernel_names(selected: str | None) -> list[str]:
    names = sorted(p.stem for p in KERNELS.glob("*.scala"))
    if selected:
        wanted = selected.split(",")
        unknown = set(wanted) - set(names)
        if unknown:
            sys.exit(f"unknown kernels: {', '.join(sorted(unknown))} (known: {', '.join(names)})")
        names = wanted
    return names


def measure(names: list[str], rounds: int, variants: dict) -> dict:
    runner = Runner()
    results = {}
    for name in names:
        wasm = {v: build_c(name) if opts is None else build_scala(name, opts) for v, opts in variants.items()}
        modules = {v: runner.compile(w) for v, w in wasm.items()}
        times: dict[str, list[float]] = {v: [] for v in variants}
        expected = None
        for _ in range(rounds):
            for v, module in modules.items():
                elapsed, out = runner.run(module)
                if expected is None:
                    expected = out
                elif out != expected:
                    sys.exit(f"{name}: {v} printed {out!r}, clang's module printed {expected!r}")
                times[v].append(elapsed)
        jvm = KERNELS / f"{name}.out"  # what the JVM prints for the Scala program
        if jvm.exists() and jvm.read_text(encoding="utf-8") != expected:
            sys.exit(f"{name}: the modules printed {expected!r}, the JVM prints {jvm.read_text()!r}")
        stripped = build_scala(name, dict(variants["checked"], strip=True)) if "checked" in variants else None
        results[name] = {"times": times, "sizes": {v: len(w) for v, w in wasm.items()},
                         "stripped": len(stripped) if stripped is not None else None, "output": expected.strip()}
        print(f"{name}: " + ", ".join(f"{v} {statistics.median(t) * 1000:.1f} ms" for v, t in times.items()),
              file=sys.stderr)
    return results


# ---------------------------------------------------------------------------------------------- callgrind


def instruction_counts(names: list[str], variants: dict) -> dict:
    """Instructions executed by `_start`, counted by callgrind: a run minus the same process that only loads and
    instantiates the module (Python, wasmtime and the module's deserialisation cost the same in both)."""
    if shutil.which("valgrind") is None:
        return {}
    runner = Runner()
    counts: dict[str, dict[str, int]] = {}
    for name in names:
        counts[name] = {}
        for v, opts in variants.items():
            wasm = build_c(name) if opts is None else build_scala(name, opts)
            path = BUILD / f"{name}.{v}.cwasm"
            path.write_bytes(runner.compile(wasm).serialize())
            totals = [_callgrind(path, run) for run in (False, True)]
            counts[name][v] = totals[1] - totals[0]
            print(f"{name} {v}: {counts[name][v]:,} instructions", file=sys.stderr)
    return counts


def _callgrind(module_path: Path, run: bool) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
                   "--exec", str(module_path)] + ([] if run else ["--no-run"])
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for line in out.read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise RuntimeError("callgrind wrote no totals")


def exec_serialized(path: str, run: bool) -> None:
    import wasmtime

    engine = wasmtime.Engine()
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    module = wasmtime.Module.deserialize_file(engine, path)
    store = wasmtime.Store(engine)
    config = wasmtime.WasiConfig()
    config.stdout_file = os.devnull
    store.set_wasi(config)
    instance = linker.instantiate(store, module)
    if run:
        try:
            instance.exports(store)["_start"](store)
        except wasmtime.ExitTrap:
            pass


# ---------------------------------------------------------------------------------------------- report


def geomean(values: list[float]) -> float:
    return math.exp(sum(math.log(v) for v in values) / len(values))


def _mean_or_dash(values: list[float]) -> str:
    return f"{geomean(values):.2f}" if values else "—"


def report(results: dict, counts: dict, rounds: int) -> str:
    lines = ["| kernel | clang (ms) | checked (ms) | ratio | unchecked (ms) | ratio | --no-optimize (ms) | ratio | "
             "clang bytes | ours bytes | ours --strip |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    ratios = {"checked": [], "unchecked": [], "plain": []}
    for name, r in results.items():
        med = {v: statistics.median(t) for v, t in r["times"].items()}
        row = [name, f"{med['clang'] * 1000:.1f}"]
        for v in ("checked", "unchecked", "plain"):
            if v not in med:
                row += ["—", "—"]
                continue
            ratio = med[v] / med["clang"]
            ratios[v].append(ratio)
            row += [f"{med[v] * 1000:.1f}", f"{ratio:.2f}"]
        row += [f"{r['sizes']['clang']:,}", f"{r['sizes']['checked']:,}",
                f"{r['stripped']:,}" if r["stripped"] is not None else "—"]
        lines.append("| " + " | ".join(row) + " |")
    lines.append(f"| **geometric mean** | | | **{geomean(ratios['checked']):.2f}** | | "
                 f"**{geomean(ratios['unchecked']):.2f}** | | **{_mean_or_dash(ratios['plain'])}** | | | |")
    text = "\n".join(lines) + f"\n\nMedians of {rounds} alternated rounds; ratio = our median / clang's median.\n"
    if counts:
        text += ("\n| kernel | clang instructions | checked | ratio | unchecked | ratio | --no-optimize | ratio |\n"
                 "|---|---:|---:|---:|---:|---:|---:|---:|\n")
        cr = {"checked": [], "unchecked": [], "plain": []}
        for name, c in counts.items():
            row = [name, f"{c['clang'] / 1e6:,.1f} M"]
            for v in ("checked", "unchecked", "plain"):
                if v not in c:
                    row += ["—", "—"]
                    continue
                cr[v].append(c[v] / c["clang"])
                row += [f"{c[v] / 1e6:,.1f} M", f"{c[v] / c['clang']:.2f}"]
            text += "| " + " | ".join(row) + " |\n"
        text += (f"| **geometric mean** | | | **{geomean(cr['checked']):.2f}** | | **{geomean(cr['unchecked']):.2f}** "
                 f"| | **{_mean_or_dash(cr['plain'])}** |\n")
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--kernels", help="comma-separated kernel names (default: all)")
    parser.add_argument("--callgrind", action="store_true", help="also count instructions with valgrind")
    parser.add_argument("--output", help="also write the tables to this file")
    parser.add_argument("--variants", help="comma-separated variants besides clang (default: all; "
                        f"known: {', '.join(v for v in VARIANTS if v != 'clang')})")
    parser.add_argument("--exec", help=argparse.SUPPRESS)  # internal: run one serialized module (under callgrind)
    parser.add_argument("--no-run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.exec:
        exec_serialized(args.exec, not args.no_run)
        return
    names = kernel_names(args.kernels)
    variants = VARIANTS if not args.variants else \
        {v: VARIANTS[v] for v in ["clang", *args.variants.split(",")] if v in VARIANTS}
    results = measure(names, args.rounds, variants)
    counts = instruction_counts(names, variants) if args.callgrind else {}
    text = report(results, counts, args.rounds)
    print(text)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
