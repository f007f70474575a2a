"""The scalawasi language server: documents in, compiler calls off the event loop, LSP results out."""
from __future__ import annotations

import asyncio
import functools
import logging
import os
import time
import traceback
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lsprotocol import types
from pygls import uris
from pygls.exceptions import JsonRpcException, JsonRpcInternalError, JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer

from scalawasi.compiler.api import (Abandoned, Analysis, BuildOptions, BuildResult, analyze, analyze_files, build,
                                    build_files, release_when_dropped)
from scalawasi.compiler.ide.isolate import without_broken_methods
from scalawasi.compiler.source import SourceText, Span
from scalawasi.compiler.syntax import ast

from . import diagnostics as diag
from . import documents
from . import hover as hovers
from . import navigation
from . import references as refs
from . import semantic_tokens as tokens
from . import structure
from .positions import LineMap, TextIndex, offset_of, range_of
from .runs import Runner, RunRequest
from .scheduler import AnalysisScheduler, Snapshot
from .settings import Settings
from .workspace import WorkspaceIndex, document_analysis, locate

log = logging.getLogger("scalawasi.server")
LOWERED_WASM = "scalawasi/loweredWasm"
RUNTIME_TRAP = "runtime-trap"
WARM_BUILD_DELAY = 0.3  # seconds of quiet before a background build readies the intrinsic hovers
TYPING_AHEAD = "\0typing"  # warm_tasks' key (after the uri) of typing the bodies an analysis skipped
SETTLE_SECONDS = 0.2  # a burst of edits has settled when no new text came for this long


@dataclass(frozen=True)
class Built:
    text: str
    unchecked: bool
    result: BuildResult
    index: "hovers.LoweredIndex | None"


class ScalawasiServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("scalawasi", "0.1.0", text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.settings = Settings()
        self.executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="scalawasi-compile")
        self.scheduler = AnalysisScheduler(self.executor, self._analyze_document, self.on_analysis,
                                           lambda: self.settings.debounce_seconds)
        self.builds: dict[str, Built] = {}
        self.builds_in_flight: dict[str, tuple[tuple[str, bool], asyncio.Future]] = {}
        self.warm_tasks: dict[str, asyncio.Task] = {}
        self.refresh_tasks: dict[str, asyncio.Task] = {}
        self.trap_diagnostics: dict[str, tuple[str, list[types.Diagnostic]]] = {}  # uri -> (text, diags)
        self.runner = Runner()
        self.run_cancels: dict[Any, asyncio.Event] = {}
        self.pull_diagnostics = False
        self.pulls_waiting: dict[str, int] = {}  # uri -> pull requests waiting for an analysis
        self.pulled: dict[str, int] = {}  # uri -> seq of the newest analysis a pull request returned
        self.workspace_index = WorkspaceIndex()
        self.workspace_index.open_texts = self.open_texts  # loose folders' programs follow unsaved edits
        self.closed_file_diagnostics: dict[str, list[types.Diagnostic]] = {}  # uri -> shown for a file not open
        self.sent_tokens = tokens.TokenCache()
        self.workspace_symbols = structure.WorkspaceSymbols()

    # ------------------------------------------------------------------------------------------ documents

    def path_of(self, uri: str) -> str:
        return uris.to_fs_path(uri) or uri

    def current_text(self, uri: str) -> tuple[str, int | None]:
        if unquote(uri) not in self.workspace.text_documents:  # unopened: only a regular file, size-capped
            try:
                return documents.read_unopened(uri), None
            except documents.UnreadableDocument as e:
                raise JsonRpcInvalidParams(f"cannot read {e}") from None
        doc = self.workspace.get_text_document(uri)
        return doc.source, doc.version

    def _analyze(self, text: str, uri: str, abandon, static_checks: bool = True, focus: int | None = None) -> Analysis:
        """static_checks=False: parse and type only, for queries on a copy of the text (completion); focus: the
        query's offset, for an analysis typing only what a query there needs (`api.analyze`)."""
        path = self.path_of(uri)
        files = self.program_texts(path, text)
        if files is None:
            return analyze(text, path, abandon=abandon, static_checks=static_checks, focus=focus)
        return document_analysis(analyze_files(files, abandon=abandon, static_checks=static_checks, focus=focus),
                                 path)

    def _analyze_document(self, text: str, uri: str, abandon) -> Analysis:
        """The scheduler's analyses: read only through their snapshots, so their cycles are cut when the last
        snapshot holding one goes, and they are freed at once rather than by a garbage collection."""
        return release_when_dropped(self._analyze(text, uri, abandon))

    def program_texts(self, path: str, text: str) -> dict[str, str] | None:
        """The texts of the program a file belongs to (this file first, with this text), or None for a file that
        stands alone."""
        project = self.workspace_index.project_of(path)
        if project is None:
            return None
        return self.workspace_index.texts(project, self.open_texts(), path, text)

    def open_texts(self) -> dict[str, str]:
        return {self.path_of(uri): doc.source for uri, doc in list(self.workspace.text_documents.items())}

    def document_changed(self, uri: str, dependents: bool = True) -> None:
        """didOpen/didChange: hand the document's new text to the scheduler (latest wins), and have the other open
        files of its program analysed again (their diagnostics may depend on this one)."""
        text, version = self.current_text(uri)
        for key in (uri, uri + TYPING_AHEAD):
            warm = self.warm_tasks.pop(key, None)
            if warm is not None:
                warm.cancel()
        self.scheduler.update(uri, version, text)
        if dependents:
            self.program_changed(self.path_of(uri), but=uri)

    def program_changed(self, path: str, but: str | None = None) -> None:
        """A file of a program changed (an edit, or on disk): analyse the program's open documents again."""
        project = self.workspace_index.project_of(path)
        if project is None:
            return
        for uri in list(self.workspace.text_documents):
            if uri != but and self.workspace_index.project_of(self.path_of(uri)) is project:
                self.scheduler.refresh(uri)
        if not any(self.workspace_index.project_of(self.path_of(u)) is project
                   for u in self.workspace.text_documents):
            self._later(self.refresh_tasks, f"project:{project.folder}", self.analyze_closed_program(project))

    async def analyze_closed_program(self, project) -> None:
        """A program with no open document: analyse it as a whole for the diagnostics of its files."""
        paths = project.ordered()
        if not paths:
            return
        texts = self.workspace_index.texts(project, self.open_texts())
        try:
            program = await asyncio.get_running_loop().run_in_executor(self.executor, analyze_files, texts)
        except Exception:
            self.log_failure("workspace analysis", str(project.folder))
            return
        self.show_closed_files(program.files, program.diagnostics)

    def show_closed_files(self, files, diagnostics) -> None:
        """Diagnostics of the program's files that are not open: pushed to a client that takes pushes, kept for
        `workspace/diagnostic` otherwise; files that left the program are cleared."""
        if files is None:
            return
        open_paths = {self.path_of(u) for u in self.workspace.text_documents}
        shown: dict[str, list[types.Diagnostic]] = {}
        for source in files:
            if source.path in open_paths:
                continue
            uri = uris.from_fs_path(source.path) or source.path
            mine = [d for d in diagnostics if d.path == source.path]
            shown[uri] = [diag.to_lsp(d, sev, source, uri, files) for d, sev in diag.visible(mine, self.settings)]
        project = self.workspace_index.project_of(files.sources[0].path) if len(files) else None
        for uri in [u for u in self.closed_file_diagnostics if u not in shown]:
            path = self.path_of(uri)
            if path in open_paths:
                del self.closed_file_diagnostics[uri]  # open now: its own analysis shows its diagnostics
            elif self.workspace_index.project_of(path) is project:
                shown[uri] = []  # no longer part of the program (deleted, renamed)
        changed = False
        for uri, items in shown.items():
            if self.closed_file_diagnostics.get(uri) == items:
                continue
            changed = True
            if items:
                self.closed_file_diagnostics[uri] = items
            else:
                self.closed_file_diagnostics.pop(uri, None)
            if not self.pull_diagnostics:
                self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=items))
        if changed and self.pull_diagnostics:
            self.refresh_pulled_diagnostics()

    async def snapshot(self, uri: str, typed: bool = True) -> Snapshot:
        """The analysis of the document's current text (or of a newer one, if it changes while we wait).
        typed=False: its skipped bodies left untyped (see `typed`), for a request that reads neither the model nor
        the methods' bodies (diagnostics, top-level definitions): reading them would then type or copy them on the
        event loop."""
        text, version = self.current_text(uri)
        snap = await self.scheduler.analysis_of(uri, version, text)
        if typed:
            await self.typed(snap)
        return snap if snap.version == version or snap.text != text else \
            Snapshot(uri, version, text, snap.analysis, snap.seq)

    async def typed(self, snap: Snapshot) -> None:
        """Have every body of snap's analysis typed (an analysis after an edit types only the changed methods:
        `semantics.retype`) on a worker, so that no request handler types them on the event loop."""
        if not getattr(snap.analysis, "complete", True):
            await asyncio.get_running_loop().run_in_executor(self.executor, snap.analysis.complete_typing)

    async def built(self, uri: str, text: str, background: bool = False) -> Built:
        """The build of exactly this text with the current build settings (what a run would execute).
        background: a build ahead of need (for hovers), abandoned at a stage boundary once the text changes."""
        unchecked = self.settings.unchecked
        cached = self.builds.get(uri)
        if cached is not None and cached.text == text and cached.unchecked == unchecked:
            return cached
        key = (text, unchecked)
        pending = self.builds_in_flight.get(uri)
        if pending is None or pending[0] != key:
            def work() -> Built:
                stale = (lambda: self.current_text(uri)[0] != text) if background else None
                result = self.build_document(uri, text, BuildOptions(unchecked=unchecked), stale)
                return Built(text, unchecked, result, hovers.LoweredIndex(result) if result.ok else None)

            pending = (key, shared_future(asyncio.get_running_loop().run_in_executor(self.executor, work)))
            self.builds_in_flight[uri] = pending
        try:
            result = await asyncio.shield(pending[1])
        except Abandoned:
            if self.builds_in_flight.get(uri) is pending:
                del self.builds_in_flight[uri]
            if background:
                raise
            return await self.built(uri, text)  # a background build of text since edited; this caller wants it
        if self.builds_in_flight.get(uri) is pending:
            del self.builds_in_flight[uri]
        self.builds[uri] = result
        return result

    async def snapshot_at(self, uri: str, position: types.Position) -> tuple[Snapshot, types.Position, int]:
        """The analysis to answer a request about one position with: the newest finished analysis when the edits
        since then lie on other lines (someone typing elsewhere: no need to wait for the next analysis), else the
        current text's. Returns it with the position in its text and the line shift back to the current text."""
        text, _ = self.current_text(uri)
        snap = self.scheduler.current(uri)
        if snap is not None and snap.text != text:
            line = LineMap(snap.text, text).old_line(position.line)
            if line is not None:
                moved = types.Position(line, position.character)
                return self.typed_at(snap, moved), moved, position.line - line
        return self.typed_at(await self.snapshot(uri, typed=False), position), position, 0

    def typed_at(self, snap: Snapshot, position: types.Position) -> Snapshot:
        """snap for a query at one position: only the method there typed (fine on the event loop)."""
        offset = offset_of(snap.source, position)
        return self.typed_within(snap, Span(offset, offset))

    @staticmethod
    def typed_within(snap: Snapshot, span: Span) -> Snapshot:
        """snap for a query about a range: when its analysis left bodies untyped, a view of it with the methods
        overlapping the range typed, not the file's other bodies (on a worker when there may be several)."""
        if getattr(snap.analysis, "complete", True):
            return snap
        view = snap.analysis.typed_within(span.start, span.end)
        return Snapshot(snap.uri, snap.version, snap.text, view, snap.seq)

    async def on_worker(self, work, *args):
        """work(*args) on the analysis executor, off the event loop."""
        return await asyncio.get_running_loop().run_in_executor(self.executor, work, *args)

    def build_document(self, uri: str, text: str, options: BuildOptions, abandon=None) -> BuildResult:
        """The build of the program the document belongs to (the document first), or of the document alone."""
        path = self.path_of(uri)
        files = self.program_texts(path, text)
        if files is None:
            return build(text, path, options, abandon=abandon)
        project = self.workspace_index.project_of(path)
        if options.main_object is None and project is not None and project.main is not None:
            options = replace(options, main_object=project.main)  # the project's configured main
        return build_files(files, options, abandon=abandon)

    def forget(self, uri: str) -> None:
        self.scheduler.forget(uri)
        self.sent_tokens.forget(uri)
        for table in (self.builds, self.builds_in_flight, self.trap_diagnostics, self.pulled, self.pulls_waiting):
            table.pop(uri, None)
        for tasks, key in ((self.warm_tasks, uri), (self.warm_tasks, uri + TYPING_AHEAD), (self.refresh_tasks, uri)):
            task = tasks.pop(key, None)
            if task is not None:
                task.cancel()

    # ------------------------------------------------------------------------------------------ diagnostics

    def lsp_diagnostics(self, snap: Snapshot) -> list[types.Diagnostic]:
        shown = diag.visible(snap.analysis.diagnostics, self.settings)
        result = [diag.to_lsp(d, sev, snap.source, snap.uri, snap.analysis.files) for d, sev in shown]
        trap = self.trap_diagnostics.get(snap.uri)
        if trap is not None and trap[0] == snap.text:
            result += trap[1]
        return result

    def on_analysis(self, snap: Snapshot, settled: bool) -> None:
        """Every analysis the scheduler finishes, newest last: push its diagnostics (or, to a client that pulls,
        ask for one pull once the burst has settled), and ready the intrinsic hovers once the text is quiet."""
        if self.pull_diagnostics:
            if settled:
                self._later(self.refresh_tasks, snap.uri, self._refresh_when_settled(snap))
        else:
            self.publish(snap)
        if settled and snap.analysis.files is not None:
            self.show_closed_files(snap.analysis.files, snap.analysis.program_diagnostics)
        if settled and not snap.analysis.has_errors and _uses_intrinsics(snap.text):
            self._later(self.warm_tasks, snap.uri, self._warm_build(snap.uri, snap.text))
        if settled and not getattr(snap.analysis, "complete", True):
            self._later(self.warm_tasks, snap.uri + TYPING_AHEAD, self._warm_typing(snap))

    async def _warm_typing(self, snap: Snapshot) -> None:
        """Once the text is quiet, type the bodies its analysis skipped, ahead of the queries that read them;
        given up (what is typed stays typed) as soon as the document changes."""
        stale = lambda: self.current_text(snap.uri)[0] != snap.text  # noqa: E731
        try:
            await asyncio.sleep(WARM_BUILD_DELAY)  # a pause between two keys is no time to start
            await asyncio.get_running_loop().run_in_executor(self.executor, snap.analysis.complete_typing, stale)
        except asyncio.CancelledError:
            pass
        except Exception:
            self.log_failure("typing ahead", snap.uri)

    def _later(self, tasks: dict[str, asyncio.Task], uri: str, work) -> None:
        previous = tasks.pop(uri, None)
        if previous is not None:
            previous.cancel()
        tasks[uri] = asyncio.get_running_loop().create_task(work)

    async def _refresh_when_settled(self, snap: Snapshot) -> None:
        """One workspace/diagnostic/refresh per burst of edits, once it has settled, and only when the client has
        not already pulled this analysis (a pull waits for the analysis of its text, so it usually has)."""
        try:
            await asyncio.sleep(SETTLE_SECONDS)
            if not self.scheduler.is_newest(snap) or self.pulls_waiting.get(snap.uri) or self.pulled.get(snap.uri, -1) >= snap.seq:
                return
            self.pulled[snap.uri] = snap.seq  # asked for: no second refresh for the same analysis
            self.refresh_pulled_diagnostics()
        except asyncio.CancelledError:
            pass

    def publish(self, snap: Snapshot) -> None:
        """Push snap's diagnostics. An analysis of a text already edited again (published so that diagnostics keep
        flowing while someone types) has its diagnostics moved onto the current lines where the edits since lie
        above them; those on the edited lines stay where they were."""
        diagnostics = self.lsp_diagnostics(snap)
        text, _ = self.current_text(snap.uri)
        if text != snap.text:
            lines = LineMap(snap.text, text)
            for d in diagnostics:
                start, end = lines.new_line(d.range.start.line), lines.new_line(d.range.end.line)
                if start is not None and end is not None:
                    d.range = types.Range(types.Position(start, d.range.start.character),
                                          types.Position(end, d.range.end.character))
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=snap.uri, diagnostics=diagnostics, version=snap.version))

    def republish(self, uri: str) -> None:
        """The diagnostics of the newest analysis again, after what is shown beside it changed (settings, a trap)."""
        snap = self.scheduler.current(uri)
        if snap is None:
            return
        if self.pull_diagnostics:
            self.refresh_pulled_diagnostics()
        else:
            self.publish(snap)

    async def _warm_build(self, uri: str, text: str) -> None:
        try:
            await asyncio.sleep(WARM_BUILD_DELAY)
            if self.current_text(uri)[0] == text:
                await self.built(uri, text, background=True)
        except (asyncio.CancelledError, Abandoned):
            pass
        except Exception:
            self.log_failure("background build", uri)

    def refresh_pulled_diagnostics(self) -> None:
        caps = self.client_capabilities.workspace
        if caps and caps.diagnostics and caps.diagnostics.refresh_support:
            self.workspace_diagnostic_refresh(None)

    def republish_all(self) -> None:
        for uri in list(self.workspace.text_documents):
            self.republish(uri)

    # ------------------------------------------------------------------------------------------ misc

    def log_failure(self, what: str, detail: str = "") -> None:
        text = f"scalawasi: {what} failed{' for ' + detail if detail else ''}:\n{traceback.format_exc()}"
        log.error(text)
        try:
            self.window_log_message(types.LogMessageParams(type=types.MessageType.Error, message=text))
        except Exception:
            pass

    async def load_configuration(self) -> None:
        caps = self.client_capabilities.workspace
        if not (caps and caps.configuration):
            return
        try:
            result = await asyncio.wait_for(self.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section="scalawasi")])), 5)
        except Exception:
            self.log_failure("workspace/configuration")
            return
        if result and isinstance(result[0], dict):
            self.apply_settings(result[0])

    def apply_settings(self, raw: Any) -> None:
        """Takes new settings; malformed or out-of-range values keep their defaults and are shown to the user."""
        self.settings = Settings.from_json(raw)
        if self.settings.problems:
            message = "scalawasi: settings ignored: " + "; ".join(self.settings.problems)
            self.window_show_message(types.ShowMessageParams(type=types.MessageType.Warning, message=message))


