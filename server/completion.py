"""Completion and signature help: fetch the document's current text, ask `compiler.ide`, convert to LSP."""
from __future__ import annotations

import asyncio
import re

from lsprotocol import types

from scalawasi.compiler.ide.completion import complete
from scalawasi.compiler.ide.signatures import signature_help
from scalawasi.compiler.source import SourceText, Span

from .positions import offset_of, range_of
from .server import ScalawasiServer, guarded, server

_KINDS = {
    "method": types.CompletionItemKind.Method, "field": types.CompletionItemKind.Field,
    "local": types.CompletionItemKind.Variable, "parameter": types.CompletionItemKind.Variable,
    "object": types.CompletionItemKind.Module, "class": types.CompletionItemKind.Class,
    "constant": types.CompletionItemKind.Constant, "keyword": types.CompletionItemKind.Keyword,
    "snippet": types.CompletionItemKind.Snippet,
}


def _analyzer(ls: ScalawasiServer, uri: str):
    """text -> Analysis, as the document's own analysis is made (alone, or within its program), without the static
    checks: only the tree, the types and the scopes matter here."""
    return lambda text, focus=None: ls._analyze(text, uri, None, static_checks=False, focus=focus)


def _snippets(ls: ScalawasiServer) -> bool:
    caps = ls.client_capabilities.text_document
    item = caps.completion.completion_item if caps and caps.completion else None
    return bool(item and item.snippet_support)


def plain_text(snippet: str) -> str:
    """A snippet's text for a client without snippets: placeholders become their default text, tab stops vanish."""
    return re.sub(r"\$\{\d+:([^}]*)\}|\$\d+", lambda m: m.group(1) or "", snippet)


def completion_list(found, source: SourceText, cursor: int, snippets: bool) -> types.CompletionList:
    rng = range_of(source, Span(found.start, cursor))
    items = []
    for item in found.items:
        text = item.insert or item.label
        if item.insert and not snippets:
            text = plain_text(item.insert) if item.kind == "snippet" else item.label
        items.append(types.CompletionItem(
            label=item.label, kind=_KINDS.get(item.kind, types.CompletionItemKind.Text),
            detail=item.detail or None,
            documentation=types.MarkupContent(kind=types.MarkupKind.Markdown, value=item.doc) if item.doc else None,
            sort_text=f"{item.rank}{item.label.lower()}", filter_text=item.label,
            insert_text_format=types.InsertTextFormat.Snippet if item.insert and snippets
            else types.InsertTextFormat.PlainText,
            text_edit=types.TextEdit(range=rng, new_text=text)))
    return types.CompletionList(is_incomplete=False, items=items)


@server.feature(types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(trigger_characters=["."]))
@guarded("completion")
async def on_completion(ls: ScalawasiServer, params: types.CompletionParams):
    found, source, cursor = await _query_at_cursor(ls, params, complete)
    return completion_list(found, source, cursor, _snippets(ls))


async def _query_at_cursor(ls: ScalawasiServer, params, query):
    """Runs query(text, byte offset, analyze) on the document's current text off the event loop; returns its
    answer with the source and the offset."""
    uri = params.text_document.uri
    text, _ = ls.current_text(uri)
    source = SourceText(text, ls.path_of(uri))
    cursor = offset_of(source, params.position)
    found = await asyncio.get_running_loop().run_in_executor(ls.executor, query, text, cursor, _analyzer(ls, uri))
    return found, source, cursor


def _label_offsets(ls: ScalawasiServer) -> bool:
    caps = ls.client_capabilities.text_document
    help_caps = caps.signature_help if caps else None
    info = help_caps.signature_information if help_caps else None
    parameter = info.parameter_information if info else None
    return bool(parameter and parameter.label_offset_support)


def _utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def signature_result(found, offsets: bool) -> types.SignatureHelp:
    signatures = []
    for sig in found.signatures:
        params = []
        for i, (start, end) in enumerate(sig.params):
            doc = sig.param_docs[i] if i < len(sig.param_docs) and sig.param_docs[i] else None
            label = (_utf16(sig.label, start), _utf16(sig.label, end)) if offsets else sig.label[start:end]
            params.append(types.ParameterInformation(label=label, documentation=doc))
        signatures.append(types.SignatureInformation(
            label=sig.label, parameters=params,
            documentation=types.MarkupContent(kind=types.MarkupKind.Markdown, value=sig.doc) if sig.doc else None))
    return types.SignatureHelp(signatures=signatures, active_signature=found.active_signature,
                               active_parameter=found.active_parameter)


@server.feature(types.TEXT_DOCUMENT_SIGNATURE_HELP,
                types.SignatureHelpOptions(trigger_characters=["(", ","], retrigger_characters=[","]))
@guarded("signature help")
async def on_signature_help(ls: ScalawasiServer, params: types.SignatureHelpParams):
    found, _, _ = await _query_at_cursor(ls, params, signature_help)
    return signature_result(found, _label_offsets(ls)) if found is not None else None
