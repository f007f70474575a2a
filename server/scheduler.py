"""Latest-wins analysis scheduling: at most one analysis per document, newer text supersedes older work.

An editor sends a new version of a document on every keystroke, faster than a large file can be analysed. Queuing
every version (what the server once did) analyses stale text in order and publishes nothing while the person
types. Here each document has one slot for the newest text and runs at most one analysis at a time:
- analyses start at most once per debounce window (the first key after a pause at once), and a version that
  arrives while another waits to start replaces it (the older one never runs);
- a version that arrives while an analysis runs marks that analysis superseded; it is abandoned at its next stage
  boundary (parse, type, check) unless it finishes within the grace window (the debounce), in which case its
  diagnostics are still published, so that diagnostics keep flowing while someone types;
- results are handed out in version order only: never an older analysis after a newer one.
Memory: the server has its analyses' cycles cut when the last reader drops them (`api.release_when_dropped`), so
they are freed by reference counting; the scheduler drops the analyses it replaces on the worker thread, not on the
event loop (freeing a 10,000-line analysis takes about 20 ms). What garbage is still cyclic (a build's, pygls's) is
collected on the worker between analyses, never in a request handler on the event loop.
"""
from __future__ import annotations

import asyncio
import collections
import gc
import logging
import time
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Callable

from scalawasi.compiler.api import Abandoned, AbandonCheck, Analysis
from scalawasi.compiler.source import SourceText

log = logging.getLogger("scalawasi.server")

# A superseded analysis is never abandoned when the document has gone this long without fresh results: when every
# analysis is superseded before it ends (keys 25 ms apart, an analysis of 1,000 lines 35-100 ms), finishing one now
# and then keeps diagnostics flowing. The gap between two updates while typing is about this plus one analysis: at
# 1.0 s the first second of every line typed after a pause went without an update (issue 12 asks for one every
# 0.5 s); lower, more analyses run to their end instead of giving way to newer text.
STARVATION_SECONDS = 0.3


@dataclass(frozen=True)
class Snapshot:
    """An immutable view of one document text and its analysis. seq orders the texts a document received."""

    uri: str
    version: int | None
    text: str
    analysis: Analysis
    seq: int = 0

    @property
    def source(self) -> SourceText:
        return self.analysis.source


@dataclass(eq=False)
class _Request:
    """One text of a document, waiting for or undergoing analysis."""

    uri: str
    version: int | None
    text: str
    seq: int
    superseded_at: float | None = None  # time.monotonic() when a newer text arrived


@dataclass(eq=False)
class _Document:
    newest: _Request | None = None
    running: _Request | None = None
    current: Snapshot | None = None  # the newest finished analysis
    last_fresh: float = field(default_factory=time.monotonic)  # when current last advanced
    last_start: float = float("-inf")  # when the last analysis began
    waiters: list[tuple[int, asyncio.Future]] = field(default_factory=list)  # (seq, future of a Snapshot)
    driver: asyncio.Task | None = None


@dataclass
class SchedulerStats:
    """Counters for tests and the benchmark: how much work a burst of edits caused."""

    received: int = 0  # texts handed to the scheduler
    started: int = 0  # analyses begun
    finished: int = 0  # analyses that produced a result
    abandoned: int = 0  # analyses stopped at a stage boundary because newer text had arrived
    retyped: int = 0  # finished analyses that left the bodies of methods the edit did not change untyped
    collections: int = 0  # garbage collections run on the worker
    collection_cpu: float = 0.0  # CPU seconds of those collections (the worker thread's)
    collected: int = 0  # unreachable objects those collections found (what reference counting did not free)
    # CPU seconds (the worker thread's) of the latest finished analyses, oldest first: less noisy than wall-clock
    # time on a shared machine. Bounded: the benchmark reads it after a burst.
    analysis_cpu: list[float] = field(default_factory=list)

    CPU_SAMPLES = 4096

    def record_cpu(self, seconds: float) -> None:
        self.analysis_cpu.append(seconds)
        if len(self.analysis_cpu) > self.CPU_SAMPLES:
            del self.analysis_cpu[:len(self.analysis_cpu) - self.CPU_SAMPLES]


