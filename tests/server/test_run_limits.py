"""The run lens's runner against hostile programs: limits hold, nothing is left behind, runs queue (issue 16)."""
from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from scalawasi.compiler.api import build
from scalawasi.server import run_dirs
from scalawasi.server.runs import KILL_GRACE_SECONDS, Runner, RunRequest

from hostile_programs import GC_HEAP, PRINT, READ_STDIN, RECURSE, SLEEP

LOOP = "object Loop {\n  def main(args: Array[String]): Unit = {\n    var i = 0\n    while (true) { i += 1 }\n  }\n}\n"
NAP = SLEEP.replace("600000000000L", "300000000L")  # a 0.3 s poll_oneoff sleep
# Seconds a worker may need beyond the run's own limit on a loaded machine (start-up, compiling the module).
SLACK = 10.0


@pytest.fixture(scope="module")
def wasm():
    cache = {}

    def get(source: str) -> bytes:
        if source not in cache:
            result = build(source, "Hostile.scala")
            assert result.ok, result.diagnostics
            cache[source] = result.wasm
        return cache[source]

    return get


@pytest.fixture
def scratch(tmp_path, monkeypatch) -> Path:
    """The temporary directory the runner (and its workers) use, so the test sees everything left there."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    monkeypatch.setenv("TMPDIR", str(root))
    return root


def _children() -> list[int]:
    """Processes whose parent is this one and that run a run_worker."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat_fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat_fields[1]) == os.getpid() and stat_fields[0] != "Z" and b"run_worker" in cmdline:
            found.append(int(entry.name))
    return found


async def _run(runner: Runner, wasm: bytes, cancel_after: float | None = None, **limits):
    cancelled = asyncio.Event()
    if cancel_after is not None:
        asyncio.get_running_loop().call_later(cancel_after, cancelled.set)
    started = time.perf_counter()
    outcome = await runner.run(RunRequest(wasm=wasm, **limits), cancelled)
    return outcome, time.perf_counter() - started


async def test_every_run_the_runner_kills_leaves_no_folder_and_no_process(wasm, scratch):
    runner = Runner()
    try:
        runner.prepare()
        # time, stopped by the worker's epoch deadline
        loop, seconds = await _run(runner, wasm(LOOP), time_limit=1.0)
        assert loop.timed_out and loop.stderr.endswith("time limit exceeded\n")
        assert seconds < 1.0 + SLACK, f"a 1 s time limit ran {seconds:.1f} s"
        # time, in a host call (a 600 s poll_oneoff sleep)
        sleep, seconds = await _run(runner, wasm(SLEEP), time_limit=1.0)
        assert sleep.timed_out and sleep.stdout == "sleeping\n" and "time limit exceeded" in sleep.stderr
        assert seconds < 1.0 + KILL_GRACE_SECONDS + SLACK, f"a 1 s time limit let a sleep run {seconds:.1f} s"
        # output without end, killed at the output cap
        flood, _ = await _run(runner, wasm(PRINT), time_limit=60.0, output_limit=64 * 1024)
        assert flood.truncated and len(flood.stdout) <= 64 * 1024, "the 64 KiB output cap was not held"
        # cancelled by the user
        cancelled, seconds = await _run(runner, wasm(LOOP), cancel_after=0.5, time_limit=60.0)
        assert cancelled.cancelled and seconds < 0.5 + SLACK
        # Only the warm spare worker's folder and process are left while the runner lives (the killed runs left
        # none). The spare is named, not counted: if it ended on its own, the next run starts a fresh worker.
        spare = runner._spare
        assert spare is not None, "no warm worker was prepared after the runs"
        assert list(scratch.iterdir()) == [spare.dir], "a killed run left its temporary folder"
        assert set(_children()) <= {spare.proc.pid}, "a killed run's worker outlived it"
    finally:
        runner.close()
    assert list(scratch.iterdir()) == [], "a run or the spare worker left its temporary folder"
    assert _children() == [], "a worker process outlived the runner"


async def test_hostile_programs_through_the_runner(wasm, scratch):
    runner = Runner()
    try:
        stdin, _ = await _run(runner, wasm(READ_STDIN), time_limit=30.0)
        assert (stdin.stdout, stdin.exit_code) == ("reading\nread 0 0\n", 0), "a run's stdin is not empty"
        heap, _ = await _run(runner, wasm(GC_HEAP), time_limit=30.0, memory_limit=64 * 1024 * 1024)
        assert heap.exit_code == 1
        assert heap.trap["message"] == 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space'
        shallow, _ = await _run(runner, wasm(RECURSE), time_limit=30.0)
        deep, _ = await _run(runner, wasm(RECURSE), time_limit=30.0, stack_size=8 * 1024 * 1024)
        for outcome in (shallow, deep):
            assert outcome.trap["code"] == "STACK_OVERFLOW"
            assert "java.lang.StackOverflowError" in outcome.trap["message"]
    finally:
        runner.close()


