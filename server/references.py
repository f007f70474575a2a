"""References, document highlights and rename: the compiler's symbol index turned into LSP locations and edits."""
from __future__ import annotations

import threading
from collections import OrderedDict

from lsprotocol import types
from pygls import uris
from pygls.exceptions import JsonRpcException

from scalawasi.compiler.ide.rename import plan_rename
from scalawasi.compiler.ide.symbols import SymbolIndex
from scalawasi.compiler.ide.syntax_walk import chain_at, walk
from scalawasi.compiler.source import Span
from scalawasi.compiler.syntax import ast
from scalawasi.compiler.units import SourceSet

from .positions import range_of

_PER_ANALYSIS: "OrderedDict[tuple[int, str], tuple[object, object]]" = OrderedDict()
_LOCK = threading.Lock()


def per_analysis(analysis, what: str, build):
    """build(analysis), computed once per analysis and kind of answer (the last few analyses are kept: requests
    about one text come in bursts, and each analysis is immutable)."""
    key = (id(analysis), what)
    with _LOCK:
        cached = _PER_ANALYSIS.get(key)
        if cached is not None and cached[0] is analysis:
            _PER_ANALYSIS.move_to_end(key)
            return cached[1]
    value = build(analysis)
    with _LOCK:
        _PER_ANALYSIS[key] = (analysis, value)
        while len(_PER_ANALYSIS) > 8:
            _PER_ANALYSIS.popitem(last=False)
    return value


def index_of(analysis) -> SymbolIndex:
    """The symbol index of an analysis."""
    return per_analysis(analysis, "symbols", SymbolIndex.of_analysis)


def _files(snap) -> SourceSet:
    return snap.analysis.files or SourceSet([snap.source])


def _uri(snap, path: str) -> str:
    return snap.uri if path == snap.source.path else (uris.from_fs_path(path) or path)


def _locations(snap, spans: list[Span]) -> list[types.Location]:
    files = _files(snap)
    found = []
    for span in spans:
        source, local = files.local(span)
        found.append(types.Location(uri=_uri(snap, source.path), range=range_of(source, local)))
    return found


def references(snap, offset: int, include_declaration: bool) -> list[types.Location] | None:
    index = index_of(snap.analysis)
    entity = index.at(offset)
    if entity is None:
        return None
    spans = entity.occurrences if include_declaration else sorted(entity.uses, key=lambda s: s.start)
    return _locations(snap, spans)


def highlights(snap, offset: int) -> list[types.DocumentHighlight] | None:
    """The entity's occurrences in this document: its definition and assignments as writes, the rest as reads."""
    index = index_of(snap.analysis)
    entity = index.at(offset)
    if entity is None:
        return None
    size = len(snap.source.data)  # this document is the program's first file: its spans are its own offsets
    writes = _assigned(snap.analysis.unit) | {entity.definition}
    return [types.DocumentHighlight(range=range_of(snap.source, s),
                                    kind=types.DocumentHighlightKind.Write if s in writes
                                    else types.DocumentHighlightKind.Read)
            for s in entity.occurrences if s.end <= size]


NOT_LOCAL = object()


def local_highlights(snap, offset: int):
    """highlights() for an analysis that typed only the method at offset (`LazilyTypedAnalysis.typed_around`):
    exact when the entity there is defined inside that method's body (a local: all its uses are there), else
    NOT_LOCAL (the whole file must be typed to find the uses)."""
    method = next((n for n in chain_at(snap.analysis.unit, offset) if isinstance(n, ast.DefDef)), None)
    body = method.body if method is not None else None
    index = index_of(snap.analysis)
    entity = index.at(offset)
    if entity is None and (body is None or body.span.start <= offset <= body.span.end):
        return None  # (in a typed body or outside every method: every use there is indexed)
    if entity is None or body is None or not body.span.covers(entity.definition):
        return NOT_LOCAL
    writes = _assigned(method) | {entity.definition}
    return [types.DocumentHighlight(range=range_of(snap.source, s),
                                    kind=types.DocumentHighlightKind.Write if s in writes
                                    else types.DocumentHighlightKind.Read)
            for s in entity.occurrences]


def _assigned(unit) -> set[Span]:
    """The name spans that assignments write (`x = ...`, `p.y += ...`)."""
    found: set[Span] = set()
    if unit is None:
        return found
    for node in walk(unit):
        if isinstance(node, (ast.Assign, ast.CompoundAssign)):
            target = node.target
            if isinstance(target, ast.Ident):
                found.add(target.span)
            elif isinstance(target, ast.Select):
                found.add(target.name_span)
    return found


def prepare_rename(snap, offset: int) -> types.PrepareRenamePlaceholder | None:
    index = index_of(snap.analysis)
    plan = plan_rename(index, offset)
    if plan.entity is None:
        return None
    if plan.problem is not None:
        raise RenameRefused(plan.problem)
    here = next((s for s in plan.spans if s.start <= offset <= s.end and s.end <= len(snap.source.data)), None)
    if here is None:
        return None
    return types.PrepareRenamePlaceholder(range=range_of(snap.source, here), placeholder=plan.entity.name)


def rename(snap, offset: int, new_name: str) -> types.WorkspaceEdit | None:
    plan = plan_rename(index_of(snap.analysis), offset, new_name)
    if plan.entity is None:
        return None
    if plan.problem is not None:
        raise RenameRefused(f"cannot rename `{plan.entity.name}` to `{new_name}`: {plan.problem}")
    changes: dict[str, list[types.TextEdit]] = {}
    for location in _locations(snap, plan.spans):
        changes.setdefault(location.uri, []).append(types.TextEdit(range=location.range, new_text=new_name))
    return types.WorkspaceEdit(changes=changes)


class RenameRefused(JsonRpcException):
    """A rename the server will not do; the client shows the message (LSP's RequestFailed)."""

    CODE = -32803
