"""Re-typing only what an edit changed: an analysis of a file that follows an analysis of the same file types the
methods whose text changed and leaves the others' bodies untyped, reusing their typing diagnostics.

An editor analyses a file after every keystroke, and a keystroke changes one method. A method that declares its
result type is typed from its own text and the file's outline (declarations, signatures, initialisers, the bodies
of methods whose result is inferred: `syntax.outline`), so when the outline's digest is the same as the previous
analysis's and a method's text is the same (it lies outside the edited bytes), its typing reports what it
reported before, moved by the edit. Such a method's body is left untyped here (as `focus` does for queries) and
its diagnostics are taken from the previous analysis's record, in the same place of the sink as typing it would
have put them; the analysis's diagnostics are those of a fresh analysis.

What an editor reads from typed trees (hover, references, semantic tokens, inlays) needs every body: the analysis
this gives (`LazilyTypedAnalysis`) types the skipped bodies when its `model` or `program` is first read, once, under
a lock, their diagnostics thrown away (they are the recorded ones). Nothing is shared with the previous analysis but
its immutable diagnostics: each analysis has its own symbols and trees, so an older snapshot stays as it was.

Only methods whose typing is known (from the previous analysis) to leave nothing program-wide are skipped: typing a
body that defines a local or anonymous class or object, a local `def`, or that adds to any other of the typer's
program-wide tables (array copies, default arguments, implicit conversions...) is typed every time, and so is a
method with a syntax diagnostic in it. The whole file is typed as before when there is no previous analysis of the
path, the outline changed (an edit in a signature, a field's initialiser or a method without a declared result),
the analysis is focused or of several files, or an order-dependent diagnostic (`missing-type`: a cycle of inferred
methods) appears, since skipping bodies changes the order in which inferred methods are typed.

With the memory intrinsics, their checks follow what each method does with segments and allocators across calls
(summaries, computed to a fixpoint over every body) and report what they find walking each body. The record keeps,
for each method, its summary and the check diagnostics of its body (checks/facts.py) and what it may call; a
skipped method's are taken from there (moved by the edit), and the checks compute only the typed methods'. That
is right while the summaries a skipped method's was made from are unchanged, so: a method on a cycle of calls
through an edited one is typed with it; the callers of an edited method are skipped on the bet that its summary
stays the recorded one, which `Retyping.record` checks after the checks (with the cycles the edit may have made),
the file analysed again in full when the bet is lost.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .. import diagnostics as codes
from ..api import Analysis, ProgramAnalysis
from ..checks.facts import MethodFacts, moved as moved_facts, moved_summary, summary_of
from ..diagnostics import Diagnostic, DiagnosticSink, Fix, Related, TextEdit
from ..source import SourceText, Span, common_length
from ..syntax import ast
from ..syntax.reuse import has_body
from . import tir
from .symbols import MethodSymbol
from .typer import TyperExtension
from .types import ERROR

if TYPE_CHECKING:
    from ..units import SourceSet

# Tables of the typer that typing a body may add to without consequence elsewhere: facts about that body's own
# nodes and spans, and caches of what the outline determines. Any other table that grows while a method is typed
# makes the method one that is always typed again.
_PER_BODY_TABLES = frozenset({
    "node_types", "references", "call_sites", "curried_lists", "curried_taken", "curried_expected",
    "discarded_spans", "method_value_spans", "pattern_types", "non_local_keys", "subclass_equals_known",
    "sealed_cases_known", "self_classes", "_in_progress", "_resolving_aliases",
})


@dataclass(frozen=True)
class MethodRecord:
    """What typing one declared method's body gave: whether it left nothing program-wide (pure) and its
    diagnostics, in the spans of the analysed text."""

    pure: bool
    diagnostics: tuple[Diagnostic, ...]
    clean: bool = True  # parsed without a syntax diagnostic inside it (only then is its tree its text's alone)


@dataclass(frozen=True)
class FileRecord:
    """What the next analysis of a file may reuse: the analysed bytes, the outline's digest, and each declared
    method's record by the span of its definition."""

    data: bytes  # (a program's: each file's, in order)
    outline: str
    methods: dict  # (start, end) of the DefDef -> MethodRecord
    # With the memory intrinsics (both None without): by the span of each method's DefDef, the spans of the
    # definitions it may call (overriders included), and what the checks found of it (checks/facts.MethodFacts).
    calls: dict | None = None
    facts: dict | None = None