def _uses_intrinsics(text: str) -> bool:
    return "scala.scalajs.wasm" in text or "WasmImport" in text or "withMemoryAllocator" in text


server = ScalawasiServer()


def guarded(name: str):
    """Every handler: a failure is logged and answered with an error; the server carries on."""

    def wrap(fn):
        @functools.wraps(fn)
        async def handler(ls: ScalawasiServer, *args):
            try:
                return await fn(ls, *args)
            except (JsonRpcException, asyncio.CancelledError):  # an answer meant for the client
                raise
            except Exception as e:
                ls.log_failure(name)
                raise JsonRpcInternalError(f"scalawasi: {name} failed: {type(e).__name__}: {e}") from None

        return handler

    return wrap


# ---------------------------------------------------------------------------------------------- lifecycle


@server.feature(types.INITIALIZE)
def on_initialize(ls: ScalawasiServer, params: types.InitializeParams) -> None:
    documents.use_lsp_documents(ls.workspace)  # lines split as LSP splits them, in incremental edits too
    ls.apply_settings(params.initialization_options)
    folders = [uris.to_fs_path(f.uri) for f in params.workspace_folders or ()]
    if not folders and (params.root_uri or params.root_path):
        folders = [uris.to_fs_path(params.root_uri) if params.root_uri else params.root_path]
    ls.workspace_index.load([f for f in folders if f])
    text_caps = params.capabilities.text_document
    ls.pull_diagnostics = bool(text_caps and text_caps.diagnostic)
    if not ls.pull_diagnostics:
        # pygls computes the capabilities after this handler, from the registered features: a client that cannot
        # pull is not offered pull diagnostics (it gets them pushed).
        ls.protocol.fm.features.pop(types.TEXT_DOCUMENT_DIAGNOSTIC, None)


