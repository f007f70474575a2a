"""Compiler diagnostics and fixes as LSP diagnostics and code actions, after the user's severity settings."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lsprotocol import types
from pygls import uris

from scalawasi.compiler.diagnostics import Diagnostic
from scalawasi.compiler.source import SourceText, Span

from .positions import range_of
from .settings import INTRINSIC_CHECK_CODES, Settings

SOURCE = "scalawasi"
# Code descriptions point at the project's docs/diagnostics.md, one anchor per code (a file URI: the server runs
# from a checkout or an editable install; override with SCALAWASI_DOCS_URL, e.g. a web copy of docs/).
_DOCS = Path(__file__).resolve().parent.parent / "docs" / "diagnostics.md"

_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
    "hint": types.DiagnosticSeverity.Hint,
}


@lru_cache(maxsize=1)
def documented_codes() -> frozenset[str]:
    """The codes docs/diagnostics.md has a section for (`## CODE`); empty when the document is not there (an
    installed copy without docs/)."""
    try:
        text = _DOCS.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(re.findall(r"^## ([a-z][a-z0-9-]*)$", text, re.M))


def docs_href(code: str) -> str | None:
    """Where a code's documentation is: its section of docs/diagnostics.md, or None for a code without one (a
    link would lead nowhere)."""
    import os

    base = os.environ.get("SCALAWASI_DOCS_URL")
    if code not in documented_codes():
        return None
    if base:
        return f"{base.rstrip('/')}/diagnostics.md#{code}"
    return f"{_DOCS.as_uri()}#{code}"


def code_description(code: str) -> types.CodeDescription | None:
    """LSP `codeDescription` of a diagnostic: the link to its code's documentation, when there is some."""
    href = docs_href(code)
    return types.CodeDescription(href=href) if href is not None else None


def visible(diags: list[Diagnostic], settings: Settings) -> list[tuple[Diagnostic, str]]:
    """The diagnostics to show with the severity to show them at."""
    shown = []
    for d in diags:
        if settings.only_intrinsic_checks and d.code not in INTRINSIC_CHECK_CODES:
            continue
        severity = settings.checks.get(d.code, d.severity.value)
        if severity == "off":
            continue
        shown.append((d, severity))
    return shown


def to_lsp(d: Diagnostic, severity: str, source: SourceText, uri: str, files=None) -> types.Diagnostic:
    """files: the program's files (units.SourceSet) when the diagnostic's related locations may lie in others."""
    rng = range_of(source, d.span)
    related = []
    for r in d.related:
        if r.path is None or r.path == source.path:
            related.append(types.DiagnosticRelatedInformation(types.Location(uri, range_of(source, r.span)), r.message))
            continue
        index = files.index_of_path(r.path) if files is not None else None
        if index is not None:
            other = files.sources[index]
            location = types.Location(uris.from_fs_path(r.path) or r.path, range_of(other, r.span))
            related.append(types.DiagnosticRelatedInformation(location, r.message))
    data = {"fixes": [fix_json(f, source) for f in d.fixes]} if d.fixes else None
    return types.Diagnostic(
        range=rng,
        message=d.message,
        severity=_SEVERITY.get(severity, types.DiagnosticSeverity.Error),
        code=d.code,
        code_description=code_description(d.code),
        source=SOURCE,
        related_information=related or None,
        data=data,
    )


def fix_json(fix, source: SourceText) -> dict:
    """A fix as plain JSON (diagnostic `data`), edits already in LSP coordinates."""
    edits = []
    for e in fix.edits:
        r = range_of(source, e.span)
        edits.append({"range": {"start": {"line": r.start.line, "character": r.start.character},
                                "end": {"line": r.end.line, "character": r.end.character}},
                      "newText": e.new_text})
    return {"title": fix.title, "edits": edits}


def code_actions(diags: list[Diagnostic], settings: Settings, source: SourceText, uri: str, want: Span,
                 version: int | None) -> list[types.CodeAction]:
    actions = []
    for d, severity in visible(diags, settings):
        if not d.fixes or d.span.end < want.start or d.span.start > want.end:
            continue
        lsp_diag = to_lsp(d, severity, source, uri)
        for fix in d.fixes:
            edits = [types.TextEdit(range_of(source, e.span), e.new_text) for e in fix.edits]
            actions.append(types.CodeAction(
                title=fix.title,
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[lsp_diag],
                edit=types.WorkspaceEdit(changes={uri: edits}),
                is_preferred=len(d.fixes) == 1 or None,
            ))
    return actions
