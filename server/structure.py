"""Folding ranges, selection ranges, workspace symbols, document links and the refactoring code actions: the
compiler's `ide` answers (byte spans) turned into LSP lines, ranges and edits."""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from lsprotocol import types
from pygls import uris

from scalawasi.compiler.ide import actions, structure
from scalawasi.compiler.ide.tokens import semantic_tokens
from scalawasi.compiler.source import SourceText, Span

from .diagnostics import docs_href
from .positions import range_of
from .references import index_of

_FOLD_KINDS = {"comment": types.FoldingRangeKind.Comment, "imports": types.FoldingRangeKind.Imports,
               "region": types.FoldingRangeKind.Region}


def _lexical(source: SourceText):
    return semantic_tokens(source.data)  # comments are all folding and links need: no analysis


def folding_ranges(snap) -> list[types.FoldingRange]:
    """One range per starting line (the outermost), ending above a closing brace on its own line so it stays
    visible."""
    source = snap.source
    by_line: dict[int, types.FoldingRange] = {}
    for fold in structure.folds(snap.analysis.unit, _lexical(source)):
        if fold.span.end > len(source.data):
            continue
        start = source.line_index(fold.span.start)
        last = max(fold.span.start, fold.span.end - 1)
        end = source.line_index(last)
        if fold.kind == "region" and source.data[last:last + 1] in (b"}", b")") and \
                not source.line_bytes(end)[:max(0, last - source.line_starts[end])].strip():
            end -= 1
        if end <= start:
            continue
        known = by_line.get(start)
        if known is None or known.end_line < end:
            by_line[start] = types.FoldingRange(start_line=start, end_line=end, kind=_FOLD_KINDS[fold.kind])
    return [by_line[line] for line in sorted(by_line)]


def selection_ranges(snap, positions: list[types.Position]) -> list[types.SelectionRange]:
    from .positions import offset_of

    index = index_of(snap.analysis) if snap.analysis.model is not None else None
    size = len(snap.source.data)
    result = []
    for position in positions:
        offset = offset_of(snap.source, position)
        spans = [s for s in structure.selection_spans(snap.analysis.unit, offset, index) if s.end <= size]
        if not spans:
            spans = [Span(offset, offset)]
        parent = None
        for span in reversed(spans):
            parent = types.SelectionRange(range=range_of(snap.source, span), parent=parent)
        result.append(parent)
    return result


def document_links(snap, tooltips: bool) -> list[types.DocumentLink]:
    """Each diagnostic code written in a comment (`// expect: error segment-escape`) links to its section of
    docs/diagnostics.md."""
    source = snap.source
    return [types.DocumentLink(range=range_of(source, span), target=docs_href(code),
                               tooltip=f"What `{code}` means (docs/diagnostics.md)" if tooltips else None)
            for span, code in structure.code_mentions(source.data, _lexical(source)) if docs_href(code) is not None]


def code_actions(snap, span: Span) -> list[types.CodeAction]:
    index = index_of(snap.analysis) if snap.analysis.model is not None else None
    found = []
    for action in actions.actions_at(snap.source.data, snap.analysis.unit, index, span):
        edits = [types.TextEdit(range=range_of(snap.source, s), new_text=text) for s, text in action.edits]
        found.append(types.CodeAction(
            title=action.title, kind=types.CodeActionKind(action.kind),
            edit=types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(
                text_document=types.OptionalVersionedTextDocumentIdentifier(uri=snap.uri, version=snap.version),
                edits=edits)])))
    return found


_KINDS = {"object": types.SymbolKind.Module, "class": types.SymbolKind.Class, "method": types.SymbolKind.Method,
          "field": types.SymbolKind.Field, "variable": types.SymbolKind.Variable,
          "type": types.SymbolKind.TypeParameter}


class WorkspaceSymbols:
    """Definitions of every Scala file the workspace knows (the projects' files and the open documents), parsed
    only (no typing needed for names), each file parsed again only when its text changed."""

    def __init__(self) -> None:
        self._parsed: "OrderedDict[str, tuple[str, SourceText, list]]" = OrderedDict()
        self._lock = threading.Lock()

    def search(self, query: str, texts: dict[str, str], limit: int = 500) -> list[types.WorkspaceSymbol]:
        found: list[types.WorkspaceSymbol] = []
        for path, text in texts.items():
            source, defs = self._definitions(path, text)
            uri = uris.from_fs_path(path) or path
            for d in defs:
                if structure.matches(query, d.name):
                    found.append(types.WorkspaceSymbol(
                        name=d.name, kind=_KINDS.get(d.kind, types.SymbolKind.Variable), container_name=d.container,
                        location=types.Location(uri=uri, range=range_of(source, d.name_span))))
                    if len(found) >= limit:
                        return found
        return found

    def _definitions(self, path: str, text: str) -> tuple[SourceText, list]:
        digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
        with self._lock:
            cached = self._parsed.get(path)
        if cached is not None and cached[0] == digest:
            return cached[1], cached[2]
        from scalawasi.compiler.diagnostics import DiagnosticSink
        from scalawasi.compiler.syntax.parser import parse

        source = SourceText(text, path)
        defs = structure.definitions(parse(source, DiagnosticSink()))
        with self._lock:
            self._parsed[path] = (digest, source, defs)
            while len(self._parsed) > 2000:
                self._parsed.popitem(last=False)
        return source, defs