@server.feature(types.INITIALIZED)
async def on_initialized(ls: ScalawasiServer, params: types.InitializedParams) -> None:
    ls.runner.prepare()
    await watch_files(ls)
    for problem in ls.workspace_index.problems:
        ls.window_log_message(types.LogMessageParams(type=types.MessageType.Info, message=f"scalawasi: {problem}"))
    for project in ls.workspace_index.projects:
        ls._later(ls.refresh_tasks, f"project:{project.folder}", ls.analyze_closed_program(project))
    before = ls.settings
    await ls.load_configuration()
    if ls.settings != before:
        ls.republish_all()


@server.feature(types.SHUTDOWN)
def on_shutdown(ls: ScalawasiServer, params: None) -> None:
    ls.runner.close()
    for event in ls.run_cancels.values():
        event.set()


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
async def on_configuration(ls: ScalawasiServer, params: types.DidChangeConfigurationParams) -> None:
    try:
        settings = params.settings
        if isinstance(settings, dict) and isinstance(settings.get("scalawasi"), dict):
            ls.apply_settings(settings)
        else:
            await ls.load_configuration()
        ls.republish_all()
        caps = ls.client_capabilities.workspace
        if caps and caps.inlay_hint and caps.inlay_hint.refresh_support:
            ls.workspace_inlay_hint_refresh(None)  # the hints shown depend on the settings
    except Exception:
        ls.log_failure("didChangeConfiguration")


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def on_open(ls: ScalawasiServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.document_changed(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def on_change(ls: ScalawasiServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.document_changed(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def on_close(ls: ScalawasiServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.forget(uri)
    if not ls.pull_diagnostics:
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
    ls.program_changed(ls.path_of(uri))  # its text is the disk's again, and its diagnostics those of a closed file


WATCHED_GLOBS = ("**/*.scala", "**/scalawasi.toml", "**/pyproject.toml")


async def watch_files(ls: ScalawasiServer) -> None:
    """Ask the client to report Scala and configuration files created, changed or deleted on disk (registered
    dynamically, where the client supports it)."""
    caps = ls.client_capabilities.workspace
    watched = caps.did_change_watched_files if caps else None
    if not (watched and watched.dynamic_registration):
        return
    options = types.DidChangeWatchedFilesRegistrationOptions(
        watchers=[types.FileSystemWatcher(glob_pattern=g) for g in WATCHED_GLOBS])
    try:
        await ls.client_register_capability_async(types.RegistrationParams(registrations=[types.Registration(
            id=str(uuid.uuid4()), method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options)]))
    except Exception as e:  # the client said it could and then could not: files made elsewhere go unnoticed
        log.info("scalawasi: the client did not register the file watchers: %s", e)


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def on_watched_files(ls: ScalawasiServer, params: types.DidChangeWatchedFilesParams) -> None:
    """Files created, changed, deleted or renamed (a deletion and a creation) on disk: the programs follow."""
    touched = set()
    for change in params.changes:
        path = ls.path_of(change.uri)
        if not path.endswith(".scala"):
            ls.workspace_index.load([str(p.folder) for p in ls.workspace_index.projects])  # a configuration changed
            touched.update(str(p.folder) for p in ls.workspace_index.projects)
            continue
        if change.type == types.FileChangeType.Created:
            project = ls.workspace_index.file_created(path)
        elif change.type == types.FileChangeType.Deleted:
            project = ls.workspace_index.file_deleted(path)
            if change.uri in ls.closed_file_diagnostics:
                ls.closed_file_diagnostics.pop(change.uri, None)
                if not ls.pull_diagnostics:
                    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=change.uri, diagnostics=[]))
        else:
            project = ls.workspace_index.file_changed(path)
        if project is not None and change.uri not in ls.workspace.text_documents:
            touched.add(path)
    for path in touched:
        ls.program_changed(path)


@server.feature(types.WORKSPACE_DIAGNOSTIC)
@guarded("workspace diagnostics")
async def on_workspace_diagnostics(ls: ScalawasiServer, params: types.WorkspaceDiagnosticParams):
    """For a client that pulls: the diagnostics of the programs' files that are not open (the open ones it pulls
    one by one)."""
    return types.WorkspaceDiagnosticReport(items=[
        types.WorkspaceFullDocumentDiagnosticReport(uri=uri, items=items, version=None)
        for uri, items in ls.closed_file_diagnostics.items()])


@server.feature(types.TEXT_DOCUMENT_DIAGNOSTIC,
                types.DiagnosticOptions(identifier="scalawasi", inter_file_dependencies=True,
                                        workspace_diagnostics=True))
@guarded("pull diagnostics")
async def on_pull_diagnostics(ls: ScalawasiServer, params: types.DocumentDiagnosticParams):
    uri = params.text_document.uri
    ls.pulls_waiting[uri] = ls.pulls_waiting.get(uri, 0) + 1
    try:
        snap = await ls.snapshot(uri, typed=False)  # its diagnostics: no body needs typing for them
    finally:
        ls.pulls_waiting[uri] -= 1
    ls.pulled[uri] = max(ls.pulled.get(uri, -1), snap.seq)
    return types.RelatedFullDocumentDiagnosticReport(items=ls.lsp_diagnostics(snap))


# ---------------------------------------------------------------------------------------------- features


@server.feature(types.TEXT_DOCUMENT_HOVER)
@guarded("hover")
async def on_hover(ls: ScalawasiServer, params: types.HoverParams) -> types.Hover | None:
    snap, position, line_shift = await ls.snapshot_at(params.text_document.uri, params.position)
    offset = offset_of(snap.source, position)
    found = hovers.find_hover(snap.analysis, offset, intrinsics_only=ls.settings.only_intrinsic_checks)
    if found is None:
        return None
    if isinstance(found, hovers.HoverText):
        markdown, span = found.markdown, found.span
    else:
        index, problem, text = None, None, snap.text
        if snap.analysis.has_errors:
            # the methods with errors set aside, in place: this method's lowered code, if it is fine itself
            text = without_broken_methods(snap.analysis, offset)
            if text is None:
                problem = "this method (or a part of the file outside the methods) has errors, so it does not build"
        if text is not None:
            built = await ls.built(snap.uri, text)
            index = built.index
            if index is None:
                problem = _first_error(built.result) or "the program does not build"
        markdown = hovers.intrinsic_markdown(found, index, ls.settings.unchecked, problem)
        span = found.span
    rng = range_of(snap.source, span)
    rng.start.line += line_shift
    rng.end.line += line_shift
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=markdown), range=rng)


def shared_future(future: asyncio.Future) -> asyncio.Future:
    """A future its waiters await through `asyncio.shield`: when every waiter was cancelled (the warm build's task,
    on the next keystroke) and the work then ends in an exception (`Abandoned`), nobody reads it, and asyncio logged
    "Future exception was never retrieved" with a traceback into the editor's log for each such build."""
    future.add_done_callback(lambda f: f.cancelled() or f.exception())
    return future


def _first_error(result: BuildResult) -> str | None:
    errors = [d for d in result.diagnostics if d.is_error]
    return f"{errors[0].code}: {errors[0].message}" if errors else None


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix,
                                                           types.CodeActionKind.RefactorRewrite,
                                                           types.CodeActionKind.RefactorExtract]))
