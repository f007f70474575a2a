"""Diagnostics as people and tools read them: rustc-style text with a caret underline, and JSON-ready dicts."""
from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Mapping

from .diagnostics import Diagnostic, Severity
from .source import SourceText, Span, decode_for_display

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
    before = decode_for_display(source.data[line_start:start])
    end = max(start, min(span.end, line_start + len(line)))  # clip to the first line
    covered = decode_for_display(source.data[start:end])
    shown = _expand_tabs(decode_for_display(line))
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


# --- SARIF 2.1.0 ----------------------------------------------------------------------------------------------

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
_SARIF_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note", Severity.HINT: "note"}


def to_sarif(
    checked: list[tuple[SourceText, list[Diagnostic]]],
    tool_version: str = "unknown",
    information_uri: str | None = None,
) -> dict:
    """A SARIF 2.1.0 log with one run: a rule per registry code (and per reported code outside it) and a result per
    diagnostic. Regions use 1-based lines and 1-based columns counted in Unicode code points (the run says so with
    `columnKind`), the same numbers as the JSON format; endColumn is the column just after the region, as SARIF
    defines it. Paths become relative URI references, absolute paths `file:` URIs. `checked` holds each file's
    source and diagnostics."""
    from .diagnostics import registry

    codes = registry()
    docs = information_uri or _docs_uri()
    rule_ids = list(codes)
    for _, diagnostics in checked:
        rule_ids += [d.code for d in diagnostics if d.code not in codes and d.code not in rule_ids]
    rules = []
    for code in rule_ids:
        known = codes.get(code)
        rule: dict = {"id": code, "name": _rule_name(code),
                      "shortDescription": {"text": known.summary if known else code}}
        if known is not None:
            rule["defaultConfiguration"] = {"level": _SARIF_LEVELS[known.severity]}
        if docs and docs.startswith("file:"):
            rule["helpUri"] = f"{docs}#{code}"
        rules.append(rule)
    index = {code: i for i, code in enumerate(rule_ids)}
    sources = {source.path: source for source, _ in checked}
    results = []
    for source, diagnostics in checked:
        for diag in diagnostics:
            result: dict = {
                "ruleId": diag.code,
                "ruleIndex": index[diag.code],
                "level": _SARIF_LEVELS[diag.severity],
                "message": {"text": diag.message},
                "locations": [_sarif_location(source.path, source, diag.span)],
                "properties": {"severity": diag.severity.value},  # hint and info are both SARIF's note
            }
            related = []
            for i, rel in enumerate(diag.related):
                rel_source = _source_for(rel.path, source, sources)
                location = _sarif_location(rel.path or source.path, rel_source, rel.span)
                related.append({"id": i, **location, "message": {"text": rel.message}})
            if related:
                result["relatedLocations"] = related
            if diag.fixes:
                result["fixes"] = [
                    {
                        "description": {"text": fix.title},
                        "artifactChanges": [{
                            "artifactLocation": {"uri": _uri(source.path)},
                            "replacements": [
                                {"deletedRegion": _sarif_region(source, edit.span),
                                 "insertedContent": {"text": edit.new_text}}
                                for edit in fix.edits
                            ],
                        }],
                    }
                    for fix in diag.fixes
                ]
            results.append(result)
    driver: dict = {"name": "scalawasi", "version": tool_version, "rules": rules}
    if docs:
        driver["informationUri"] = docs
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": driver},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def _sarif_location(path: str, source: SourceText | None, span: Span) -> dict:
    physical: dict = {"artifactLocation": {"uri": _uri(path)}}
    if source is not None:
        physical["region"] = _sarif_region(source, span)
    return {"physicalLocation": physical}


def _sarif_region(source: SourceText, span: Span) -> dict:
    start, end = source.position(span.start), source.position(span.end)
    return {"startLine": start.line, "startColumn": start.column, "endLine": end.line, "endColumn": end.column}


def _uri(path: str) -> str:
    from urllib.parse import quote

    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(p.as_posix(), safe="/:@!$&'()*+,;=-._~")


def _rule_name(code: str) -> str:
    """`segment-out-of-bounds` -> `SegmentOutOfBounds` (SARIF's rule names are identifiers)."""
    return "".join(part.capitalize() for part in code.split("-"))


def _docs_uri() -> str | None:
    """The diagnostics reference beside the compiler (a source checkout or an editable install), as a file: URI."""
    docs = Path(__file__).resolve().parent.parent / "docs" / "diagnostics.md"
    return docs.as_uri() if docs.is_file() else None
