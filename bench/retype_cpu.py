"""CPU of one keystroke's analysis, by stage, with and without re-typing only the edited method (in process).

Statements are typed key by key into a method near the top of a generated file (so that every method after it
moves with each key), with auto-closed brackets (an editor that inserts `)`, `}`, `]` and `"` with their opener)
and without (the text is then half-typed: unclosed brackets). After every key the text is analysed twice, in
alternation, each by its own path so that each keeps its own reuse state: once as the language server does
(`retyped`: `semantics/retype.py` reuses what the previous analysis of the path typed) and once with re-typing
switched off (`full`: every body typed, as before; the parse is incremental in both). Reported per size, medians over the keystrokes of the thread CPU of: the whole analysis, parsing,
typing, the range analysis and the memory checks (when the intrinsics are visible), the semantic tokens made after
it (what VS Code asks for after each key: for a re-typed analysis, the untyped methods' tokens are the last ones,
compiler/ide/token_reuse.py; for a full one, every body is typed already), and, for the re-typed analyses, typing
the skipped bodies on first read of the model (what a query, or the server once the text is quiet, pays later;
before the token reuse, the tokens paid it after every key) and the share of analyses that skipped bodies.

With `--into memory` (files with the intrinsics only) the statements, reading the segment parameter, are typed
into a method the memory checks see (a `sum(s: MemorySegment)` of a memory unit, called from a scope in `run()`):
its callers are then skipped on the bet that its summary stays the recorded one (`semantics/retype.py`).

Usage: .venv/bin/python bench/retype_cpu.py [--sizes 1000,10000] [--keys N] [--into plain,memory]
(prints Markdown)
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_program import generate  # noqa: E402

from scalawasi.compiler import pipeline  # noqa: E402
from scalawasi.compiler.api import analyze  # noqa: E402
from scalawasi.compiler.ide.token_reuse import semantic_tokens_of  # noqa: E402
from scalawasi.compiler.intrinsics import ranges  # noqa: E402
from scalawasi.compiler.semantics.retype import Records  # noqa: E402

TYPED = "val probe = total * 2\n    if (probe > 10) {\n      println(\"probe \" + probe)\n    }\n    "
PAIRS = {"{": "}", "(": ")", "[": "]", '"': '"'}
ANCHORS = ("    var sum = 0L\n", "    var total = 0L\n")  # the first statement of an early method's body
MEMORY_ANCHOR = "  def sum(s: MemorySegment): Long = {\n"  # (a memory unit's; its body follows)
MEMORY_TYPED = "val probe = s.getInt(0) * 2\n    if (probe > 10) {\n      println(\"probe \" + probe)\n    }\n    "


class Stages:
    """Thread CPU by stage, by wrapping the pipeline's entry points into each stage."""

    def __init__(self) -> None:
        self.times: dict[str, float] = {}
        self._wrap(pipeline, "parse", "parse")
        self._wrap(pipeline.Typer, "check", "typing")
        self._wrap(ranges, "analyze_ranges", "ranges")
        self._wrap(pipeline, "run_memory_checks", "checks")

    def _wrap(self, owner, name: str, stage: str) -> None:
        original = getattr(owner, name)
        times = self.times

        def timed(*args, **kwargs):
            start = time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                times[stage] = times.get(stage, 0.0) + time.thread_time() - start

        setattr(owner, name, timed)

    def measure(self, work) -> tuple[object, dict[str, float]]:
        self.times.clear()
        start = time.thread_time()
        result = work()
        found = dict(self.times, total=time.thread_time() - start)
        return result, found


def keystrokes(text: str, at: int, typed: str, autoclose: bool):
    """Each text an editor holds after each key typed at `at` (with auto-closing: closers inserted with their
    openers and typed over)."""
    cursor = at
    for ch in typed:
        if autoclose and ch in (")", "}", "]", '"') and text[cursor:cursor + 1] == ch:
            cursor += 1
            continue  # typed over the closer: no new text
        insert = ch + PAIRS[ch] if autoclose and ch in PAIRS else ch
        text = text[:cursor] + insert + text[cursor:]
        cursor += 1
        yield text


def case(lines: int, intrinsics: bool, autoclose: bool, keys: int | None, into: str = "plain") -> dict:
    base = generate(lines, intrinsics=intrinsics)
    if into == "memory":
        anchor = base.index(MEMORY_ANCHOR) + len(MEMORY_ANCHOR)
        typed = MEMORY_TYPED
    else:
        anchor = next(base.index(a) for a in ANCHORS if a in base)
        typed = TYPED.replace("total", "sum") if base[anchor:].startswith(ANCHORS[0]) else TYPED
    stages = Stages()
    paths = {"retyped": f"retyped-{lines}.scala", "full": f"full-{lines}.scala"}
    for path in paths.values():
        Records.forget(path)
        semantic_tokens_of(analyze(base, path))
    rows: dict[str, list[dict]] = {"retyped": [], "full": []}
    first_read: list[float] = []
    skipped = 0
    texts = list(keystrokes(base, anchor + 4, typed, autoclose))[:keys]
    for text in texts:
        for mode in ("retyped", "full"):
            Records.enabled = mode == "retyped"
            analysis, found = stages.measure(lambda: analyze(text, paths[mode]))
            Records.enabled = True
            start = time.thread_time()
            semantic_tokens_of(analysis)
            found["tokens"] = time.thread_time() - start
            rows[mode].append(found)
            if mode == "retyped" and not getattr(analysis, "complete", True):
                skipped += 1
                start = time.thread_time()
                analysis.complete_typing()
                first_read.append(time.thread_time() - start)
            del analysis
    return {"rows": rows, "first_read": first_read, "skipped": skipped, "keys": len(texts)}


def med(rows: list[dict], stage: str) -> str:
    values = [r.get(stage, 0.0) for r in rows]
    return f"{statistics.median(values) * 1000:.1f}" if values else "-"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--keys", type=int, default=None, help="at most this many keystrokes per case")
    parser.add_argument("--into", default="plain", help="plain (an early method), memory (a memory unit's), or both")
    args = parser.parse_args()
    intos = args.into.split(",")
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print("| file | intrinsics | typed into | brackets | analysis | whole, ms | parse | typing | ranges | checks "
          "| tokens after it | bodies typed on first read, ms | analyses that skipped bodies |")
    print("|---|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for lines in (int(s) for s in args.sizes.split(",")):
        for intrinsics, into in [(i, into) for i in (False, True) for into in intos if i or into == "plain"]:
            for autoclose in (True, False):
                result = case(lines, intrinsics, autoclose, args.keys, into)
                for mode in ("full", "retyped"):
                    rows = result["rows"][mode]
                    extra = "" if mode == "full" else (
                        f"{statistics.median(result['first_read']) * 1000:.1f}" if result["first_read"] else "-")
                    share = "" if mode == "full" else f"{result['skipped']} of {result['keys']}"
                    print(f"| {lines} lines | {'yes' if intrinsics else 'no'} | {into} | "
                          f"{'auto-closed' if autoclose else 'typed'} | {mode} | {med(rows, 'total')} | "
                          f"{med(rows, 'parse')} | {med(rows, 'typing')} | {med(rows, 'ranges')} | "
                          f"{med(rows, 'checks')} | {med(rows, 'tokens')} | {extra} | {share} |", flush=True)
    print(f"\nload average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