class GarbageCollector:
    """Decides when the analysis worker collects: the server runs with Python's automatic collector off, because
    it would run in whichever thread allocates next (often the event loop, in the middle of a message) and traverse
    a heap the size of the analyses. Analyses are freed by reference counting (their cycles are cut when dropped), so
    the tracked objects allocated and not freed since the last collection (`gc.get_count()[0]`, which frees count
    down) grow only with what is cyclic or kept. The worker collects between analyses once they outnumber the
    objects that survived the last collection (so the heap stays within about twice its live size), and when the
    editor has been quiet for a moment if enough has accumulated to be worth a look (a build for hovers leaves a
    cyclic module behind). The first collection freezes what survives it (the modules, the typed prelude: what lives
    as long as the process), so that no later collection traverses them: a collection costs what it looks at."""

    MIN_ALLOCATIONS = 100_000
    IDLE_ALLOCATIONS = 20_000

    def __init__(self) -> None:
        self.survivors = 0
        self.frozen = False

    def due(self, idle: bool = False) -> bool:
        pending = gc.get_count()[0]
        if idle:
            return not self.frozen or pending > self.IDLE_ALLOCATIONS
        return pending > max(self.MIN_ALLOCATIONS, self.survivors)

    def collect(self, stats: SchedulerStats | None = None, idle: bool = False) -> None:
        if idle and not self.due(idle=True):
            return
        cpu = time.thread_time()
        found = gc.collect()
        if not self.frozen:
            # After the first analysis: what is alive now is the process's (its analysis is freed by reference
            # counting whether frozen or not; only its cycles, cut on release, would need the collector).
            gc.freeze()
            self.frozen = True
        self.survivors = len(gc.get_objects())
        if stats is not None:
            stats.collections += 1
            stats.collection_cpu += time.thread_time() - cpu
            stats.collected += found


