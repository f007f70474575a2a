"""Semantic tokens (full and delta): the compiler's byte-offset tokens encoded as LSP's relative integers, one line
at a time (no client is assumed to take tokens that span lines), positions in UTF-16 code units."""
from __future__ import annotations

import bisect
import itertools
import threading
from collections import OrderedDict

from lsprotocol import types

from scalawasi.compiler.ide.token_reuse import semantic_tokens_of
from scalawasi.compiler.ide.tokens import TOKEN_MODIFIERS, TOKEN_TYPES, Token
from scalawasi.compiler.source import SourceText

from .references import per_analysis

LEGEND = types.SemanticTokensLegend(token_types=list(TOKEN_TYPES), token_modifiers=list(TOKEN_MODIFIERS))
_TYPE_INDEX = {name: i for i, name in enumerate(TOKEN_TYPES)}
_MODIFIER_BIT = {name: 1 << i for i, name in enumerate(TOKEN_MODIFIERS)}


def encoded(analysis) -> list[int]:
    """The LSP data of an analysis' tokens (computed once per analysis: a delta request after a full one is free)."""
    return per_analysis(analysis, "tokens", lambda a: encode(tokens_of(a), a.source))


def tokens_of(analysis) -> list[Token]:
    """(An analysis that left bodies untyped keeps them so when it can: compiler/ide/token_reuse.py.)"""
    return semantic_tokens_of(analysis)


def encode(tokens: list[Token], source: SourceText) -> list[int]:
    """LSP's encoding: per token (line delta, start delta, length, type, modifier bits), lines and columns in
    UTF-16 code units; a token over several lines becomes one per line."""
    data = source.data
    starts = source.line_starts
    ascii_only = data.isascii()
    out: list[int] = []
    prev_line = prev_col = 0
    for token in tokens:
        kind = _TYPE_INDEX[token.kind]
        bits = 0
        for m in token.modifiers:
            bits |= _MODIFIER_BIT[m]
        line = bisect.bisect_right(starts, token.start) - 1
        start = token.start
        while start < token.end:
            line_start = starts[line]
            line_end = starts[line + 1] if line + 1 < len(starts) else len(data)
            piece_end = min(token.end, line_end)
            while piece_end > start and data[piece_end - 1] in (0x0A, 0x0D):
                piece_end -= 1
            if piece_end > start:
                if ascii_only:
                    col, length = start - line_start, piece_end - start
                else:
                    col = _utf16_len(data[line_start:start])
                    length = _utf16_len(data[start:piece_end])
                out += (line - prev_line, col - prev_col if line == prev_line else col, length, kind, bits)
                prev_line, prev_col = line, col
            line += 1
            if line >= len(starts):
                break
            start = starts[line]
    return out


def _utf16_len(raw: bytes) -> int:
    return len(raw.decode("utf-8", "replace").encode("utf-16-le")) // 2


class TokenCache:
    """The last tokens sent for each document, so that a delta request can answer with the edits since then."""

    def __init__(self) -> None:
        self._sent: "OrderedDict[str, tuple[str, list[int]]]" = OrderedDict()
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def full(self, uri: str, data: list[int]) -> types.SemanticTokens:
        result_id = self._remember(uri, data)
        return types.SemanticTokens(data=data, result_id=result_id)

    def delta(self, uri: str, previous_id: str, data: list[int]) -> types.SemanticTokens | types.SemanticTokensDelta:
        with self._lock:
            sent = self._sent.get(uri)
        if sent is None or sent[0] != previous_id:
            return self.full(uri, data)
        old = sent[1]
        result_id = self._remember(uri, data)
        prefix = 0
        limit = min(len(old), len(data))
        while prefix < limit and old[prefix] == data[prefix]:
            prefix += 1
        suffix = 0
        while suffix < limit - prefix and old[-1 - suffix] == data[-1 - suffix]:
            suffix += 1
        prefix -= prefix % 5  # whole tokens only: some clients apply edits token by token
        suffix -= suffix % 5
        if prefix == len(old) == len(data):
            return types.SemanticTokensDelta(edits=[], result_id=result_id)
        edit = types.SemanticTokensEdit(start=prefix, delete_count=len(old) - prefix - suffix,
                                        data=data[prefix:len(data) - suffix])
        return types.SemanticTokensDelta(edits=[edit], result_id=result_id)

    def forget(self, uri: str) -> None:
        with self._lock:
            self._sent.pop(uri, None)

    def _remember(self, uri: str, data: list[int]) -> str:
        result_id = str(next(self._ids))
        with self._lock:
            self._sent[uri] = (result_id, data)
            self._sent.move_to_end(uri)
            while len(self._sent) > 64:
                self._sent.popitem(last=False)
        return result_id