@guarded("code actions")
async def on_code_action(ls: ScalawasiServer, params: types.CodeActionParams):
    # (asked at every move of the cursor: only the methods in the range typed; on a worker, as the index's walk)
    snap = await ls.snapshot(params.text_document.uri, typed=False)
    want = Span(offset_of(snap.source, params.range.start), offset_of(snap.source, params.range.end))
    found = diag.code_actions(snap.analysis.diagnostics, ls.settings, snap.source, snap.uri, want, snap.version)
    found += await ls.on_worker(lambda: structure.code_actions(ls.typed_within(snap, want), want))
    only = params.context.only if params.context else None
    if only:  # the client asked for some kinds only (`source.fixAll`, `quickfix`, ...): a kind matches its prefixes
        found = [a for a in found if a.kind and any(a.kind == k or a.kind.startswith(f"{k}.") for k in only)]
    return found


@server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
@guarded("document symbols")
async def on_document_symbol(ls: ScalawasiServer, params: types.DocumentSymbolParams):
    snap = await ls.snapshot(params.text_document.uri, typed=False)  # (syntax only: moved bodies read unmoved)
    return await ls.on_worker(navigation.document_symbols, snap.analysis.unit, snap.source)


@server.feature(types.TEXT_DOCUMENT_DEFINITION)
@guarded("definition")
async def on_definition(ls: ScalawasiServer, params: types.DefinitionParams):
    # (the reference at the position is its method's: only that method typed, as for a hover)
    snap = ls.typed_at(await ls.snapshot(params.text_document.uri, typed=False), params.position)
    # An overriding member offers the members it overrides too (the nearest first).
    found = [loc for sym in navigation.definitions(snap.analysis, offset_of(snap.source, params.position))
             if (loc := _location_of(snap, sym)) is not None]
    if len(found) > 1:
        return found
    return found[0] if found else None


