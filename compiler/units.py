"""A program of several files: one offset space over all their texts, and the `*.scala` files a path names.

File k of a SourceSet is parsed as usual and its spans are then moved by k * FILE_STRIDE, so every later stage
(the typer, the checks, lowering, the instruction map) keeps working with plain byte spans and still knows which
file each one belongs to. Only the edges (diagnostics, hovers, traps) turn a span back into (file, local span).
"""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from .diagnostics import Diagnostic, Related
from .semantics.packages import FILE_STRIDE
from .source import Position, SourceText, Span


class SourceSet:
    """The files of one program, in a fixed order; file k's byte offsets start at k * FILE_STRIDE."""

    def __init__(self, sources: list[SourceText]) -> None:
        self.sources = list(sources)
        self._by_path = {s.path: i for i, s in enumerate(self.sources)}

    def __len__(self) -> int:
        return len(self.sources)

    def __iter__(self):
        return iter(self.sources)

    @staticmethod
    def base(index: int) -> int:
        return index * FILE_STRIDE

    def index_of_path(self, path: str) -> int | None:
        return self._by_path.get(path)

    def source_of(self, offset: int) -> SourceText:
        index = min(max(offset // FILE_STRIDE, 0), len(self.sources) - 1)
        return self.sources[index]

    def local(self, span: Span) -> tuple[SourceText, Span]:
        """The file a program span lies in and the span inside that file."""
        index = min(max(span.start // FILE_STRIDE, 0), len(self.sources) - 1)
        base = self.base(index)
        return self.sources[index], Span(span.start - base, max(span.end - base, span.start - base))

    def to_program(self, path: str, span: Span) -> Span | None:
        """A span inside the file at path, in the program's offset space (None for a file not in the set)."""
        index = self._by_path.get(path)
        if index is None:
            return None
        base = self.base(index)
        return Span(span.start + base, span.end + base)

    def position(self, offset: int) -> Position:
        """Line and column inside the offset's own file (so a SourceSet can stand in for one SourceText)."""
        source, span = self.local(Span(offset, offset))
        return source.position(span.start)

    def localize(self, diag: Diagnostic) -> Diagnostic:
        """A diagnostic of the program with its span (and its related locations') made local to their files."""
        source, span = self.local(diag.span)
        related = []
        for rel in diag.related:
            if rel.path is not None:
                related.append(rel)
                continue
            rel_source, rel_span = self.local(rel.span)
            related.append(Related(rel_span, rel.message, rel_source.path))
        fixes = tuple(
            dataclasses.replace(fix, edits=tuple(dataclasses.replace(e, span=self.local(e.span)[1]) for e in fix.edits))
            for fix in diag.fixes
        )
        return dataclasses.replace(diag, span=span, related=tuple(related), fixes=fixes, path=source.path)


class SourceError(Exception):
    """A path that names no readable Scala source: the command line's problem, not the program's."""


def scala_files(paths: list[str]) -> list[str]:
    """The files the paths name: a file as given, a folder as every `*.scala` below it (sorted, hidden folders and
    build output skipped). Duplicates are dropped, the first mention kept."""
    found: list[str] = []
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            names = []
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_FOLDERS)
                names += [os.path.join(folder, f) for f in files if f.endswith(".scala")]
            if not names:
                raise SourceError(f"{raw}: no .scala files in this folder")
            candidates = sorted(names)
        elif path.exists():
            candidates = [raw]
        else:
            raise SourceError(f"{raw}: no such file")
        for name in candidates:
            key = os.path.realpath(name)
            if key not in seen:
                seen.add(key)
                found.append(name)
    return found


SKIPPED_FOLDERS = frozenset({"target", "node_modules", "out", "build", "__pycache__"})
