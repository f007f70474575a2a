"""Semantic tokens of an analysis that typed only the edited methods (semantics/retype.py), without typing the rest.

An editor asks for a file's tokens after every keystroke. The tokens inside a method that declares its result type
follow from its text and the file's outline (what each name it uses is: a parameter, a field, a method...), and
from the kind of the outside entities it uses, which every use in the file may decide (a class parameter a method
reads is a field: `SymbolIndex.add_use`). So each file's last tokens are kept by method (`TokenRecord`: relative
to the method, with the uses it makes of outside entities and what those entities were); the tokens of an analysis
that left a method untyped take that method's tokens from the record when the outline is the same and the method's
text is (it lies outside the edited bytes), after adding its recorded uses to the index, and checking that every
outside entity it uses is still what it was. Only the rest of the file (the outline, the typed methods) is indexed
and scanned, and the untyped bodies stay untyped (and uncopied, when an edit moved them).

Anything else (no record, another outline, a method without a record, an entity that changed) types the file's
bodies and makes the tokens in full, as before; both give the tokens of a fresh analysis of the text.
"""
from __future__ import annotations

import threading
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass

from ..semantics.retype import Edit, Records
from ..source import Span
from ..syntax import ast
from ..syntax.caseclasses import is_synthetic
from ..syntax.reuse import has_body
from ..units import SourceSet
from .symbols import SymbolIndex
from .tokens import Token, semantic_tokens


@dataclass(frozen=True)
class MethodTokens:
    """One method's tokens, where the method started when they were made (`at`: they move with it), and the uses
    it makes of entities defined outside it: (start, end relative to the method, definition start, end, name,
    kind, mutable, the entity's kind and mutability once every use of the file was added)."""

    tokens: list[Token]
    at: int
    uses: tuple[tuple, ...]


@dataclass(frozen=True)
class TokenRecord:
    data: bytes  # (a program's: each file's, in order)
    outline: str
    methods: dict  # (start, end) of the DefDef -> MethodTokens


class TokenRecords(Records):
    """The latest tokens of each file or program (by its key), a few only: Records' store, with a table of its
    own."""

    FILES = 8
    _by_path: "OrderedDict[str, TokenRecord]" = OrderedDict()
    _lock = threading.Lock()


class Uses:
    """The index's uses, by the method (of those given, in order) whose span holds them."""

    def __init__(self, methods: list[tuple[int, int]]) -> None:
        self.methods = methods
        self.starts = [start for start, _ in methods]
        self.found: dict[tuple[int, int], list] = {}

    def __call__(self, used: Span, definition: Span, name: str, kind: str, mutable: bool) -> None:
        i = bisect_right(self.starts, used.start) - 1
        if i < 0:
            return
        start, end = self.methods[i]
        if used.end <= end and not (start <= definition.start and definition.end <= end):
            self.found.setdefault((start, end), []).append(
                (used.start - start, used.end - start, definition.start, definition.end, name, kind, mutable))


def semantic_tokens_of(analysis) -> list[Token]:
    """The tokens of an `api.Analysis`: the untyped methods' kept from the file's last tokens when that holds (see
    the module's docstring), else made after typing every body. Either way the file's tokens are recorded."""
    from ..pipeline import _gc_paused

    with _gc_paused():  # (as for an analysis: tens of thousands of tokens and tuples that all live on)
        return _tokens_of(analysis)


def _tokens_of(analysis) -> list[Token]:
    files = analysis.files or SourceSet([analysis.source])
    units = analysis.units if len(files) > 1 else [analysis.unit]
    if analysis.unit is None or any(unit is None for unit in units):
        model = analysis.model
        index = SymbolIndex.of_analysis(analysis) if model is not None else None
        return semantic_tokens(analysis.source.data, index, analysis.unit, getattr(model, "node_types", None))
    from ..syntax.outline import outline_digest

    # (a program's: every file's outline, and the uses its other files make of this one's entities are kept too)
    outline = "\x1f".join(outline_digest(unit) for unit in units)
    key = "\0".join(s.path for s in files)
    data = files.sources[0].data if len(files) == 1 else tuple(s.data for s in files)
    if not getattr(analysis, "complete", True):
        found = _with_kept(analysis, files, units, key, data, outline)
        if found is not None:
            return found
    model = analysis.model  # (types the bodies left untyped)
    methods = _methods(units)
    uses = Uses(methods)
    index = SymbolIndex(model, files, units, on_use=uses) if model is not None else None
    tokens = semantic_tokens(analysis.source.data, index, analysis.unit, getattr(model, "node_types", None))
    if index is not None:
        _record(key, data, outline, tokens, methods, uses, index, {})
    return tokens


