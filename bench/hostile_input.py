"""How analysis cost grows with the input: generated programs of 1k/10k/100k lines, withMemoryAllocator nested
250/500/1,000/2,000 deep, random bytes of 100 KB and 1 MB. The claim is linear growth: the last column divides each
time by the time of the row above, against the ratio of the sizes.

    python bench/hostile_input.py            # print the table (CPU seconds, median of --runs, default 3)
    python bench/hostile_input.py --write    # also update the `## Growth with input size` section of docs/benchmarks.md

CPU time (time.process_time) rather than wall time: the machine is shared, and CPU time moves less with the load.
"""
from __future__ import annotations

import argparse
import datetime
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from gen_program import generate  # noqa: E402
from scalawasi.compiler.api import analyze  # noqa: E402
from scalawasi.compiler.source import decode_utf8  # noqa: E402

DOC = ROOT / "docs" / "benchmarks.md"
HEADING = "## Growth with input size"
BEFORE = ("Before issue 16, `check` took 1.1/4.5/19/55 s (wall clock) on the nested withMemoryAllocator inputs "
          "(quadratic: each scope re-walked its whole body, and each name was searched through every enclosing "
          "scope).")


def nested_allocators(depth: int) -> str:
    body = "".join(f"withMemoryAllocator {{ a{i} =>\n" for i in range(depth)) + "println(1)\n" + "}\n" * depth
    return ("import scala.scalajs.wasm._\nimport scala.scalajs.wasm.memory._\nobject Main {\n"
            "  def main(args: Array[String]): Unit = {\n" + body + "  }\n}\n")


def random_bytes(size: int) -> str:
    rnd = random.Random(size)
    return decode_utf8(rnd.randbytes(size))


SERIES = [
    ("generated program", "lines", [(n, lambda n=n: generate(n)) for n in (1_000, 10_000, 100_000)]),
    ("nested withMemoryAllocator", "depth", [(n, lambda n=n: nested_allocators(n)) for n in (250, 500, 1_000, 2_000)]),
    ("random bytes", "bytes", [(n, lambda n=n: random_bytes(n)) for n in (100_000, 1_000_000)]),
]


def cpu_seconds(text: str, runs: int) -> float:
    from scalawasi.compiler.syntax.reuse import forget_converted

    times = []
    for _ in range(runs):
        forget_converted()  # a cold analysis: no reuse of methods converted before
        start = time.process_time()
        analyze(text, "bench.scala")
        times.append(time.process_time() - start)
    return statistics.median(times)


def run(runs: int) -> list[tuple[str, str, int, float, float | None]]:
    analyze("object Main { def main(args: Array[String]): Unit = println(1) }", "warm.scala")  # imports, prelude
    rows = []
    for name, unit, sizes in SERIES:
        previous = None
        for size, make in sizes:
            seconds = cpu_seconds(make(), runs)
            growth = None if previous is None else (seconds / previous[1]) / (size / previous[0])
            rows.append((name, unit, size, seconds, growth))
            print(f"{name:28} {size:>9,} {unit:6} {seconds:8.3f} s" +
                  ("" if growth is None else f"   time ratio / size ratio {growth:.2f}"), flush=True)
            previous = (size, seconds)
    return rows


def table(rows) -> str:
    out = ["| input | size | CPU seconds (median) | time ratio ÷ size ratio vs the row above |",
           "|---|---:|---:|---:|"]
    for name, unit, size, seconds, growth in rows:
        out.append(f"| {name} | {size:,} {unit} | {seconds:.3f} | {'' if growth is None else f'{growth:.2f}'} |")
    return "\n".join(out)


def write_doc(rows, runs: int) -> None:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    section = (f"{HEADING}\n\nMeasured {datetime.date.today().isoformat()} with `python bench/hostile_input.py "
               f"--write` (median of {runs} runs, CPU time of `analyze`; load average {load:.1f} when it started, "
               "on a shared 2-core machine). A ratio near 1 means the cost grows in proportion to the input; 2 "
               "would mean quadratic growth between those two sizes.\n\n" + table(rows) + "\n\n" + BEFORE + "\n")
    text = DOC.read_text(encoding="utf-8")
    if HEADING in text:
        text = re.sub(re.escape(HEADING) + r"\n.*?(?=\n## |\Z)", section.rstrip("\n") + "\n", text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    DOC.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write", action="store_true")
    options = parser.parse_args()
    rows = run(options.runs)
    print(table(rows))
    if options.write:
        write_doc(rows, options.runs)


if __name__ == "__main__":
    main()
