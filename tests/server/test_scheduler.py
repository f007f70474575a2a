"""The scheduler on its own (no LSP): latest wins, results in order, abandoned work, failures reach the waiters."""
from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from scalawasi.compiler.api import Abandoned
from scalawasi.server import scheduler as scheduler_module
from scalawasi.server.scheduler import AnalysisScheduler


class FakeAnalyses:
    """analyze() that blocks until released, so a test decides when each analysis ends."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.release = threading.Event()
        self.fail = False

    def __call__(self, text: str, uri: str, abandon):
        self.started.append(text)
        self.release.wait(5)
        if abandon():
            raise Abandoned()
        if self.fail:
            raise ValueError("broken")
        return text.upper()


async def _scheduler(grace: float = 0.0):
    fake = FakeAnalyses()
    results = []
    scheduler = AnalysisScheduler(ThreadPoolExecutor(1), fake, lambda snap, settled: results.append(
        (snap.text, settled)), lambda: grace)
    return scheduler, fake, results


async def test_texts_that_arrive_while_one_runs_are_analysed_once_newest_only(monkeypatch):
    # The starvation rule (finish a superseded analysis when results have been stale for a second) is not what
    # this tests: at the end of the full suite a collection of its large heap can make `a` outlast that second.
    monkeypatch.setattr(scheduler_module, "STARVATION_SECONDS", 60.0)
    scheduler, fake, results = await _scheduler()
    scheduler.update("u", 1, "a")
    await asyncio.sleep(0.05)
    for version, text in enumerate("bcde", start=2):
        scheduler.update("u", version, text)
    fake.release.set()
    snap = await asyncio.wait_for(scheduler.analysis_of("u", 5, "e"), 5)
    assert snap.analysis == "E"
    assert fake.started == ["a", "e"]  # b, c, d never ran
    assert scheduler.stats.abandoned == 1 and results == [("e", True)]  # `a` was abandoned past its grace


async def test_a_superseded_analysis_that_ends_within_the_grace_is_still_published():
    scheduler, fake, results = await _scheduler(grace=0.5)
    scheduler.update("u", 1, "a")
    await asyncio.sleep(0.05)
    scheduler.update("u", 2, "b")
    fake.release.set()
    await asyncio.wait_for(scheduler.analysis_of("u", 2, "b"), 5)
    assert results == [("a", False), ("b", True)]  # in order, never older after newer


async def test_a_failing_analysis_fails_its_waiters_instead_of_hanging():
    scheduler, fake, _ = await _scheduler()
    fake.fail = True
    fake.release.set()
    with pytest.raises(RuntimeError, match="broken"):
        await asyncio.wait_for(scheduler.analysis_of("u", 1, "a"), 5)
