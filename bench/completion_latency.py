"""Completion latency at 1,000 and 10,000 lines: the compiler-side query and the request through the real server.

Programs from `bench/gen_program.py` (with the memory intrinsics). Two kinds of completion, sampled evenly over the
file: a member after `.` with the member name deleted (`seg.` and `acc.` half-typed at the end of their line: the
rest of the file stays as it was), and a name in scope (`pr` typed at the start of a new statement line inside a
method). Each query analyses a copy of the text with a placeholder where the word is typed
(`compiler/ide/completion.py`), parsing and typing only (no static checks), as the server does.
- in-process: `complete()` called directly; wall time and CPU time (`time.process_time`) per query, with the
  cyclic garbage collector off and a collection between queries, as the server runs (`server/__init__.py`);
- through the server: `textDocument/completion` on the opened document (the member positions, the text unchanged),
  request to response, Neovim 0.7 capabilities.
Reported: median and p95 per size and kind. The target is p95 < 50 ms at 1,000 lines. A query gives the analysis its
offset (`api.analyze(focus=)`), so only the method it is in is typed besides the outline; the column "typing the
whole copy" measures the same queries in the same process without that, as before.

Usage: .venv/bin/python bench/completion_latency.py [--sizes 1000,10000] [--samples 40] [--lsp-samples 20]
"""
from __future__ import annotations

import argparse
import asyncio
import gc
import os
import re
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pytest_lsp import client_capabilities, make_test_lsp_client

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_program import generate  # noqa: E402

from scalawasi.compiler.api import analyze  # noqa: E402
from scalawasi.compiler.ide.completion import complete  # noqa: E402

SERVER = [sys.executable, "-m", "scalawasi.server"]
_MEMBER = re.compile(r"\b([a-z]\w*)\.([a-zA-Z]\w*)")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def spread(items: list, count: int) -> list:
    if len(items) <= count:
        return items
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def _members(text: str) -> list:
    """The `name.member` selections of the program's code (not in comments or imports, nor `math.` paths)."""
    return [m for m in _MEMBER.finditer(text) if m.group(1) not in ("math", "scala")
            and not text[text.rfind("\n", 0, m.start()) + 1:m.start()].lstrip().startswith(("//", "import"))]


def member_cases(text: str, count: int) -> list[tuple[str, int]]:
    """(text with one member name deleted, byte offset just after its dot), spread over the file."""
    cases = []
    for m in spread(_members(text), count):
        half = text[:m.start(2)] + text[m.end(2):]
        cases.append((half, len(text[:m.start(2)].encode())))
    return cases


def scope_cases(text: str, count: int) -> list[tuple[str, int]]:
    """(text with a new line `pr` before a statement inside a method, byte offset after `pr`)."""
    starts = [m.start() for m in re.finditer(r"(?m)^    (?:val|var|println)\b", text)]
    cases = []
    for start in spread(starts, count):
        typed = text[:start] + "    pr\n" + text[start:]
        cases.append((typed, len(text[:start].encode()) + len("    pr")))
    return cases


def measure(cases: list[tuple[str, int]], focused: bool = True) -> tuple[list[float], list[float], int]:
    """As in the server (`server/__init__.py`): the cyclic collector off, garbage collected between requests.
    focused=False types the whole copy, as queries did before they gave the analysis their offset."""
    walls, cpus, found = [], [], 0
    gc.disable()
    for text, offset in cases:
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        result = complete(text, offset, lambda t, focus=None: analyze(
            t, "/tmp/scalawasi-bench/complete.scala", static_checks=False, focus=focus if focused else None))
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
        found += bool(result.items)
    return walls, cpus, found


async def through_server(text: str, count: int) -> list[float]:
    client = make_test_lsp_client()
    await client.start_io(*SERVER)
    await client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("neovim@v0.7.0"), initialization_options={"scalawasi": {}}))
    uri = Path("/tmp/scalawasi-bench/completion.scala").as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="scala", version=1, text=text)))
    while uri not in client.diagnostics:
        await asyncio.sleep(0.01)
    times = []
    for m in spread(_members(text), count):
        before = text[:m.start(2)]
        position = types.Position(before.count("\n"), len(before) - before.rfind("\n") - 1)
        start = time.perf_counter()
        result = await client.text_document_completion_async(types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=position))
        times.append((time.perf_counter() - start) * 1000)
        assert result is not None
    await client.shutdown_session()
    return times


def row(label: str, values: list[float]) -> str:
    return f"{statistics.median(values):.1f} / {pct(values, 95):.1f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--samples", type=int, default=40)
    parser.add_argument("--lsp-samples", type=int, default=20)
    args = parser.parse_args()
    complete("object A { val x = 1 }", 0, lambda t: analyze(t))  # imports and the prelude, once
    print("Load average (1, 5, 15 min) at the start: " + ", ".join(f"{x:.1f}" for x in os.getloadavg()) + "\n")
    print("| file | completion | queries | in-process wall, median / p95 (ms) | in-process CPU, median / p95 (ms) "
          "| CPU typing the whole copy, median / p95 (ms) | through the server, median / p95 (ms) |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for size in [int(s) for s in args.sizes.split(",")]:
        text = generate(size, intrinsics=True)
        lines = text.count("\n")
        samples = args.samples if size <= 2000 else max(10, args.samples // 4)
        lsp = asyncio.run(through_server(text, args.lsp_samples if size <= 2000 else max(5, args.lsp_samples // 2)))
        for kind, cases in (("member after `.`", member_cases(text, samples)), ("name in scope", scope_cases(text, samples))):
            walls, cpus, found = measure(cases)
            _, whole, _ = measure(cases, focused=False)
            server = row("", lsp) if kind.startswith("member") else "–"
            print(f"| {lines} lines | {kind} | {len(cases)} ({found} with items) | {row('', walls)} | {row('', cpus)} "
                  f"| {row('', whole)} | {server} |", flush=True)
    print("\nLoad average (1, 5, 15 min) at the end: " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