def _location_of(snap, sym) -> types.Location | None:
    span = getattr(sym, "span", None)
    if span is None or (span.start == 0 and span.end == 0):
        return None  # a built-in, or a symbol of the prelude
    if snap.analysis.files is not None:
        found = locate(snap.analysis.files, span)  # another file of the program, or this one
        if found is None:
            return None
        path, source, local = found
        uri = snap.uri if path == snap.source.path else (uris.from_fs_path(path) or path)
        return types.Location(uri=uri, range=range_of(source, local))
    if span.end > len(snap.source.data):
        return None
    return types.Location(uri=snap.uri, range=range_of(snap.source, span))


@server.feature(types.TEXT_DOCUMENT_REFERENCES)
@guarded("references")
async def on_references(ls: ScalawasiServer, params: types.ReferenceParams):
    snap = await ls.snapshot(params.text_document.uri)
    return refs.references(snap, offset_of(snap.source, params.position), params.context.include_declaration)


@server.feature(types.TEXT_DOCUMENT_DOCUMENT_HIGHLIGHT)
@guarded("document highlight")
async def on_document_highlight(ls: ScalawasiServer, params: types.DocumentHighlightParams):
    # (asked at every move of the cursor: a local of the method there needs only that method typed)
    snap = await ls.snapshot(params.text_document.uri, typed=False)
    offset = offset_of(snap.source, params.position)
    if not getattr(snap.analysis, "complete", True):
        found = await ls.on_worker(refs.local_highlights, ls.typed_at(snap, params.position), offset)
        if found is not refs.NOT_LOCAL:
            return found
        await ls.typed(snap)
    return await ls.on_worker(refs.highlights, snap, offset)


@server.feature(types.TEXT_DOCUMENT_PREPARE_RENAME)
@guarded("prepare rename")
async def on_prepare_rename(ls: ScalawasiServer, params: types.PrepareRenameParams):
    snap = await ls.snapshot(params.text_document.uri)
    return refs.prepare_rename(snap, offset_of(snap.source, params.position))


@server.feature(types.TEXT_DOCUMENT_RENAME)
@guarded("rename")
async def on_rename(ls: ScalawasiServer, params: types.RenameParams):
    snap = await ls.snapshot(params.text_document.uri)
    return refs.rename(snap, offset_of(snap.source, params.position), params.new_name)


async def _encoded_tokens(ls: ScalawasiServer, uri: str) -> list[int]:
    # (untyped: the tokens of the methods an edit left untyped are the file's last ones, moved; on a worker)
    snap = await ls.snapshot(uri, typed=False)
    return await ls.on_worker(tokens.encoded, snap.analysis)


@server.feature(types.TEXT_DOCUMENT_SEMANTIC_TOKENS_FULL, tokens.LEGEND)
@guarded("semantic tokens")
async def on_semantic_tokens(ls: ScalawasiServer, params: types.SemanticTokensParams):
    uri = params.text_document.uri
    return ls.sent_tokens.full(uri, await _encoded_tokens(ls, uri))


@server.feature(types.TEXT_DOCUMENT_SEMANTIC_TOKENS_FULL_DELTA, tokens.LEGEND)
@guarded("semantic tokens delta")
async def on_semantic_tokens_delta(ls: ScalawasiServer, params: types.SemanticTokensDeltaParams):
    uri = params.text_document.uri
    return ls.sent_tokens.delta(uri, params.previous_result_id, await _encoded_tokens(ls, uri))


@server.feature(types.TEXT_DOCUMENT_FOLDING_RANGE)
@guarded("folding ranges")
async def on_folding_range(ls: ScalawasiServer, params: types.FoldingRangeParams):
    snap = await ls.snapshot(params.text_document.uri, typed=False)  # (syntax only, as document symbols)
    return await ls.on_worker(structure.folding_ranges, snap)


@server.feature(types.TEXT_DOCUMENT_SELECTION_RANGE)
@guarded("selection ranges")
async def on_selection_range(ls: ScalawasiServer, params: types.SelectionRangeParams):
    snap = await ls.snapshot(params.text_document.uri, typed=len(params.positions) != 1)
    if len(params.positions) == 1:  # (what editors ask: the method there typed, not the file)
        snap = ls.typed_at(snap, params.positions[0])
    return await ls.on_worker(structure.selection_ranges, snap, params.positions)


