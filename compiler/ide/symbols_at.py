"""The symbol under the cursor, for hovers: the name's own symbol (a use, a definition, an assignment's target),
never the type of the statement around it, with its declared signature and its Scaladoc."""
from __future__ import annotations

from dataclasses import dataclass

from ..semantics import symbols as sy
from ..semantics.types import ERROR
from ..source import Span
from ..syntax import ast
from . import describe, text as txt
from .symbols import symbol_kind
from .tree import DefinitionIndex, chain_at, reference_at, scope_at


@dataclass(frozen=True)
class SymbolInfo:
    span: Span  # the name under the cursor
    signature: str  # `def f(x: Int): Int`, `var h: Int`, ...
    owner: str = ""  # `object Util`, `class P` for a member; empty for a local
    doc: str = ""  # the Scaladoc, as Markdown
    kind: str = ""


_DEFINITIONS = (ast.DefDef, ast.ValDef, ast.Param, ast.ClassDef, ast.ObjectDef)


def symbol_info(analysis, offset: int, index: DefinitionIndex | None = None) -> SymbolInfo | None:
    unit = getattr(analysis, "unit", None)
    model = getattr(analysis, "model", None)
    if unit is None:
        return None
    index = index or DefinitionIndex(getattr(analysis, "program", None))
    chain = chain_at(unit, offset)
    for node in reversed(chain):  # a definition's own name
        name_span = getattr(node, "name_span", None)
        if isinstance(node, _DEFINITIONS) and name_span is not None and name_span.start <= offset <= name_span.end:
            sym = index.of_definition(node)
            return _info(analysis, sym, node, name_span)
    ref = reference_at(model, offset) if model is not None else None
    name_node = _name_at(chain, offset)
    if ref is not None and (name_node is None or _within(ref[0], name_node)):
        span = name_node_span(name_node) if name_node is not None and _within(ref[0], name_node) else ref[0]
        return _info(analysis, ref[1], None, span)
    if isinstance(name_node, ast.Ident):  # an assignment's target, a name typing did not record
        for entry in scope_at(unit, index, offset, getattr(analysis, "program", None)):
            if entry.name == name_node.name:
                return _info(analysis, entry.symbol, entry.node, name_node.span)
    return None


def _name_at(chain: list, offset: int):
    for node in reversed(chain):
        if isinstance(node, ast.Ident):
            return node
        if isinstance(node, ast.Select) and node.name_span.start <= offset <= node.name_span.end:
            return node
        if isinstance(node, (ast.Apply, ast.Assign, ast.CompoundAssign, ast.Block)):
            return None
    return None


def name_node_span(node) -> Span:
    return node.name_span if isinstance(node, ast.Select) else node.span


def _within(span: Span, node) -> bool:
    own = name_node_span(node)
    return span.start <= own.start and own.end <= span.end


def _info(analysis, sym, node, span: Span) -> SymbolInfo | None:
    if sym is None and node is None:
        return None
    if sym is not None and not isinstance(sym, sy.Symbol):
        return None  # a package or another kind of thing a reference may name
    signature = describe.signature(sym, node)
    if isinstance(sym, (sy.LocalSymbol,)) and getattr(sym, "tpe", None) is ERROR:
        signature = describe.syntax_signature(node) if node is not None else signature
    doc = ""
    sym_span = describe.own_span(sym) if sym is not None else getattr(node, "name_span", None)
    if sym_span is not None and sym_span.end > sym_span.start:
        found = txt.source_of(analysis, sym_span)
        comment = describe.doc_comment(found[0], found[1].start) if found is not None else None
        doc = describe.doc_markdown(comment) if comment else ""
    return SymbolInfo(span, signature, describe.owner_prefix(sym), doc, (symbol_kind(sym) or "") if sym else "")
