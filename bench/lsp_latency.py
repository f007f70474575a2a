"""Language-server latency through a real client connection: didChange → publishDiagnostics, hover, warm run.

Usage: .venv/bin/python bench/lsp_latency.py [--rounds N]   (prints a Markdown table for docs/benchmarks.md)
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time

from lsprotocol import types
from pytest_lsp import client_capabilities, make_test_lsp_client


def generate(lines: int) -> str:
    out = ["object Big {"]
    i = 0
    while len(out) < lines - 4:
        out += [f"  def f{i}(x: Int): Int = {{", f"    val y = x * {i % 7 + 1} + {i}", "    var z = y",
                "    if (z > 100) z = z - 1 else z = z + 2", "    z + y", "  }"]
        i += 1
    out += ["  def main(args: Array[String]): Unit = {", "    println(f0(1))", "  }", "}"]
    return "\n".join(out) + "\n"


HELLO = 'object Hello {\n  def main(args: Array[String]): Unit = {\n    println("Hello from WASI!")\n  }\n}\n'


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def measure(rounds: int) -> list[tuple[str, float, float]]:
    client = make_test_lsp_client()
    await client.start_io(sys.executable, "-m", "scalawasi.server")
    await client.initialize_session(types.InitializeParams(capabilities=client_capabilities("neovim@v0.7.0"),
                                                           initialization_options={"scalawasi": {}}))
    rows = []
    for lines in (1000, 5000):
        text = generate(lines)
        uri = f"file:///tmp/bench{lines}.scala"
        client.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id="scala", version=1, text=text)))
        while uri not in client.diagnostics:
            await asyncio.sleep(0.005)
        change_times, hover_times = [], []
        for r in range(rounds):
            client.diagnostics.pop(uri, None)
            edited = text.replace("println(f0(1))", f"println(f0({r + 2}))")
            t0 = time.perf_counter()
            client.text_document_did_change(types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=r + 2),
                [types.TextDocumentContentChangeWholeDocument(text=edited)]))
            while uri not in client.diagnostics:
                await asyncio.sleep(0.001)
            change_times.append(time.perf_counter() - t0)
            line = (r * 37) % (lines - 10) // 6 * 6 + 2  # a `val y = ...` line
            t0 = time.perf_counter()
            await client.text_document_hover_async(types.HoverParams(
                types.TextDocumentIdentifier(uri), types.Position(line, 8)))
            hover_times.append(time.perf_counter() - t0)
        rows.append((f"didChange → publishDiagnostics, {lines} lines", statistics.median(change_times),
                     pct(change_times, 95)))
        rows.append((f"hover, {lines} lines", statistics.median(hover_times), pct(hover_times, 95)))
    uri = "file:///tmp/bench_hello.scala"
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="scala", version=1, text=HELLO)))
    run_times = []
    for r in range(rounds + 1):
        t0 = time.perf_counter()
        result = await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command="scalawasi.runMain", arguments=[uri, "Hello"]))
        assert result["stdout"] == "Hello from WASI!\n", result
        if r:  # the first run builds; the rest are warm
            run_times.append(time.perf_counter() - t0)
        await asyncio.sleep(0.3)  # let the spare worker start, as between a user's clicks
    rows.append(("Run main, hello world (warm)", statistics.median(run_times), pct(run_times, 95)))
    await client.shutdown_session()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    rows = asyncio.run(measure(parser.parse_args().rounds))
    print("| measurement | median (ms) | p95 (ms) |\n|---|---:|---:|")
    for name, med, p95 in rows:
        print(f"| {name} | {med * 1000:.1f} | {p95 * 1000:.1f} |")


if __name__ == "__main__":
    main()