@server.feature(types.TEXT_DOCUMENT_DOCUMENT_LINK)
@guarded("document links")
async def on_document_link(ls: ScalawasiServer, params: types.DocumentLinkParams):
    caps = ls.client_capabilities.text_document
    tooltips = bool(caps and caps.document_link and caps.document_link.tooltip_support)
    return structure.document_links(await ls.snapshot(params.text_document.uri, typed=False), tooltips)  # lexical


@server.feature(types.WORKSPACE_SYMBOL)
@guarded("workspace symbols")
async def on_workspace_symbol(ls: ScalawasiServer, params: types.WorkspaceSymbolParams):
    """The definitions of the projects' files and the open documents (parsed only: names need no typing)."""
    texts: dict[str, str] = {}
    for project in list(ls.workspace_index.projects):
        texts.update(ls.workspace_index.texts(project, ls.open_texts()))
    texts.update({path: text for path, text in ls.open_texts().items() if path.endswith(".scala")})
    return await ls.on_worker(ls.workspace_symbols.search, params.query, texts)


@server.feature(types.TEXT_DOCUMENT_CODE_LENS, types.CodeLensOptions(resolve_provider=False))
@guarded("code lenses")
async def on_code_lens(ls: ScalawasiServer, params: types.CodeLensParams):
    snap = await ls.snapshot(params.text_document.uri, typed=False)  # the objects and their `main`s only
    return navigation.code_lenses(snap.analysis.unit, snap.source, snap.uri)


@server.feature(LOWERED_WASM)
@guarded("loweredWasm")
async def on_lowered_wasm(ls: ScalawasiServer, params: Any) -> dict:
    uri = _get(_get(params, "textDocument"), "uri")
    if not isinstance(uri, str):
        raise JsonRpcInvalidParams("scalawasi/loweredWasm needs {textDocument: {uri}}")
    return await lowered_wasm(ls, uri)


def _get(obj: Any, key: str) -> Any:
    if isinstance(obj, dict):
        return obj.get(key)
    return getattr(obj, key, None)


async def lowered_wasm(ls: ScalawasiServer, uri: str) -> dict:
    snap = await ls.snapshot(uri, typed=False)  # its diagnostics, then a build of its text
    if snap.analysis.has_errors:
        return {"wat": "", "mappings": [], "error": _first_error_of(snap.analysis.diagnostics)}
    built = await ls.built(uri, snap.text)
    if built.index is None:
        return {"wat": "", "mappings": [], "error": _first_error(built.result) or "the program does not build"}
    text_index = TextIndex(built.index.text)
    mappings = []
    for span, instrs in built.index.by_span.items():
        if span.end > len(snap.source.data):
            continue
        mappings.append({"source": _range_json(range_of(snap.source, span)),
                         "wat": [_range_json(text_index.range(s, e)) for _, s, e in instrs]})
    warnings = sum(1 for d in snap.analysis.diagnostics if not d.is_error)
    return {"wat": built.index.text, "mappings": mappings, "diagnostics": warnings}


def _first_error_of(diags) -> str:
    errors = [d for d in diags if d.is_error]
    return f"{errors[0].code}: {errors[0].message}" if errors else "the program does not build"


def _range_json(r: types.Range) -> dict:
    return {"start": {"line": r.start.line, "character": r.start.character},
            "end": {"line": r.end.line, "character": r.end.character}}


# ---------------------------------------------------------------------------------------------- commands


@server.command(navigation.SHOW_LOWERED)
@guarded("showLoweredWasm")
async def show_lowered(ls: ScalawasiServer, *arguments):
    if not arguments or not isinstance(arguments[0], str):
        raise JsonRpcInvalidParams("scalawasi.showLoweredWasm needs [uri]")
    return await lowered_wasm(ls, arguments[0])


@server.command(navigation.RUN_MAIN)
@guarded("runMain")
async def run_main(ls: ScalawasiServer, *arguments):
    if not arguments or not isinstance(arguments[0], str):
        raise JsonRpcInvalidParams("scalawasi.runMain needs [uri, objectName?, args?]")
    uri = arguments[0]
    object_name = arguments[1] if len(arguments) > 1 and isinstance(arguments[1], str) else None
    extra_args = [str(a) for a in arguments[2]] if len(arguments) > 2 and isinstance(arguments[2], list) else []
    return await RunMain(ls, uri, object_name, extra_args).go()


