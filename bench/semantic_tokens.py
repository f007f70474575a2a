"""Semantic-token latency through a real server process, on generated files of 1,000 and 10,000 lines that use
the memory intrinsics (bench/gen_program.py).

Reported per size:
- full, settled: `textDocument/semanticTokens/full` again on a file whose analysis is done (request to answer; the
  answer is kept per analysis): median, p95;
- delta after an edit: a one-line edit, then `semanticTokens/full/delta` at once (so the answer waits for the new
  analysis, as in an editor right after a keystroke): median, p95, and the share of the data sent compared to full;
- in process: the tokens' own part of a new analysis (symbol index, scan, encoding), without the analysis: median,
  p95;
- tokens: how many tokens the file has.

Usage: .venv/bin/python bench/semantic_tokens.py [--sizes 1000,10000] [--repeat 20]   (prints Markdown)
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pytest_lsp import client_capabilities, make_test_lsp_client

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_program import generate  # noqa: E402

SERVER = (sys.executable, "-m", "scalawasi.server")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.1f} / {p95(values) * 1000:.1f}"


async def measure(lines: int, repeat: int) -> dict:
    text = generate(lines, intrinsics=True)
    lsp = make_test_lsp_client()
    await lsp.start_io(*SERVER)
    await lsp.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), initialization_options={"scalawasi": {}}))
    uri = Path(f"/tmp/scalawasi-bench/tokens_{lines}.scala").as_uri()
    doc = types.TextDocumentIdentifier(uri)
    lsp.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="scala", version=1, text=text)))
    full_times, delta_times, shares = [], [], []
    first = await lsp.text_document_semantic_tokens_full_async(types.SemanticTokensParams(text_document=doc))
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = await lsp.text_document_semantic_tokens_full_async(types.SemanticTokensParams(text_document=doc))
        full_times.append(time.perf_counter() - t0)
    previous = result.result_id
    anchor = text.index("\n", len(text) // 2) + 1  # a line in the middle of the file
    for version in range(2, repeat + 2):
        text = text[:anchor] + f"  // edit {version}\n" + text[anchor:]
        lsp.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [types.TextDocumentContentChangeWholeDocument(text=text)]))
        t0 = time.perf_counter()
        delta = await lsp.text_document_semantic_tokens_full_delta_async(
            types.SemanticTokensDeltaParams(text_document=doc, previous_result_id=previous))
        delta_times.append(time.perf_counter() - t0)
        previous = delta.result_id
        sent = sum(len(e.data or []) for e in delta.edits) if hasattr(delta, "edits") else len(delta.data)
        shares.append(sent / max(1, len(first.data)))
    await lsp.shutdown_session()
    return {"lines": text.count("\n"), "tokens": len(first.data) // 5, "full": full_times, "delta": delta_times,
            "share": statistics.median(shares), "in_process": in_process(text, repeat)}


def in_process(text: str, repeat: int) -> list[float]:
    """The server's work for the tokens of a new analysis (symbol index, scan, encoding), with the collector off
    as the server has it during requests (it collects between analyses)."""
    import gc

    from scalawasi.compiler.api import analyze
    from scalawasi.server.semantic_tokens import encoded

    analysis = analyze(text, "bench.scala")
    times = []
    gc.disable()
    try:
        for _ in range(repeat):
            analysis = type(analysis)(**{**analysis.__dict__})  # a new identity: nothing cached from the last one
            t0 = time.perf_counter()
            encoded(analysis)
            times.append(time.perf_counter() - t0)
    finally:
        gc.enable()
    return times


async def main_async(sizes: list[int], repeat: int) -> None:
    print("| file | tokens | full, settled (median / p95 ms) | delta after an edit (median / p95 ms) "
          "| delta data vs full | compiler part in process (median / p95 ms) |")
    print("|---|---|---|---|---|---|")
    for size in sizes:
        r = await measure(size, repeat)
        print(f"| {r['lines']:,} lines | {r['tokens']:,} | {ms(r['full'])} | {ms(r['delta'])} | "
              f"{r['share'] * 100:.1f}% | {ms(r['in_process'])} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(main_async([int(s) for s in args.sizes.split(",")], args.repeat))


if __name__ == "__main__":
    main()