class AnalysisScheduler:
    """analyze(text, uri, abandon) runs on the executor; on_result(snapshot, settled) runs on the event loop for
    every analysis that finished and is newer than all earlier ones (settled: it is of the newest text)."""

    QUIET_SECONDS = 0.5  # of no new text before an idle collection

    def __init__(self, executor: Executor, analyze: Callable[[str, str, AbandonCheck], Analysis],
                 on_result: Callable[[Snapshot, bool], None], grace_seconds: Callable[[], float]) -> None:
        self.executor = executor
        self.analyze = analyze
        self.on_result = on_result
        self.grace_seconds = grace_seconds
        self.documents: dict[str, _Document] = {}
        self.stats = SchedulerStats()
        self.collector = GarbageCollector()
        self._seq = 0
        self._idle_collect: asyncio.Task | None = None
        # Snapshots replaced by newer ones, dropped on the worker thread (their analyses freed there, off the event
        # loop); a reader still holding one frees it when done.
        self._retired: collections.deque[Snapshot] = collections.deque()

    # ------------------------------------------------------------------------------------------ input

    def update(self, uri: str, version: int | None, text: str) -> None:
        """A document's new text: it replaces any text still waiting and supersedes a running analysis."""
        doc = self.documents.setdefault(uri, _Document())
        if doc.newest is not None and doc.newest.text == text and doc.newest.version == version:
            return
        request = self._newest(doc, uri, version, text)
        if doc.current is not None and doc.current.text == text:
            # Same text as the last analysis (an undo, a re-open): reuse it at once.
            self._finish(doc, request, doc.current.analysis)
            return
        self._start(doc)

    def refresh(self, uri: str) -> None:
        """The document's text is the same but what it depends on changed (another file of its program): analyse it
        again, as if it were new text."""
        doc = self.documents.get(uri)
        if doc is None or doc.newest is None:
            return
        self._newest(doc, uri, doc.newest.version, doc.newest.text)
        self._start(doc)

    def _newest(self, doc: _Document, uri: str, version: int | None, text: str) -> _Request:
        self._seq += 1
        self.stats.received += 1
        request = _Request(uri, version, text, self._seq)
        if doc.running is not None and doc.running.superseded_at is None:
            doc.running.superseded_at = time.monotonic()
        doc.newest = request
        return request

    def _start(self, doc: _Document) -> None:
        if doc.driver is None or doc.driver.done():
            doc.driver = asyncio.get_running_loop().create_task(self._drive(doc))
        self._cancel_idle_collect()

    def forget(self, uri: str) -> None:
        doc = self.documents.pop(uri, None)
        if doc is None:
            return
        if doc.current is not None:
            self._retired.append(doc.current)
        if doc.running is not None and doc.running.superseded_at is None:
            doc.running.superseded_at = float("-inf")  # abandon at the next boundary, grace or not
        if doc.driver is not None:
            doc.driver.cancel()
        for _, future in doc.waiters:
            if not future.done():
                future.cancel()

    # ------------------------------------------------------------------------------------------ output

    def current(self, uri: str) -> Snapshot | None:
        doc = self.documents.get(uri)
        return doc.current if doc is not None else None

    def is_newest(self, snap: Snapshot) -> bool:
        """Whether snap is the analysis of the newest text the document received (nothing newer is pending)."""
        doc = self.documents.get(snap.uri)
        return doc is not None and doc.current is snap and doc.newest is not None and doc.newest.seq == snap.seq

    async def analysis_of(self, uri: str, version: int | None, text: str) -> Snapshot:
        """The analysis of this text of the document, or of a newer text if one arrives before it is done."""
        doc = self.documents.get(uri)
        if doc is None or doc.newest is None or doc.newest.text != text:
            self.update(uri, version, text)
            doc = self.documents[uri]
        current = doc.current
        if current is not None and current.text == text:
            return current
        target = doc.newest.seq
        future: asyncio.Future = asyncio.get_running_loop().create_future()
        doc.waiters.append((target, future))
        return await future

    # ------------------------------------------------------------------------------------------ work

    async def _drive(self, doc: _Document) -> None:
        """Analyse the document's newest text until the newest has been analysed; one analysis at a time."""
        loop = asyncio.get_running_loop()
        while doc.newest is not None and (doc.current is None or doc.current.seq < doc.newest.seq):
            # At most one start per debounce window: the first key after a pause is analysed at once, the keys of
            # a burst that arrive within the window are analysed together.
            wait = doc.last_start + self.grace_seconds() - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
                continue
            doc.last_start = time.monotonic()
            request = doc.newest
            doc.running = request
            try:
                analysis = await loop.run_in_executor(self.executor, self._work, doc, request)
            except Abandoned:
                self.stats.abandoned += 1
                continue
            except Exception as exc:  # a bug: those waiting for this text must not wait forever
                log.exception("scalawasi: analysis of %s failed", request.uri)
                self._fail_waiters(doc, request, exc)
                return
            finally:
                doc.running = None
            self._finish(doc, request, analysis)
        self._schedule_idle_collect()

    def _work(self, doc: _Document, request: _Request) -> Analysis:
        """On the worker thread: free what was replaced, collect if due, then analyse with the stage-boundary abandon
        check."""
        self._drop_retired()
        if self.collector.due():
            self.collector.collect(self.stats)
        self.stats.started += 1
        cpu = time.thread_time()
        result = self.analyze(request.text, request.uri, lambda: self._should_abandon(doc, request))
        self.stats.record_cpu(time.thread_time() - cpu)
        self.stats.finished += 1
        if not getattr(result, "complete", True):
            self.stats.retyped += 1  # it typed only what the edit changed (compiler/semantics/retype.py)
        return result

    def _drop_retired(self) -> None:
        while self._retired:
            try:
                self._retired.popleft()
            except IndexError:
                break

    def _fail_waiters(self, doc: _Document, request: _Request, exc: Exception) -> None:
        for seq, future in doc.waiters:
            if seq <= request.seq and not future.done():
                future.set_exception(RuntimeError(f"the analysis failed: {type(exc).__name__}: {exc}"))
        doc.waiters = [(seq, future) for seq, future in doc.waiters if not future.done()]

    def _should_abandon(self, doc: _Document, request: _Request) -> bool:
        superseded = request.superseded_at
        if superseded is None:
            return False
        now = time.monotonic()
        if now - superseded <= self.grace_seconds():
            return False
        return now - doc.last_fresh <= STARVATION_SECONDS or superseded == float("-inf")

    def _finish(self, doc: _Document, request: _Request, analysis: Analysis) -> None:
        if doc.current is not None and doc.current.seq >= request.seq:
            return  # never hand out an older analysis after a newer one
        snap = Snapshot(request.uri, request.version, request.text, analysis, request.seq)
        if doc.current is not None:
            self._retired.append(doc.current)
        doc.current = snap
        doc.last_fresh = time.monotonic()
        still_waiting = []
        for seq, future in doc.waiters:
            if future.done():
                continue
            if seq <= snap.seq:
                future.set_result(snap)
            else:
                still_waiting.append((seq, future))
        doc.waiters = still_waiting
        settled = doc.newest is request
        try:
            self.on_result(snap, settled)
        except Exception:
            log.exception("scalawasi: publishing the analysis of %s failed", request.uri)

    # ------------------------------------------------------------------------------------------ idle

    def _schedule_idle_collect(self) -> None:
        self._cancel_idle_collect()
        self._idle_collect = asyncio.get_running_loop().create_task(self._collect_when_quiet())

    def _cancel_idle_collect(self) -> None:
        if self._idle_collect is not None:
            self._idle_collect.cancel()
            self._idle_collect = None

    async def _collect_when_quiet(self) -> None:
        try:
            await asyncio.sleep(self.QUIET_SECONDS)
            if any(d.running is not None for d in self.documents.values()):
                return
            await asyncio.get_running_loop().run_in_executor(self.executor, self._collect_idle)
        except asyncio.CancelledError:
            pass

    def _collect_idle(self) -> None:
        self._drop_retired()
        self.collector.collect(self.stats, idle=True)