class RunMain:
    """One run of a document's main: build, execute in a child process, report output, progress and traps."""

    def __init__(self, ls: ScalawasiServer, uri: str, object_name: str | None, args: list[str]) -> None:
        self.ls, self.uri, self.object_name, self.args = ls, uri, object_name, args
        self.token: str | None = None

    async def go(self) -> dict:
        ls = self.ls
        text, _ = ls.current_text(self.uri)
        built = await ls.built(self.uri, text) if self._runs_default_main(await ls.snapshot(self.uri)) \
            else await self._build_for_object(text)
        if not built.result.ok:
            message = _first_error(built.result) or "the program does not build"
            self.log(f"scalawasi: cannot run {self.uri}: {message}", types.MessageType.Error)
            return _run_json(stderr=message + "\n", error=message)
        settings = ls.settings.run
        name = self.object_name or Path(ls.path_of(self.uri)).stem
        request = RunRequest(wasm=built.result.wasm, args=[*settings.args, *self.args], env=dict(settings.env),
                             program_name=name, time_limit=settings.time_limit_seconds,
                             memory_limit=settings.memory_limit_mib * 1024 * 1024,
                             output_limit=settings.output_limit_bytes,
                             stack_size=settings.stack_size_kib * 1024 if settings.stack_size_kib else None,
                             concurrent_runs=settings.max_concurrent_runs)
        cancelled = asyncio.Event()
        await self.begin_progress(name, cancelled, waiting=ls.runner.busy(request))
        started = time.perf_counter()
        try:
            outcome = await ls.runner.run(request, cancelled, on_start=lambda: self.report_progress("running"))
        finally:
            self.end_progress()
        for problem in outcome.cache_problems:
            self.log(f"scalawasi: {problem}", types.MessageType.Warning)
        trap = None
        ls.trap_diagnostics.pop(self.uri, None)
        if outcome.trap is not None and outcome.trap.get("module_offset") is not None:
            span = built.result.span_at_offset(outcome.trap["module_offset"])
            if span is not None and span.end <= len(built.result.source.data):
                rng = range_of(built.result.source, span)
                trap = {"message": outcome.trap["message"], "range": _range_json(rng), "uri": self.uri}
                self.publish_trap(text, rng, outcome.trap)
        elif outcome.trap is not None:
            trap = None
        result = _run_json(stdout=outcome.stdout, stderr=outcome.stderr, exit_code=outcome.exit_code,
                           duration=outcome.duration if outcome.exit_code is not None else
                           time.perf_counter() - started,
                           timed_out=outcome.timed_out, truncated=outcome.truncated, trap=trap,
                           error=outcome.error, cancelled=outcome.cancelled)
        self.log_output(result)
        return result

    def _runs_default_main(self, snap: Snapshot) -> bool:
        """Whether the requested object's main is the one a plain build starts (the only object with a main)."""
        model = getattr(snap.analysis, "model", None)
        mains = model.main_methods() if model is not None else []
        return self.object_name is None or not mains or (len(mains) == 1 and mains[0].owner.name == self.object_name)

    async def _build_for_object(self, text: str) -> Built:
        unchecked = self.ls.settings.unchecked
        options = BuildOptions(unchecked=unchecked, main_object=self.object_name)

        def work() -> Built:
            return Built(text, unchecked, self.ls.build_document(self.uri, text, options), None)

        return await asyncio.get_running_loop().run_in_executor(self.ls.executor, work)

    def publish_trap(self, text: str, rng: types.Range, trap: dict) -> None:
        d = types.Diagnostic(range=rng, message=f"the program trapped here: {trap['message']}",
                             severity=types.DiagnosticSeverity.Error, code=RUNTIME_TRAP, source=diag.SOURCE,
                             code_description=diag.code_description(RUNTIME_TRAP))
        self.ls.trap_diagnostics[self.uri] = (text, [d])
        self.ls.republish(self.uri)

    async def begin_progress(self, name: str, cancelled: asyncio.Event, waiting: bool = False) -> None:
        window = self.ls.client_capabilities.window
        if not (window and window.work_done_progress):
            return
        token = f"scalawasi-run-{uuid.uuid4()}"
        try:
            await asyncio.wait_for(self.ls.work_done_progress.create_async(token), 5)
        except Exception:
            return
        self.token = token
        self.ls.run_cancels[token] = cancelled
        self.ls.work_done_progress.begin(token, types.WorkDoneProgressBegin(
            title=f"Running {name} (WASI)", cancellable=True,
            message="waiting for another run to finish" if waiting else "running"))

    def report_progress(self, message: str) -> None:
        if self.token is not None:
            self.ls.work_done_progress.report(self.token, types.WorkDoneProgressReport(message=message))

    def end_progress(self) -> None:
        if self.token is not None:
            self.ls.run_cancels.pop(self.token, None)
            self.ls.work_done_progress.tokens.pop(self.token, None)
            self.ls.work_done_progress.end(self.token, types.WorkDoneProgressEnd(message="done"))

    def log(self, message: str, kind=types.MessageType.Info) -> None:
        self.ls.window_log_message(types.LogMessageParams(type=kind, message=message))

    def log_output(self, result: dict) -> None:
        if result["stdout"]:
            self.log(result["stdout"].rstrip("\n"), types.MessageType.Log)
        if result["stderr"]:
            self.log(result["stderr"].rstrip("\n"), types.MessageType.Warning)
        if result["timedOut"]:
            status = "time limit exceeded"
        elif result.get("cancelled"):
            status = "cancelled"
        else:
            status = f"exit status {result['exitCode']}"
        self.log(f"scalawasi: {self.uri} finished: {status} in {result['durationMs']:.0f} ms")


def _run_json(stdout: str = "", stderr: str = "", exit_code: int | None = None, duration: float = 0.0,
              timed_out: bool = False, truncated: bool = False, trap: dict | None = None,
              error: str | None = None, cancelled: bool = False) -> dict:
    result = {"stdout": stdout, "stderr": stderr, "exitCode": exit_code, "durationMs": round(duration * 1000, 3),
              "timedOut": timed_out, "truncated": truncated, "trap": trap}
    if error:
        result["error"] = error
    if cancelled:
        result["cancelled"] = True
    return result


@server.feature(types.WINDOW_WORK_DONE_PROGRESS_CANCEL)
def on_progress_cancel(ls: ScalawasiServer, params: types.WorkDoneProgressCancelParams) -> None:
    event = ls.run_cancels.get(params.token)
    if event is not None:
        event.set()


if os.environ.get("SCALAWASI_LSP_TEST_HOOKS") == "1":
    @server.command("scalawasi.test.fail")
    @guarded("scalawasi.test.fail")
    async def _fail_on_purpose(ls: ScalawasiServer, *arguments):
        raise RuntimeError("a handler failure requested by the test suite")

    @server.command("scalawasi.test.schedulerStats")
    @guarded("scalawasi.test.schedulerStats")
    async def _scheduler_stats(ls: ScalawasiServer, *arguments):
        """How much analysis work the edits so far caused (the typing tests count analyses per burst)."""
        import dataclasses

        return dataclasses.asdict(ls.scheduler.stats)


# The editing assistance features register their handlers on `server` when imported.
from . import completion, inlays  # noqa: E402,F401
