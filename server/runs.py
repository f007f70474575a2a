"""Running a built module in a killable child process, with time, memory and output limits."""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import run_dirs

TRUNCATED_NOTE = "\n[output truncated]\n"
TIME_LIMIT_NOTE = "time limit exceeded\n"
# The child enforces the time limit itself (wasmtime epochs); the server kills it this much later as a backstop.
KILL_GRACE_SECONDS = 1.0


@dataclass(frozen=True)
class RunRequest:
    wasm: bytes
    args: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    program_name: str = "main"
    time_limit: float = 10.0
    memory_limit: int = 256 * 1024 * 1024
    output_limit: int = 1024 * 1024
    stack_size: int | None = None  # bytes of Wasm stack; None is wasmtime's default (512 KiB)
    concurrent_runs: int = 2  # runs beyond this many wait for one to finish


@dataclass
class RunOutcome:
    stdout: str = ""
    stderr: str = ""
    exit_code: int | None = None
    duration: float = 0.0
    timed_out: bool = False
    truncated: bool = False
    cancelled: bool = False
    trap: dict | None = None  # the worker's trap record (message, code, module_offset, ...)
    error: str | None = None
    cache_problems: list[str] = field(default_factory=list)  # why the compiled-module cache was not (fully) used


class _Worker:
    """A child process with its own stdout/stderr files, started ahead of need so that a run skips the imports."""

    def __init__(self) -> None:
        self.dir = run_dirs.make()
        self.stdout_path, self.stderr_path = self.dir / "stdout", self.dir / "stderr"
        read_fd, self.write_fd = os.pipe()
        try:
            with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
                self.proc = subprocess.Popen(
                    [sys.executable, "-m", "scalawasi.server.run_worker", "--wait-fd", str(read_fd), str(self.dir),
                     str(os.getpid())],
                    stdin=subprocess.DEVNULL, stdout=out, stderr=err, pass_fds=(read_fd,),
                    start_new_session=True, env={**_child_env(), "TMPDIR": str(self.dir)},
                )
        except BaseException:
            os.close(self.write_fd)
            shutil.rmtree(self.dir, ignore_errors=True)
            raise
        finally:
            os.close(read_fd)

    def start(self, request_path: Path) -> None:
        os.write(self.write_fd, (str(request_path) + "\n").encode())
        os.close(self.write_fd)
        self.write_fd = -1

    def kill(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                self.proc.kill()
        self.proc.wait()

    def discard(self) -> None:
        if self.write_fd >= 0:
            os.close(self.write_fd)
            self.write_fd = -1
        self.kill()
        shutil.rmtree(self.dir, ignore_errors=True)


def _child_env() -> dict[str, str]:
    """The worker needs Python's own environment to start; the program's environment is passed to WASI separately."""
    keep = ("PATH", "PYTHONPATH", "HOME", "TMPDIR", "VIRTUAL_ENV", "LANG", "LC_ALL", "SYSTEMROOT",
            "XDG_CACHE_HOME", "SCALAWASI_MODULE_CACHE_MIB")  # the last two place and size the module cache
    return {k: v for k, v in os.environ.items() if k in keep}


class Runner:
    """Hands out runs; keeps one idle worker warm; runs at most `concurrent_runs` at once, the rest wait in order."""

    def __init__(self) -> None:
        self._spare: _Worker | None = None
        self._swept = False
        self.running = 0  # runs executing now (not counting those waiting for a slot)
        self._slots = asyncio.Condition()

    def prepare(self) -> None:
        if not self._swept:  # the folders of servers that were killed before they could clean up
            self._swept = True
            run_dirs.sweep_orphans()
        if self._spare is None or self._spare.proc.poll() is not None:
            try:
                self._spare = _Worker()
            except OSError:
                self._spare = None

    def close(self) -> None:
        if self._spare is not None:
            self._spare.discard()
            self._spare = None

    def busy(self, request: RunRequest) -> bool:
        """Whether a run of request would wait for another to finish."""
        return self.running >= max(1, request.concurrent_runs)

    async def run(self, request: RunRequest, cancelled: asyncio.Event,
                  on_start: Callable[[], None] | None = None) -> RunOutcome:
        """Runs the module once a slot is free (on_start is called then); cancelled stops the wait or the run."""
        if not await self._take_slot(request.concurrent_runs, cancelled):
            return RunOutcome(cancelled=True)
        if on_start is not None:
            on_start()
        try:
            worker = self._spare if self._spare is not None and self._spare.proc.poll() is None else None
            self._spare = None
            if worker is None:
                worker = _Worker()
            try:
                return await self._supervise(worker, request, cancelled)
            finally:
                worker.discard()
                self.prepare()
        finally:
            async with self._slots:
                self.running -= 1
                self._slots.notify_all()

    async def _take_slot(self, limit: int, cancelled: asyncio.Event) -> bool:
        """Waits until fewer than limit runs execute; False when cancelled while waiting."""
        async with self._slots:
            while self.running >= max(1, limit):
                if cancelled.is_set():
                    return False
                try:
                    await asyncio.wait_for(self._slots.wait(), 0.1)  # wakes to notice a cancel, too
                except asyncio.TimeoutError:
                    pass
            self.running += 1
            return True

    async def _supervise(self, worker: _Worker, request: RunRequest, cancelled: asyncio.Event) -> RunOutcome:
        wasm_path, request_path, result_path = (worker.dir / n for n in ("module.wasm", "request.json", "result.json"))
        wasm_path.write_bytes(request.wasm)
        request_path.write_text(json.dumps({
            "wasm": str(wasm_path), "result": str(result_path), "args": list(request.args),
            "env": dict(request.env), "program_name": request.program_name,
            "time_limit": request.time_limit, "memory_limit": request.memory_limit,
            "stack_size": request.stack_size,
        }), encoding="utf-8")
        outcome = RunOutcome()
        started = time.perf_counter()
        worker.start(request_path)
        delay = 0.002
        while worker.proc.poll() is None:
            elapsed = time.perf_counter() - started
            if cancelled.is_set():
                outcome.cancelled = True
                break
            if elapsed > request.time_limit + KILL_GRACE_SECONDS:
                outcome.timed_out = True
                break
            if _size(worker.stdout_path) + _size(worker.stderr_path) > request.output_limit:
                outcome.truncated = True
                break
            try:
                await asyncio.wait_for(cancelled.wait(), delay)
            except asyncio.TimeoutError:
                pass
            delay = min(delay * 1.5, 0.02)
        worker.kill()
        outcome.duration = time.perf_counter() - started
        outcome.stdout, out_cut = _read_capped(worker.stdout_path, request.output_limit)
        outcome.stderr, err_cut = _read_capped(worker.stderr_path, request.output_limit - len(outcome.stdout))
        outcome.truncated = outcome.truncated or out_cut or err_cut
        if outcome.truncated:
            outcome.stderr += TRUNCATED_NOTE
        if outcome.timed_out:
            # Killed by the supervisor because the worker's own limit did not stop it in time (a loaded machine, a
            # blocking host call): the user is told the same thing as when the worker stops the program itself.
            outcome.stderr += TIME_LIMIT_NOTE
        if outcome.cancelled or outcome.truncated or outcome.timed_out:
            return outcome  # killed by us: there is no exit status
        try:
            result = json.loads(result_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            outcome.error = f"the run ended without a result (exit status {worker.proc.returncode})"
            return outcome
        if "error" in result:
            outcome.error = result["error"]
            return outcome
        outcome.duration = result["duration"]
        outcome.cache_problems = [str(p) for p in result.get("cache_problems", ())]
        outcome.stderr += result.get("extra_stderr", "")
        if result.get("timed_out"):
            outcome.timed_out = True
            outcome.stderr = outcome.stderr.removesuffix(TIME_LIMIT_NOTE) + TIME_LIMIT_NOTE
            return outcome
        outcome.exit_code = result["exit_code"]
        outcome.trap = result.get("trap")
        if outcome.trap and outcome.trap.get("reported"):
            # The program printed its failure line itself (on the stderr we captured): that line is the message.
            printed = [line for line in outcome.stderr.splitlines() if line.strip()]
            if printed:
                outcome.trap["message"] = printed[-1]
        return outcome


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _read_capped(path: Path, limit: int) -> tuple[str, bool]:
    limit = max(0, limit)
    with open(path, "rb") as f:
        data = f.read(limit + 1)
    cut = len(data) > limit
    return data[:limit].decode("utf-8", errors="replace"), cut