def _with_kept(analysis, files: SourceSet, units: list, key: str, data, outline: str) -> list[Token] | None:
    """The tokens with the untyped methods' taken from the record, or None when that does not hold."""
    source = analysis.source
    record = TokenRecords.get(key)
    if record is None or record.outline != outline:
        return None
    edit = Edit.between(record.data, data, files if len(files) > 1 else None)
    if edit is None:
        return None
    with analysis.untyped() as (model, untyped):
        kept: dict[int, tuple] = {}  # id(defn) -> (new span, MethodTokens)
        missing = []
        for method in untyped:
            if is_synthetic(method.defn):
                continue  # a case class's generated method: no text, and no use of its own (typer.check)
            span = method.defn.span
            old = edit.old_span(span)
            entry = record.methods.get(old) if old is not None else None
            if entry is None:
                missing.append(method)
            else:
                kept[id(method.defn)] = ((span.start, span.end), entry)
        if missing:
            analysis.type_now(missing)  # (a method new since the record: typed here, one at a time)
        methods = _methods(units)
        uses = Uses(methods)
        index = SymbolIndex(model, files, units, frozenset(kept), on_use=uses)
        checks = []
        carried = {}  # the kept methods' entries, their uses' definitions moved by the edit
        for (start, end), entry in kept.values():
            moved = []
            for use in entry.uses:
                definition = edit.moved(Span(use[2], use[3]))
                if definition is None:
                    return None  # an entity the edit touched (which the outline should have told)
                index.add_use(None, definition, use[4], use[5], use[6])  # (its token is kept)
                checks.append((definition, use[7], use[8]))
                moved.append((use[0], use[1], definition.start, definition.end, *use[4:]))
            carried[(start, end)] = MethodTokens(entry.tokens, entry.at, tuple(moved))
        for definition, kind, mutable in checks:
            entity = index.entities.get(definition)
            if entity is None or entity.kind != kind or entity.mutable != mutable:
                return None  # the edit changed what an outside entity a kept method uses is
        size = len(source.data)  # (the other files' methods have no tokens here: this file's are the first's)
        regions = sorted((start, end, _moved(entry.tokens, start - entry.at))
                         for (start, end), entry in kept.values() if end <= size)
        tokens = semantic_tokens(source.data, index, analysis.unit, model.node_types, regions)
        _record(key, data, outline, tokens, methods, uses, index, carried)
        return tokens


def _moved(tokens: list[Token], delta: int) -> list[Token]:
    return tokens if delta == 0 else [Token(t.start + delta, t.end + delta, t.kind, t.modifiers) for t in tokens]


def _methods(units: list) -> list[tuple[int, int]]:
    """The spans of the methods an analysis may leave untyped (members that declare their result type), in order."""
    found = []
    pending = [d for unit in units for d in unit.defs]
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.ObjectDef, ast.ClassDef)):
            pending.extend(node.body)
        elif isinstance(node, ast.DefDef) and node.ret is not None and has_body(node) and not is_synthetic(node):
            found.append((node.span.start, node.span.end))
    found.sort()
    return found


def _record(key: str, data, outline: str, tokens: list[Token], methods: list[tuple[int, int]], uses: Uses,
            index: SymbolIndex, kept: dict) -> None:
    """Keep the file's tokens by method: the kept methods' entries as they were, the others' cut from tokens."""
    entries = {}
    starts = [t.start for t in tokens]
    for start, end in methods:
        entry = kept.get((start, end))
        if entry is None:
            inside = tokens[bisect_right(starts, start - 1):bisect_right(starts, end - 1)]
            found = []
            for use in uses.found.get((start, end), ()):
                entity = index.entities.get(Span(use[2], use[3]))
                if entity is None:
                    break
                found.append((*use, entity.kind, entity.mutable))
            else:
                entries[(start, end)] = MethodTokens(inside, start, tuple(found))
                continue
        else:
            entries[(start, end)] = entry
    TokenRecords.put(key, TokenRecord(data, outline, entries))
