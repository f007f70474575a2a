"""Command line of the differential tester (needs Debian's scala and a JDK 19+; see tools/differential/jvm.py).

    python -m tools.differential run --seconds 600      generate, compare, reduce and store mismatches for 10 min
    python -m tools.differential sample --count 20      add 20 generated programs with the JVM's outputs to the corpus
    python -m tools.differential verify                 re-run the stored corpus on the JVM: its outputs still hold
    python -m tools.differential expect F.scala...      write the JVM's .out/.err/.exit beside hand-written programs
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import corpus, jvm, wasi
from .generator import generate
from .reduce import reduce


def signature(j: jvm.Outcome, w: jvm.Outcome) -> tuple[bool, bool, bool]:
    return (j.stdout != w.stdout, j.stderr != w.stderr, j.exit_code != w.exit_code)


def compare(texts: list[str]) -> list[tuple[jvm.Outcome | None, wasi.WasiResult, str | None]]:
    """Each text on both sides: (JVM outcome or None when scalac rejected it / it ran too long, ours, scalac error)."""
    batch = jvm.run_batch({str(i): t for i, t in enumerate(texts)})
    return [(batch.outcomes.get(str(i)), wasi.run_program(t), batch.rejected.get(str(i)))
            for i, t in enumerate(texts)]


def command_run(options) -> int:
    deadline = time.monotonic() + options.seconds
    seed = options.seed if options.seed is not None else int(time.time()) % 1_000_000 * 1000
    checked = found = 0
    while time.monotonic() < deadline:
        seeds = list(range(seed, seed + options.batch))
        seed += options.batch
        programs = {s: generate(s, options.size) for s in seeds}
        results = compare([p.render() for p in programs.values()])
        for s, (j, w, rejected) in zip(seeds, results):
            checked += 1
            if rejected is not None:
                if w.outcome is not None:
                    print(f"seed {s}: scalac rejects, scalawasi accepts:\n{rejected}", flush=True)
                continue
            if w.outcome is None:
                print(f"seed {s}: scalawasi rejects a program scalac accepts:\n{w.diagnostics[:2000]}", flush=True)
                if not w.internal_error:
                    continue
            if j is None:
                print(f"seed {s}: ran past the JVM's time limit", flush=True)
                continue
            if w.outcome is not None and j == w.outcome:
                continue
            found += 1
            print(f"seed {s}: MISMATCH {corpus.describe(j, w.outcome) if w.outcome else 'internal error'}",
                  flush=True)
            store_mismatch(s, programs[s], j, w, options)
        print(f"{checked} programs checked, {found} mismatches, {int(deadline - time.monotonic())} s left", flush=True)
    return 1 if found else 0


def store_mismatch(seed: int, program, j: jvm.Outcome, w: wasi.WasiResult, options) -> None:
    want = signature(j, w.outcome) if w.outcome else None

    def still_differs(texts: list[str]) -> list[bool]:
        out = []
        for jj, ww, rejected in compare(texts):
            if rejected is not None or jj is None:
                out.append(False)
            elif ww.outcome is None:
                out.append(want is None and ww.internal_error)
            else:
                out.append(want is not None and jj != ww.outcome and signature(jj, ww.outcome) == want)
        return out

    def compiles(text: str) -> bool:
        if want is None:  # reducing an internal error: the candidate must still raise it
            return wasi.compile_errors(text)[2]
        return wasi.accepts(text)

    small = program if options.no_reduce else reduce(program, still_differs, compiles,
                                                     log=lambda m: print(f"  {m}", flush=True))
    text = small.render()
    [(jj, ww, _)] = compare([text])
    if jj is None:
        print(f"  the reduced program no longer runs on the JVM; kept the original", flush=True)
        text, jj, ww = program.render(), j, w
    what = corpus.describe(jj, ww.outcome) if ww.outcome else "internal error:\n" + ww.diagnostics
    path = corpus.store(f"mismatch_{seed}", text, jj, xfail=f"found by seed {seed}: {what}\n")
    print(f"  stored {path} ({len(text)} characters)\n{text}", flush=True)


def command_sample(options) -> int:
    seed = options.seed if options.seed is not None else int(time.time()) % 1_000_000 * 1000
    seeds = list(range(seed, seed + options.count))
    texts = [generate(s, options.size).render() for s in seeds]
    stored = 0
    for s, text, (j, w, rejected) in zip(seeds, texts, compare(texts)):
        if rejected is not None or j is None or w.outcome is None:
            print(f"seed {s}: not stored (scalac: {rejected is None}, JVM finished: {j is not None}, "
                  f"scalawasi compiles: {w.outcome is not None})")
            continue
        xfail = None if j == w.outcome else f"found by seed {s}: {corpus.describe(j, w.outcome)}\n"
        corpus.store(f"gen_{s}", text, j, xfail=xfail)
        stored += 1
    print(f"stored {stored} programs in {corpus.CORPUS}")
    return 0


def command_verify(options) -> int:
    sources = sorted(corpus.CORPUS.glob("*.scala"))
    batch = jvm.run_batch({p.stem: p.read_text(encoding="utf-8") for p in sources})
    bad = 0
    for p in sources:
        got = batch.outcomes.get(p.stem)
        if got != corpus.load(p):
            bad += 1
            print(f"{p.name}: the JVM now gives {got}")
    print(f"{len(sources) - bad} of {len(sources)} stored outputs confirmed by the JVM")
    return 1 if bad else 0


def command_expect(options) -> int:
    sources = [Path(f) for f in options.files]
    batch = jvm.run_batch({str(p): p.read_text(encoding="utf-8") for p in sources})
    for p in sources:
        if str(p) in batch.rejected:
            print(f"{p}: scalac rejects it:\n{batch.rejected[str(p)]}")
            continue
        outcome = batch.outcomes.get(str(p))
        if outcome is None:
            print(f"{p}: did not finish on the JVM")
            continue
        corpus.store(p.stem, p.read_text(encoding="utf-8"), outcome, folder=p.parent)
        print(f"{p}: exit {outcome.exit_code}, {len(outcome.stdout)} bytes of output")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.differential", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="generate and compare for a while; reduce and store every mismatch")
    run.add_argument("--seconds", type=float, default=600)
    run.add_argument("--batch", type=int, default=25, help="programs per scalac call")
    run.add_argument("--size", type=int, default=30, help="statements in a generated main")
    run.add_argument("--seed", type=int, default=None, help="first seed (default: from the clock)")
    run.add_argument("--no-reduce", action="store_true", help="store mismatches as generated")
    sample = sub.add_parser("sample", help="add generated programs and their JVM outputs to the corpus")
    sample.add_argument("--count", type=int, default=20)
    sample.add_argument("--size", type=int, default=30)
    sample.add_argument("--seed", type=int, default=None)
    sub.add_parser("verify", help="check the corpus's stored outputs against the JVM")
    expect = sub.add_parser("expect", help="write the JVM's outputs beside hand-written programs")
    expect.add_argument("files", nargs="+")
    options = parser.parse_args(argv)
    if not jvm.available():
        print(f"needs {jvm.SCALAC}, {jvm.JAVA} and {jvm.SCALA_LIBRARY} (SCALAWASI_SCALAC / SCALAWASI_JAVA / "
              "SCALAWASI_SCALA_LIBRARY override them)", file=sys.stderr)
        return 2
    commands = {"run": command_run, "sample": command_sample, "verify": command_verify, "expect": command_expect}
    return commands[options.command](options)


if __name__ == "__main__":
    sys.exit(main())
