"""Inlay hints: the inferred types and the memory accesses' bounds checks of a document, from its analysis."""
from __future__ import annotations

from lsprotocol import types

from scalawasi.compiler.ide.inlays import bounds_hints, type_hints

from .positions import offset_of
from .server import ScalawasiServer, guarded, server


@server.feature(types.TEXT_DOCUMENT_INLAY_HINT, types.InlayHintOptions(resolve_provider=False))
@guarded("inlay hints")
async def on_inlay_hint(ls: ScalawasiServer, params: types.InlayHintParams):
    snap = await ls.snapshot(params.text_document.uri, typed=False)
    if snap.analysis.unit is None:
        return []
    start, end = offset_of(snap.source, params.range.start), offset_of(snap.source, params.range.end)
    wanted, unchecked = ls.settings.inlay_hints, ls.settings.unchecked

    def hints_of() -> list:
        # Only the methods in the range typed (an analysis after an edit may have left the others untyped), on a
        # worker: the walk reads the bodies an edit moved, which copies them.
        analysis = snap.analysis
        if not getattr(analysis, "complete", True):
            analysis = analysis.typed_within(start, end)
        return (type_hints(analysis, start, end) if wanted.types else []) + \
            (bounds_hints(analysis, unchecked, start, end) if wanted.bounds_checks else [])

    found = await ls.on_worker(hints_of)
    hints = []
    for hint in sorted(found, key=lambda h: h.offset):
        line, character = snap.source.utf16_position(hint.offset)
        position = types.Position(line, character)
        is_type = hint.kind == "type"
        hints.append(types.InlayHint(
            position=position, label=hint.label,
            kind=types.InlayHintKind.Type if is_type else None,
            tooltip=hint.tooltip or None, padding_left=not is_type,
            text_edits=[types.TextEdit(types.Range(position, position), hint.insert)] if hint.insert else None))
    return hints
