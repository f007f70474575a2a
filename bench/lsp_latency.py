"""Language-server latency while a person types, through a real client connection (push diagnostics, as Neovim).

The scenario of issue 12: a client types a 30-line method into a generated file that uses the memory intrinsics,
key by key, 25 ms apart, pausing after each line, into files of 300, 1,000, 5,000 and 10,000 lines, with and
without auto-closed brackets (an editor that inserts `)`, `}`, `]` and `"` with their opener and types over them).
Reported per case:
- fresh ≤ 300 ms: the share of keystrokes after which diagnostics of that text (or a newer one) arrived within
  300 ms;
- last key → final: the time from the last key of each line (a pause) to the diagnostics of that text: median, p95;
- longest wait while typing: the longest time without a diagnostics update while keys were being sent;
- hover while typing: hovers sent every 20 keys, on an intrinsic call above or below the edit: median, p95;
- analyses: analyses started per keystroke (latest wins: far fewer than one);
- collections: the garbage collections the server's worker ran while the method was typed, their CPU time per
  keystroke, and the unreachable objects they found per analysis started (what reference counting left to them).
Then the memory check (RSS after the first analysis of the 1,000-line file, and after 2,000 edits of it), and cold
start (process start to the first diagnostics of the 300-line file).

Usage: .venv/bin/python bench/lsp_latency.py [--sizes 300,1000,5000,10000] [--quick]   (prints Markdown)
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pytest_lsp import client_capabilities, make_test_lsp_client

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_program import generate  # noqa: E402

KEY_INTERVAL = 0.025
LINE_PAUSE = 0.6  # after each typed line: long enough for the final diagnostics of every size measured
ANCHOR = "  def sum(s: MemorySegment): Long = {"
HOVER_TARGET = "fill(s, "  # an intrinsic-using call in `run()` of a Buffers object

METHOD = """  def typed(s: MemorySegment, n: Int): Long = {
    var acc = 0L
    var i = 0
    while (i < n) {
      acc += s.getInt(i * 4)
      i += 1
    }
    var j = 0
    while (j + 8 <= s.size) {
      acc += s.getLong(j)
      j += 8
    }
    if (acc > 1000L) {
      println("large: " + acc)
    } else {
      println("small")
    }
    val half = acc / 2
    val text = s"half=$half"
    println(text)
    for (k <- 0 until 4) {
      s.setByte(k, k.toByte)
    }
    val first = s.getByte(0)
    val last = s.getByte(3)
    acc += first + last
    val wrong: Int = acc
    acc += wrong
    acc
  }

"""
PAIRS = {"{": "}", "(": ")", "[": "]", '"': '"'}
SERVER = [sys.executable, "-m", "scalawasi.server"]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


@dataclass
class Doc:
    """The client's copy of a document: its text, the cursor, the version last sent."""

    uri: str
    text: str
    cursor: int
    version: int = 1

    def position(self, offset: int) -> types.Position:
        line = self.text.count("\n", 0, offset)
        column = offset - (self.text.rfind("\n", 0, offset) + 1)
        return types.Position(line, column)  # the generated files are ASCII: UTF-16 columns are characters


@dataclass
class Typing:
    key_times: list[tuple[float, int]] = field(default_factory=list)  # (sent at, version after the key)
    line_ends: list[tuple[float, int]] = field(default_factory=list)  # the last key of each line
    hover_times: list[float] = field(default_factory=list)
    typing_spans: list[tuple[float, float]] = field(default_factory=list)  # (first key, last key) of each line


