"""Diagnostics as people and tools read them: rustc-style text with a caret underline, and JSON-ready dicts."""
from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Mapping

from .diagnostics import Diagnostic, Severity
from .source import SourceText, Span

TAB_WIDTH = 4


def render_text(diag: Diagnostic, source: SourceText, sources: Mapping[str, SourceText] | None = None) -> str:
    """`FILE:LINE:COL: SEVERITY[CODE]: MESSAGE`, the source line with `^^^` under the span (to the end of the
    first line for a span over several lines), then one `  note: FILE:LINE:COL: message` per related location.
    Ends with a newline. `sources` supplies the texts of other files that related locations point into."""
    start = source.position(diag.span.start)
    lines = [f"{source.path}:{start.line}:{start.column}: {diag.severity.value}[{diag.code}]: {diag.message}"]
    lines += _snippet(source, diag.span)
    for rel in diag.related:
        rel_source = _source_for(rel.path, source, sources)
        path = rel.path or source.path
        if rel_source is None:
            lines.append(f"  note: {path}: {rel.message}")
        else:
            pos = rel_source.position(rel.span.start)
            lines.append(f"  note: {path}:{pos.line}:{pos.column}: {rel.message}")
    return "\n".join(lines) + "\n"


def render_summary(diagnostics: list[Diagnostic]) -> str:
    """'2 errors, 1 warning' (empty when there is nothing worth counting)."""
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    warnings = sum(d.severity is Severity.WARNING for d in diagnostics)
    parts = [f"{n} {word}{'' if n == 1 else 's'}" for n, word in ((errors, "error"), (warnings, "warning")) if n]
    return ", ".join(parts)


def to_json_obj(diag: Diagnostic, source: SourceText, sources: Mapping[str, SourceText] | None = None) -> dict:
    """One diagnostic as plain JSON data; positions are 1-based lines and 1-based columns counted in characters."""
    related = []
    for rel in diag.related:
        rel_source = _source_for(rel.path, source, sources)
        related.append({
            "path": rel.path or source.path,
            **(_range(rel_source, rel.span) if rel_source is not None else {"start": None, "end": None}),
            "message": rel.message,
        })
    return {
        "path": source.path,
        "code": diag.code,
        "severity": diag.severity.value,
        "message": diag.message,
        **_range(source, diag.span),
        "related": related,
        "fixes": [
            {
                "title": fix.title,
                "edits": [{**_range(source, edit.span), "newText": edit.new_text} for edit in fix.edits],
            }
            for fix in diag.fixes
        ],
    }


def _range(source: SourceText, span: Span) -> dict:
    start, end = source.position(span.start), source.position(span.end)
    return {"start": {"line": start.line, "column": start.column}, "end": {"line": end.line, "column": end.column}}


def _source_for(path: str | None, source: SourceText, sources: Mapping[str, SourceText] | None) -> SourceText | None:
    if path is None or path == source.path:
        return source
    if sources is not None and path in sources:
        return sources[path]
    try:
        return SourceText(Path(path).read_text(encoding="utf-8"), path)
    except (OSError, UnicodeDecodeError):
        return None


def _snippet(source: SourceText, span: Span) -> list[str]:
    """The span's first line under a line-number gutter, and the caret line beneath it."""
    if not source.data and span.start == 0:
        return []
    start = max(0, min(span.start, len(source.data)))
    line0 = source.line_index(start)
    line_start = source.line_starts[line0]
    line = source.line_bytes(line0)
    before = source.data[line_start:start].decode("utf-8", errors="replace")
    end = max(start, min(span.end, line_start + len(line)))  # clip to the first line
    covered = source.data[start:end].decode("utf-8", errors="replace")
    shown = _expand_tabs(line.decode("utf-8", errors="replace"))
    pad = _width(_expand_tabs(before))
    carets = max(1, _width(_expand_tabs(before + covered)) - pad)
    number = str(line0 + 1)
    gutter = " " * len(number)
    return [f"{number} | {shown}".rstrip(), f"{gutter} | {' ' * pad}{'^' * carets}"]


def _expand_tabs(text: str) -> str:
    return text.replace("\t", " " * TAB_WIDTH)


def _width(text: str) -> int:
    """Terminal columns: wide (CJK, most emoji) characters take two, combining marks none."""
    total = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total