async def test_runs_beyond_the_concurrency_limit_wait(wasm, scratch):
    runner = Runner()
    peak = 0

    async def watch():
        nonlocal peak
        while True:
            peak = max(peak, runner.running)
            await asyncio.sleep(0.005)

    watcher = asyncio.ensure_future(watch())
    try:
        outcomes = await asyncio.gather(*(_run(runner, wasm(NAP), time_limit=30.0, concurrent_runs=1)
                                          for _ in range(3)))
        assert [o.stdout for o, _ in outcomes] == ["sleeping\n0\nwoke\n"] * 3
        assert peak == 1, f"{peak} runs executed at once with maxConcurrentRuns 1"
        # A waiting run is told when it starts: after the one before it has finished.
        events = []
        first = asyncio.ensure_future(runner.run(RunRequest(wasm=wasm(NAP), time_limit=30.0, concurrent_runs=1),
                                                 asyncio.Event(), on_start=lambda: events.append("first")))
        await asyncio.sleep(0.05)
        assert runner.busy(RunRequest(wasm=b"", concurrent_runs=1))
        second = runner.run(RunRequest(wasm=wasm(NAP), time_limit=30.0, concurrent_runs=1), asyncio.Event(),
                            on_start=lambda: events.append("second" if first.done() else "second too early"))
        await second
        assert events == ["first", "second"]
        # A run cancelled while it waits never starts.
        first = asyncio.ensure_future(_run(runner, wasm(NAP), time_limit=30.0, concurrent_runs=1))
        await asyncio.sleep(0.05)
        queued, seconds = await _run(runner, wasm(LOOP), cancel_after=0.2, time_limit=30.0, concurrent_runs=1)
        assert queued.cancelled and queued.stdout == "" and seconds < 5
        assert (await first)[0].stdout == "sleeping\n0\nwoke\n"
    finally:
        watcher.cancel()
        runner.close()
    assert list(scratch.iterdir()) == []


def test_a_new_server_sweeps_the_folders_of_killed_servers(scratch):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    orphan = scratch / f"{run_dirs.PREFIX}{dead.pid}-abc123"
    live = scratch / f"{run_dirs.PREFIX}{os.getpid()}-def456"
    unrelated = scratch / "scalawasi-lsp-run-notours"
    for folder in (orphan, live, unrelated):
        folder.mkdir()
        (folder / "stdout").write_text("x")
    if os.geteuid() == 0:
        foreign = scratch / f"{run_dirs.PREFIX}{dead.pid}-fff999"
        foreign.mkdir()
        os.chown(foreign, 4242, -1)
    assert run_dirs.sweep_orphans(str(scratch)) == [orphan]
    assert live.exists() and unrelated.exists()


def _lsp(proc: subprocess.Popen, message: dict) -> None:
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def _wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


@pytest.mark.parametrize("while_running", [False, True], ids=["idle", "mid-run"])
def test_a_killed_server_leaves_no_folder_and_no_worker(tmp_path, while_running):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    source = tmp_path / "Sleep.scala"
    source.write_text(SLEEP)
    env = {**os.environ, "TMPDIR": str(scratch)}
    server = subprocess.Popen([sys.executable, "-m", "scalawasi.server"], stdin=subprocess.PIPE,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        _lsp(server, {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                      "params": {"capabilities": {}, "processId": None,
                                 "initializationOptions": {"run": {"timeLimitSeconds": 600}}}})
        _lsp(server, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
        assert _wait_for(lambda: any(scratch.iterdir()), 30), "the server made no worker folder"
        if while_running:
            uri = source.as_uri()
            _lsp(server, {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
                "uri": uri, "languageId": "scala", "version": 1, "text": SLEEP}}})
            _lsp(server, {"jsonrpc": "2.0", "id": 2, "method": "workspace/executeCommand",
                          "params": {"command": "scalawasi.runMain", "arguments": [uri]}})
            assert _wait_for(lambda: any((d / "stdout").is_file() and (d / "stdout").read_bytes()
                                         for d in scratch.iterdir()), 60), "the run did not start"
        workers: list[int] = []

        def started() -> bool:  # the folder is made before the worker process starts
            workers[:] = [pid for pid in _all_workers() if _environ_has(pid, str(scratch))]
            return bool(workers)

        assert _wait_for(started, 30), "no worker process started"
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait()
    assert _wait_for(lambda: not any(scratch.iterdir()), 10), f"left behind: {list(scratch.iterdir())}"
    assert _wait_for(lambda: not [p for p in workers if Path(f"/proc/{p}").exists() and not _zombie(p)], 10)


def _all_workers() -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and b"run_worker" in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def _environ_has(pid: int, text: str) -> bool:
    try:
        return text.encode() in Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return False


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True