class Records:
    """The latest record of each file analysed alone (by path); a few files only, replaced by each analysis."""

    FILES = 32
    enabled = True  # False: every analysis types every body (bench/retype_cpu.py compares both in one process)
    _by_path: "OrderedDict[str, FileRecord]" = OrderedDict()
    _lock = threading.Lock()

    @classmethod
    def get(cls, path: str) -> FileRecord | None:
        with cls._lock:
            return cls._by_path.get(path)

    @classmethod
    def put(cls, path: str, record: FileRecord) -> None:
        with cls._lock:
            cls._by_path[path] = record
            cls._by_path.move_to_end(path)
            while len(cls._by_path) > cls.FILES:
                cls._by_path.popitem(last=False)

    @classmethod
    def forget(cls, path: str | None = None) -> None:
        with cls._lock:
            if path is None:
                cls._by_path.clear()
            else:
                cls._by_path.pop(path, None)


class Edit:
    """The one run of bytes that differs between two texts (their common prefix and suffix aside): maps the old
    text's offsets outside it to the new text's."""

    def __init__(self, old: bytes, new: bytes, base: int = 0, limit: int | None = None) -> None:
        """base: where the texts start in the program's offsets (a file of several, units.SourceSet); limit: where
        the next file starts, whose offsets the edit does not move."""
        self.start = base + common_length(old, new)
        suffix = min(common_length(old, new, from_end=True), min(len(old), len(new)) - (self.start - base))
        self.old_end = base + len(old) - suffix
        self.new_end = base + len(new) - suffix
        self.delta = self.new_end - self.old_end
        self.limit = limit if limit is not None else float("inf")

    @staticmethod
    def between(old, new, program: "SourceSet | None" = None) -> "Edit | None":
        """The edit from one text to another; of a program (its files' texts, program: its files), the edit of
        the one file that differs, or None when several do (an editor sends the edits of one at a time)."""
        if program is None:
            return Edit(old, new)
        changed = [i for i, (a, b) in enumerate(zip(old, new)) if a != b]
        if len(old) != len(new) or len(changed) > 1:
            return None
        i = changed[0] if changed else 0
        return Edit(old[i], new[i], program.base(i), program.base(i + 1))

    def old_span(self, span: Span) -> tuple[int, int] | None:
        """The place in the old text of a new text's span, when the span lies outside the edit (so its text is the
        same there); None when it touches the edit."""
        if span.end < self.start or span.start >= self.limit:
            return span.start, span.end
        if span.start > self.new_end:
            return span.start - self.delta, span.end - self.delta
        return None

    def old_span_of_old(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """An old text's span when it lies outside the edit (its text unchanged), else None."""
        return span if span[1] < self.start or span[0] > self.old_end else None

    def old_span_of_edited(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """The old span of a new text's definition that contains the edit (the inverse of moved_definition)."""
        start, end = span
        return (start, end - self.delta) if start <= self.start and self.new_end <= end else None

    def moved_definition(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """An old text's definition span in the new text: moved when outside the edit, its end moved when the
        edit lies inside it; None when it straddles the edit's bounds."""
        start, end = span
        if end <= self.start or start >= self.limit:
            return span
        if start >= self.old_end:
            return start + self.delta, end + self.delta
        if start <= self.start and self.old_end <= end:
            return start, end + self.delta
        return None

    def moved(self, span: Span) -> Span | None:
        """An old text's span in the new text, when it lies outside the edit; None when it touches it."""
        if span.end <= self.start or span.start >= self.limit:
            return span
        if span.start >= self.old_end:
            return Span(span.start + self.delta, span.end + self.delta)
        return None

    def moved_diagnostic(self, d: Diagnostic) -> Diagnostic | None:
        span = self.moved(d.span)
        if span is None:
            return None
        related = []
        for r in d.related:
            moved = self.moved(r.span) if r.path is None else r.span
            if moved is None:
                return None
            related.append(r if moved is r.span else Related(moved, r.message, r.path))
        fixes = []
        for f in d.fixes:
            edits = []
            for e in f.edits:
                moved = self.moved(e.span)
                if moved is None:
                    return None
                edits.append(e if moved is e.span else TextEdit(moved, e.new_text))
            fixes.append(Fix(f.title, tuple(edits)))
        if span is d.span and self.delta == 0:
            return d
        return replace(d, span=span, related=tuple(related), fixes=tuple(fixes))


def _candidate(method: MethodSymbol) -> bool:
    """A method whose body may be skipped: a member `def` that declares its result type and has a body."""
    defn = method.defn
    return isinstance(defn, ast.DefDef) and defn.ret is not None and has_body(defn) \
        and not method.is_local and method.lazy_cells is None and method.result is not None \
        and defn.name != "this"


class Retyping:
    """One analysis's use of the previous record (when its outline is the same) and the making of the next one."""

    def __init__(self, source: SourceText, outline: str, previous: FileRecord | None, memory: bool = False,
                 program: "SourceSet | None" = None) -> None:
        """program: the files of a program analysed together (without the memory intrinsics), source the first:
        recorded as one, by their paths, and an edit of one file of them is as an edit of a file alone (the
        program's files lie apart in its offsets, units.SourceSet)."""
        self.source = source
        self.key = source.path if program is None else "\0".join(s.path for s in program)
        self.data = source.data if program is None else tuple(s.data for s in program)
        self.outline = outline
        self.memory = memory
        if previous is not None and (previous.outline != outline or memory != (previous.calls is not None)):
            previous = None
        self.edit = Edit.between(previous.data, self.data, program) if previous is not None else None
        self.previous = previous if self.edit is not None else None
        # With the memory intrinsics, a method both called (through others) by an edited method and calling one is
        # typed again: its summary and the edited method's may depend on each other (see `record`).
        self.cycles = _through_edited(self.previous.calls, self.edit) if memory and self.previous is not None \
            else set()
        self.seeds: dict[MethodSymbol, MethodFacts] = {}  # a skipped method -> its checks' facts, moved
        self.typed: list[MethodSymbol] = []  # every method typed here, in order (their calls are recorded)
        self.records: dict[tuple[int, int], MethodRecord] = {}
        self.skipped: list[MethodSymbol] = []
        self._skipped_ids: set[int] = set()
        self.typer = None
        self.sink: DiagnosticSink | None = None
        self.typing_from = 0  # where typing's diagnostics start in the sink
        self._stack: list = []  # the methods and fields being typed, innermost last
        self._mark = 0  # diagnostics before this index are attributed
        self._owned: dict[int, list[Diagnostic]] = {}  # id(method) -> the diagnostics its own typing reported
        self._sizes: dict[int, tuple] = {}  # id(method) -> the program-wide tables' sizes when its typing began
        self._watched: tuple[str, ...] = ()
        self.unsettled = False  # a method reported a diagnostic outside itself (see _leave)

    @staticmethod
    def begin(source: SourceText, unit, memory: bool = False) -> "Retyping":
        """memory: the file uses the memory intrinsics, and the analysis runs their checks (`record` is then
        called with their summaries)."""
        from ..syntax.outline import outline_digest

        return Retyping(source, outline_digest(unit), Records.get(source.path), memory)

    @staticmethod
    def begin_program(files: "SourceSet", units: list) -> "Retyping":
        """For a program of several files without the memory intrinsics (see __init__)."""
        from ..syntax.outline import outline_digest

        outline = "\x1f".join(outline_digest(unit) for unit in units)
        return Retyping(files.sources[0], outline, Records.get("\0".join(s.path for s in files)), program=files)

    def attach(self, typer, sink: DiagnosticSink) -> TyperExtension:
        """Watch typer's typing of each method (what it reports, what it adds program-wide) and return the
        extension (to be last) that skips the unchanged methods."""
        self.typer = typer
        self.sink = sink
        self.typing_from = self._mark = len(sink.items)
        # Error recovery may convert the same text differently when the text around it changed: a method with a
        # syntax diagnostic is typed every time (as syntax/reuse.py converts it every time).
        self._syntax_spans = [d.span for d in sink.items]
        self._watched = tuple(name for name, value in vars(typer).items()
                              if isinstance(value, (dict, list, set)) and name not in _PER_BODY_TABLES)
        check_method, field_initializer = typer.check_method, typer.field_initializer

        def watched_check_method(method):
            if method.body is not None or method in typer._in_progress:
                return check_method(method)
            self._enter(method)
            try:
                return check_method(method)
            finally:
                self._leave(method)

        def watched_field_initializer(sym, ctx):
            self._enter(sym)  # typed on first use, perhaps inside a method: what it reports is not the method's
            try:
                return field_initializer(sym, ctx)
            finally:
                self._leave(None)

        typer.check_method = watched_check_method
        typer.field_initializer = watched_field_initializer
        return SkipUnchanged(self)

    def _sizes_now(self) -> tuple:
        typer, program = self.typer, self.typer.program
        return (*(len(getattr(typer, name) or ()) for name in self._watched),
                len(program.classes), len(program.objects), len(program.local_methods))

    def _flush(self) -> None:
        items = self.sink.items
        if len(items) > self._mark:
            top = self._stack[-1] if self._stack else None
            if top is not None:
                self._owned.setdefault(id(top), []).extend(items[self._mark:])
            self._mark = len(items)

    def _enter(self, who) -> None:
        self._flush()
        self._stack.append(who)
        if isinstance(who, MethodSymbol) and len(self._stack) == 1 and _candidate(who):
            self._sizes[id(who)] = None  # (taken when it is typed: `SkipUnchanged.check_method`)

    def _leave(self, method) -> None:
        self._flush()
        who = self._stack.pop()
        if method is not None and isinstance(method.defn, ast.DefDef) and id(method) not in self._skipped_ids \
                and method.body is not None:
            self.typed.append(method)
        before = self._sizes.pop(id(who), None)
        if method is None or before is None or method.body is None or id(method) in self._skipped_ids:
            return
        span = method.defn.span
        owned = tuple(self._owned.pop(id(who), ()))
        if not all(span.start <= d.span.start and d.span.end <= span.end for d in owned):
            # A diagnostic outside the method (an import that does not resolve) is reported by whichever method
            # first needs it: which one that is depends on which are typed. Nothing of this analysis is recorded.
            self.unsettled = True
        self.records[(span.start, span.end)] = MethodRecord(before == self._sizes_now(), owned, self._clean(span))

    def _clean(self, span: Span) -> bool:
        return not any(s.start <= span.end and span.start <= s.end for s in self._syntax_spans)

    def reuse(self, method: MethodSymbol) -> bool:
        """Skip method's body when its text is unchanged and its last typing was pure: its recorded diagnostics go
        to the sink now, where typing it would have reported them."""
        if self.edit is None or len(self._stack) != 1 or not _candidate(method):
            return False
        span = method.defn.span
        old = self.edit.old_span(span)
        if old is None:
            return False
        record = self.previous.methods.get(old)
        if record is None or not record.pure or not record.clean or not self._clean(span):
            return False
        facts = None
        if self.memory:
            facts = self.previous.facts.get(old) if old not in self.cycles else None
            facts = moved_facts(facts, self.edit, self.source) if facts is not None else None
            if facts is None or any("x$" in r.diagnostic.message for r in facts.reported):
                return False  # (as below)
        moved = [self.edit.moved_diagnostic(d) for d in record.diagnostics]
        if any(d is None or "x$" in d.message for d in moved):
            return False  # a diagnostic that spans the edit, or names a placeholder the edit may have renumbered
        self._flush()
        self.sink.items.extend(moved)
        self._mark = len(self.sink.items)  # the method's own: recorded below, not attributed to an enclosing one
        method.body = tir.ErrorNode(span, ERROR)  # (not the body's span: reading a moved body copies it)
        self.skipped.append(method)
        self._skipped_ids.add(id(method))
        self.records[(span.start, span.end)] = MethodRecord(True, tuple(moved), True)
        if facts is not None:
            self.seeds[method] = facts
        return True

    def finish(self) -> bool:
        """After typing: record what the next analysis may reuse. False when the file must be typed again in full
        (an order-dependent diagnostic appeared while bodies were skipped)."""
        self._flush()
        typed = self.sink.items[self.typing_from:]
        if any(d.code == codes.MISSING_TYPE.name for d in typed):
            Records.forget(self.key)
            self.memory = False  # (nothing to record after the checks either)
            return not self.skipped
        if self.unsettled:  # (its diagnostics are right: the record it followed had no such diagnostic)
            Records.forget(self.source.path)
            self.memory = False
            return True
        if not self.memory:
            Records.put(self.key, FileRecord(self.data, self.outline, self.records))
        return True

    def record(self, checks) -> bool:
        """With the memory intrinsics, after their checks (which took the skipped methods' facts from the record,
        `self.seeds`): record what the checks found of each method and what each may call. Returns False when the
        facts taken may be wrong (the bet lost: see `_bet_won`); the analysis must then be made again in full."""
        if not self.memory:
            return True
        from ..checks.memory import library_owners

        summaries, nodes_of, edit = checks.summaries, checks.nodes_of, self.edit
        calls: dict[tuple[int, int], tuple] = {}
        facts: dict[tuple[int, int], MethodFacts] = {}
        edited: set[tuple[int, int]] = set()
        changed: set[tuple[int, int]] = set()  # typed methods whose summary is not the recorded one
        old_by_start: dict[int, tuple[int, int]] | None = None
        for method in self.typed:
            nodes = nodes_of(method.body) if isinstance(method.body, tir.Expr) else []
            targets: set[tuple[int, int]] = set()
            for n in nodes:
                if isinstance(n, tir.Call):
                    for t in summaries.targets(n):
                        if isinstance(t.defn, ast.DefDef) and not getattr(t.owner, "from_prelude", False):
                            targets.add((t.defn.span.start, t.defn.span.end))
            span = method.defn.span
            key = (span.start, span.end)
            calls[key] = tuple(targets)
            found = facts[key] = MethodFacts(summary_of(summaries, method), tuple(checks.reported.get(method, ())),
                                             any(isinstance(n, tir.MemoryScope) for n in nodes),
                                             library_owners(nodes))
            if edit is None:
                continue
            old = edit.old_span(span)
            if old is None:
                # An edited definition: the same start as before (the edit is inside it), but where error
                # recovery ends it may have moved otherwise than by the edit's length.
                edited.add(key)
                if old_by_start is None:
                    old_by_start = {k[0]: k for k in self.previous.facts}
                old = old_by_start.get(span.start)
            before = self.previous.facts.get(old) if old is not None else None
            before = moved_summary(before.summary, edit) if before is not None else None
            if before != found.summary:
                changed.add(key)
        by_start = {k[0]: k for k in calls} if edited else {}
        for method in self.skipped:  # (carried over from the record before, moved by the edit)
            span = method.defn.span
            targets = []
            for t in self.previous.calls.get(edit.old_span(span), ()):
                moved = edit.moved_definition(t)
                if moved is None:  # a call into a definition the edit reshaped: not known to be the same
                    Records.forget(self.key)
                    return False
                targets.append(by_start.get(moved[0], moved) if moved not in calls else moved)
            calls[(span.start, span.end)] = tuple(targets)
            facts[(span.start, span.end)] = self.seeds[method]
        if self.skipped and not _bet_won(calls, {(m.defn.span.start, m.defn.span.end) for m in self.skipped},
                                         edited, changed):
            Records.forget(self.key)
            return False
        Records.put(self.key, FileRecord(self.data, self.outline, self.records, calls, facts))
        return True


def _closure(start, graph: dict) -> set:
    """Everything reached from start's members' edges in graph (node -> nodes), start not included unless so."""
    found: set = set()
    pending = [t for node in start for t in graph.get(node, ())]
    while pending:
        node = pending.pop()
        if node not in found:
            found.add(node)
            pending.extend(graph.get(node, ()))
    return found


def _callers(calls: dict) -> dict:
    callers: dict = {}
    for caller, targets in calls.items():
        for target in targets:
            callers.setdefault(target, []).append(caller)
    return callers


def _through_edited(calls: dict, edit: Edit) -> set[tuple[int, int]]:
    """The old definitions on a cycle of calls through one the edit touched (called by one, directly or through
    others, and calling one)."""
    edited = {span for span in calls if edit.old_span_of_old(span) is None}
    if not edited:
        return set()
    return _closure(edited, calls) & _closure(edited, _callers(calls))


def _bet_won(calls: dict, skipped: set, edited: set, changed: set) -> bool:
    """Whether the facts of the skipped methods taken from the record are what a fresh analysis finds, given the
    new text's calls (a skipped method's are the recorded ones). They are when (1) no typed method that a skipped
    one may call, directly or through others, has a summary other than its recorded one (the summaries a skipped
    method's depend on are then the ones it was made from), and (2) no skipped method is on a cycle of calls
    through an edited one (where (1) could hold only because the skipped method's recorded summary fed the
    edited one's: `__init__` types the old cycles, an edit may make new ones). The checks then found what a fresh
    analysis finds, layer by layer of the call graph from the callees up: the methods calling no edited one have
    their recorded facts; the edited ones and the typed ones on cycles through them depend only on those and on
    each other; the skipped methods calling them depend on summaries that (1) says are the recorded ones."""
    if not changed and not edited:
        return True
    callers = _callers(calls)
    if skipped & _closure(changed, callers):  # (the skipped methods calling a changed one, through others)
        return False
    ahead = skipped & _closure(edited, calls)
    return not (ahead and ahead & _closure(edited, callers))


class SkipUnchanged(TyperExtension):
    """The typer extension (last in the list) that leaves the bodies of unchanged methods untyped."""

    def __init__(self, retyping: Retyping) -> None:
        self.retyping = retyping

    def check_method(self, typer, method: MethodSymbol) -> bool:
        retyping = self.retyping
        if retyping.reuse(method):
            return True
        if id(method) in retyping._sizes:  # typed now (this extension is the last): what it adds starts here
            retyping._sizes[id(method)] = retyping._sizes_now()
        return False


class _UntypedBodies:
    """What an analysis that left bodies untyped has of them: reading `model` or `program` types them first (once,
    under a lock; their diagnostics are already among the analysis's). `model_as_is` does not."""

    def _untyped_bodies(self, skipped: list[MethodSymbol] | None, shared: "_UntypedBodies | None") -> None:
        """shared: the analysis of the same typing (a program's) whose untyped bodies these are too."""
        self._skipped = shared._skipped if shared is not None else skipped
        self._lock = shared._lock if shared is not None else threading.Lock()

    @property
    def model(self):
        self._complete()
        return self._model

    @model.setter
    def model(self, value) -> None:
        self._model = value

    @property
    def program(self):
        self._complete()
        return self._program

    @program.setter
    def program(self, value) -> None:
        self._program = value

    @property
    def model_as_is(self):
        return self._model

    @property
    def complete(self) -> bool:
        """Whether every body is typed (reading `model` or `program` costs nothing more)."""
        return not self._skipped

    def complete_typing(self, abandon=None) -> bool:
        """Type the skipped bodies now (the language server does it on a worker thread, not in a request handler
        on its event loop). abandon: asked every few bodies; True leaves the rest for later. Returns complete."""
        if self._skipped:
            from ..pipeline import _gc_paused  # as for the analysis: typing allocates much and frees little

            with self._lock, _gc_paused():
                while self._skipped:
                    type_bodies(self._model, self._skipped[-16:])
                    del self._skipped[-16:]
                    if abandon is not None and self._skipped and abandon():
                        break
        return not self._skipped

    def _complete(self) -> None:
        if self._skipped:
            self.complete_typing()

    @contextmanager
    def untyped(self):
        """The model as it is and the methods still untyped, while no other thread types any (ide/token_reuse.py
        takes the untyped methods' tokens from the file's last ones); `type_now` types some of them meanwhile."""
        with self._lock:
            yield self._model, list(self._skipped)

    def type_now(self, methods: list[MethodSymbol]) -> None:
        """Inside `untyped`: type these untyped methods' bodies."""
        from ..pipeline import _gc_paused

        with _gc_paused():
            type_bodies(self._model, methods)
        typed = {id(m) for m in methods}
        self._skipped[:] = [m for m in self._skipped if id(m) not in typed]

    @property
    def program_as_is(self):
        return self._program


class LazilyTypedAnalysis(_UntypedBodies, Analysis):
    """An analysis whose unchanged methods' bodies were not typed (see _UntypedBodies); shared: the program's
    analysis it is one file of (server/workspace.py)."""

    def __init__(self, *args, skipped: list[MethodSymbol] | None = None, shared=None, **kwargs) -> None:
        self._untyped_bodies(skipped, shared)
        super().__init__(*args, **kwargs)

    def typed_around(self, offset: int) -> Analysis:
        """For a query about one place (a hover): this analysis with the skipped body around offset typed, as a
        plain Analysis whose model and program are read as they are (the other skipped bodies stay untyped, so a
        hover costs one method, not the file). It keeps this analysis alive while it is read."""
        return self.typed_within(offset, offset)

    def typed_within(self, start: int, end: int) -> Analysis:
        """The same for a query about the part start..end of the file (inlay hints of the lines shown): the skipped
        bodies that overlap it typed."""
        if self._skipped:
            with self._lock:
                found = [m for m in self._skipped if m.defn.span.start <= end and start <= m.defn.span.end]
                if found:
                    self.type_now(found)
        view = Analysis(self.source, self.diagnostics, self.unit, self._model, self._program, self.files,
                        self.program_diagnostics, self.units)
        view.whole = self  # the view's readers keep the analysis (and so its model) from being released
        return view


class LazilyTypedProgramAnalysis(_UntypedBodies, ProgramAnalysis):
    """A program's analysis whose unchanged methods' bodies were not typed (see _UntypedBodies)."""

    def __init__(self, *args, skipped: list[MethodSymbol], **kwargs) -> None:
        self._untyped_bodies(skipped, None)
        super().__init__(*args, **kwargs)


def type_bodies(typer, methods: list[MethodSymbol]) -> None:
    """Type the bodies left untyped (SkipUnchanged must no longer skip them), reporting into a sink nobody reads."""
    from ..syntax.caseclasses import SyntheticSpan

    memory = False
    for ext in typer.extensions:
        if isinstance(ext, SkipUnchanged):
            ext.retyping.edit = None  # skips nothing more
            memory = ext.retyping.memory
    for name in ("check_method", "field_initializer"):
        typer.__dict__.pop(name, None)  # Retyping's watchers: nothing more to record
    sink, typer.sink = typer.sink, DiagnosticSink()
    known = len(typer.references)
    try:
        for method in methods:
            method.body = None
            typer.check_method(method)
    finally:
        typer.sink = sink
    if memory:  # the range analysis's facts on the bodies' segment accesses (the hover explains them)
        from ..intrinsics.ranges import analyze_body

        for method in methods:
            analyze_body(method.body)
    typer.references[known:] = [r for r in typer.references[known:] if not isinstance(r[0], SyntheticSpan)]
