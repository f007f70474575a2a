"""Inlay hints: the inferred types and the memory accesses' bounds checks of a document, from its analysis."""
from __future__ import annotations

from lsprotocol import types

from scalawasi.compiler.ide.inlays import bounds_hints, type_hints

from .positions import offset_of
from .server import ScalawasiServer, guarded, server


@server.feature(types.TEXT_DOCUMENT_INLAY_HINT, types.InlayHintOptions(resolve_provider=False))
@guarded("inlay hints")
async def on_inlay_hint(ls: ScalawasiServer, params: types.InlayHintParams):
    snap = await ls.snapshot(params.text_document.uri)
    if snap.analysis.unit is None:
        return []
    start, end = offset_of(snap.source, params.range.start), offset_of(snap.source, params.range.end)
    wanted = ls.settings.inlay_hints
    found = []
    if wanted.types:
        found += type_hints(snap.analysis, start, end)
    if wanted.bounds_checks:
        found += bounds_hints(snap.analysis, ls.settings.unchecked, start, end)
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