class Client:
    def __init__(self) -> None:
        self.lsp = make_test_lsp_client()
        self.published: list[tuple[float, str, int | None]] = []

    async def start(self) -> None:
        await self.lsp.start_io(*SERVER)
        original = self.lsp.protocol.fm.features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]

        def record(params: types.PublishDiagnosticsParams):
            self.published.append((time.perf_counter(), params.uri, params.version))
            return original(params)

        self.lsp.protocol.fm.features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = record
        await self.lsp.initialize_session(types.InitializeParams(
            capabilities=client_capabilities("neovim@v0.7.0"), initialization_options={"scalawasi": {}}))

    @property
    def pid(self) -> int:
        return self.lsp._server.pid

    def cpu_seconds(self) -> float:
        """The server process's CPU time so far (user + system, every thread)."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_mib(self) -> float:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    async def open(self, name: str, text: str) -> Doc:
        doc = Doc(Path(f"/tmp/scalawasi-bench/{name}").as_uri(), text, 0)
        self.lsp.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=doc.uri, language_id="scala", version=1, text=text)))
        await self.wait_version(doc.uri, 1, 120)
        return doc

    async def wait_version(self, uri: str, version: int, timeout: float = 60) -> float:
        """Wait for diagnostics of this version (or newer); the time they arrived."""
        async def wait():
            while True:
                for at, u, v in reversed(self.published):
                    if u == uri and v is not None and v >= version:
                        return at
                await asyncio.sleep(0.002)
        return await asyncio.wait_for(wait(), timeout)

    def edit(self, doc: Doc, start: int, end: int, new: str) -> None:
        rng = types.Range(doc.position(start), doc.position(end))
        doc.text = doc.text[:start] + new + doc.text[end:]
        doc.version += 1
        self.lsp.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=doc.uri, version=doc.version),
            [types.TextDocumentContentChangePartial(range=rng, text=new)]))

    def key(self, doc: Doc, ch: str, autoclose: bool) -> None:
        """One keystroke at the cursor, as an editor sends it (with auto-closing, it may send nothing)."""
        if autoclose and ch in (")", "}", "]", '"') and doc.text[doc.cursor:doc.cursor + 1] == ch:
            doc.cursor += 1  # typed over the closer the editor inserted
            return
        if autoclose and ch in PAIRS:
            self.edit(doc, doc.cursor, doc.cursor, ch + PAIRS[ch])
        else:
            self.edit(doc, doc.cursor, doc.cursor, ch)
        doc.cursor += 1

    async def hover(self, doc: Doc, above: bool, times: list[float]) -> None:
        anchor = doc.text.index(ANCHOR) if above else doc.cursor
        target = doc.text.rfind(HOVER_TARGET, 0, anchor) if above else doc.text.find(HOVER_TARGET, anchor)
        if target < 0:
            return
        t0 = time.perf_counter()
        await self.lsp.text_document_hover_async(types.HoverParams(
            types.TextDocumentIdentifier(doc.uri), doc.position(target + 1)))
        times.append(time.perf_counter() - t0)

    async def stats(self) -> dict:
        return await self.lsp.workspace_execute_command_async(
            types.ExecuteCommandParams(command="scalawasi.test.schedulerStats", arguments=[]))

    async def stop(self) -> None:
        await self.lsp.shutdown_session()


async def type_method(client: Client, doc: Doc, autoclose: bool, method: str = METHOD) -> Typing:
    result = Typing()
    doc.cursor = doc.text.index(ANCHOR)
    hovers = []
    keys = 0
    for line in method.splitlines(keepends=True):
        line_start = time.perf_counter()
        for ch in line:
            client.key(doc, ch, autoclose)
            now = time.perf_counter()
            result.key_times.append((now, doc.version))
            keys += 1
            if keys % 20 == 0:
                hovers.append(asyncio.ensure_future(client.hover(doc, keys % 40 == 0, result.hover_times)))
            await asyncio.sleep(max(0.0, KEY_INTERVAL - (time.perf_counter() - now)))
        result.line_ends.append(result.key_times[-1])
        result.typing_spans.append((line_start, result.key_times[-1][0]))
        await asyncio.sleep(LINE_PAUSE)
    await asyncio.gather(*hovers)
    return result


def summarize(client: Client, doc: Doc, typing: Typing) -> dict:
    published = [(at, v) for at, u, v in client.published if u == doc.uri and v is not None]
    fresh = sum(1 for sent, version in typing.key_times
                if any(version <= v and sent <= at <= sent + 0.3 for at, v in published))
    finals = []
    for sent, version in typing.line_ends:
        arrived = [at for at, v in published if v >= version and at >= sent]
        finals.append(min(arrived) - sent if arrived else float("inf"))
    longest = 0.0
    for start, end in typing.typing_spans:
        marks = [start] + [at for at, _ in published if start < at < end] + [end]
        longest = max(longest, max(b - a for a, b in zip(marks, marks[1:])))
    return {"fresh": fresh / len(typing.key_times), "final_median": statistics.median(finals),
            "final_p95": pct(finals, 95), "longest_wait": longest,
            "hover_median": statistics.median(typing.hover_times) if typing.hover_times else float("nan"),
            "hover_p95": pct(typing.hover_times, 95) if typing.hover_times else float("nan"),
            "keys": len(typing.key_times)}


async def typing_case(lines: int, autoclose: bool) -> dict:
    client = Client()
    await client.start()
    text = generate(lines, intrinsics=True)
    doc = await client.open(f"typing{lines}{'_auto' if autoclose else ''}.scala", text)
    rss_first = client.rss_mib()
    before = await client.stats()
    cpu_before = client.cpu_seconds()
    typing = await type_method(client, doc, autoclose)
    cpu_after = client.cpu_seconds()
    after = await client.stats()
    row = summarize(client, doc, typing)
    row["analyses_per_key"] = (after["started"] - before["started"]) / row["keys"]
    # CPU time, less noisy than wall-clock time on a shared machine: of each analysis that finished while typing
    # (the worker thread's), and of the whole server process per keystroke.
    analyses = after["analysis_cpu"][len(before["analysis_cpu"]):]
    row["cpu_analysis"] = statistics.median(analyses) if analyses else float("nan")
    row["cpu_analysis_p95"] = pct(analyses, 95) if analyses else float("nan")
    row["cpu_per_key"] = (cpu_after - cpu_before) / row["keys"]
    row["gc_cpu_per_key"] = (after.get("collection_cpu", 0.0) - before.get("collection_cpu", 0.0)) / row["keys"]
    row["collections"] = after["collections"] - before["collections"]
    started = max(1, after["started"] - before["started"])
    row["collected_per_analysis"] = (after.get("collected", 0) - before.get("collected", 0)) / started
    row["rss_first"], row["rss_after"] = rss_first, client.rss_mib()
    await client.stop()
    return row


async def memory_case(edits: int) -> dict:
    """RSS after the first analysis of the 1,000-line file and after `edits` edits of it (typing the method and
    deleting it again, key by key), once the server is idle."""
    client = Client()
    await client.start()
    doc = await client.open("memory1000.scala", generate(1000, intrinsics=True))
    rss_first = client.rss_mib()
    start = doc.text.index(ANCHOR)
    made = 0
    while made < edits:
        doc.cursor = start
        for ch in METHOD:
            if made >= edits:
                break
            client.key(doc, ch, False)
            made += 1
            await asyncio.sleep(0.005)
        while doc.cursor > start and made < edits:
            client.edit(doc, doc.cursor - 1, doc.cursor, "")
            doc.cursor -= 1
            made += 1
            await asyncio.sleep(0.005)
    await client.wait_version(doc.uri, doc.version, 60)
    await asyncio.sleep(2.0)  # idle: the server collects when quiet
    result = {"edits": made, "rss_first": rss_first, "rss_after": client.rss_mib()}
    await client.stop()
    return result


async def cold_start(rounds: int) -> list[float]:
    times = []
    text = generate(300, intrinsics=True)
    for _ in range(rounds):
        t0 = time.perf_counter()
        client = Client()
        await client.start()
        await client.open("cold300.scala", text)
        times.append(time.perf_counter() - t0)
        await client.stop()
    return times


HELLO = 'object Hello {\n  def main(args: Array[String]): Unit = {\n    println("Hello from WASI!")\n  }\n}\n'


async def warm_runs(rounds: int) -> list[float]:
    """The run lens on hello world, request to result, after a first (building) run."""
    client = Client()
    await client.start()
    doc = await client.open("bench_hello.scala", HELLO)
    times = []
    for r in range(rounds + 1):
        t0 = time.perf_counter()
        result = await client.lsp.workspace_execute_command_async(types.ExecuteCommandParams(
            command="scalawasi.runMain", arguments=[doc.uri, "Hello"]))
        assert result["stdout"] == "Hello from WASI!\n", result
        if r:
            times.append(time.perf_counter() - t0)
        await asyncio.sleep(0.3)  # as between a user's clicks
    await client.stop()
    return times


async def run(sizes: list[int], edits: int, cold_rounds: int) -> None:
    os.environ["SCALAWASI_LSP_TEST_HOOKS"] = "1"  # the scheduler's counters
    print("Load average (1, 5, 15 min) at the start: " + ", ".join(f"{x:.1f}" for x in os.getloadavg()) + "\n")
    print("| file | brackets | fresh ≤ 300 ms | last key → final, median / p95 (ms) | longest wait while typing (ms) "
          "| hover while typing, median / p95 (ms) | analyses per key | CPU per analysis, median / p95 (ms) "
          "| server CPU per key (ms) | collections, their CPU per key (ms), objects found per analysis "
          "| RSS first → after (MiB) |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for lines in sizes:
        for autoclose in (False, True):
            r = await typing_case(lines, autoclose)
            print(f"| {lines} lines | {'auto-closed' if autoclose else 'typed'} | {r['fresh'] * 100:.0f}% "
                  f"| {r['final_median'] * 1000:.0f} / {r['final_p95'] * 1000:.0f} | {r['longest_wait'] * 1000:.0f} "
                  f"| {r['hover_median'] * 1000:.0f} / {r['hover_p95'] * 1000:.0f} | {r['analyses_per_key']:.2f} "
                  f"| {r['cpu_analysis'] * 1000:.0f} / {r['cpu_analysis_p95'] * 1000:.0f} | {r['cpu_per_key'] * 1000:.1f} "
                  f"| {r['collections']}, {r['gc_cpu_per_key'] * 1000:.1f}, {r['collected_per_analysis']:.0f} "
                  f"| {r['rss_first']:.0f} → {r['rss_after']:.0f} |", flush=True)
    m = await memory_case(edits)
    print(f"\nRSS, 1,000-line file: {m['rss_first']:.0f} MiB after the first analysis, {m['rss_after']:.0f} MiB "
          f"after {m['edits']} edits ({m['rss_after'] / m['rss_first']:.2f}×)")
    cold = await cold_start(cold_rounds)
    print(f"Cold start (process start → first diagnostics, 300 lines): median {statistics.median(cold) * 1000:.0f} ms, "
          f"max {max(cold) * 1000:.0f} ms over {len(cold)} starts")
    warm = await warm_runs(max(3, cold_rounds * 4))
    print(f"Run main, hello world (warm, request → result): median {statistics.median(warm) * 1000:.0f} ms, "
          f"p95 {pct(warm, 95) * 1000:.0f} ms")
    print("Load average (1, 5, 15 min) at the end: " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="300,1000,5000,10000")
    parser.add_argument("--edits", type=int, default=2000)
    parser.add_argument("--cold", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="300 lines, 300 edits, 1 cold start (a smoke run)")
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.edits, args.cold = "300", 300, 1
    asyncio.run(run([int(s) for s in args.sizes.split(",")], args.edits, args.cold))


if __name__ == "__main__":
    main()
