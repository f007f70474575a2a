"""Semantic tokens of one file: a lexical scan (keywords, strings, numbers, comments) refined by the analysis (what
each name is: class, object, method, field, parameter, local, `var`, type, memory intrinsic).

Byte offsets, sorted, never overlapping; a token may span lines (a block comment): the server cuts it per line."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..syntax import ast
from .symbols import CLASS, FIELD, LOCAL, METHOD, OBJECT, PARAMETER, TYPE, SymbolIndex
from .syntax_walk import walk

# The legend: the server announces these lists, and a token's kind and modifiers are indices into them.
TOKEN_TYPES = ("namespace", "type", "class", "method", "function", "parameter", "variable", "property", "keyword",
               "string", "number", "comment", "operator")
TOKEN_MODIFIERS = ("declaration", "readonly", "static", "defaultLibrary", "mutable", "intrinsic")

KEYWORDS = frozenset(b"""abstract case catch class def do else extends false final finally for forSome if implicit
import lazy match new null object override package private protected return sealed super this throw trait try true
type val var while with yield""".split())
_KIND_OF_ENTITY = {CLASS: "class", OBJECT: "namespace", METHOD: "method", FIELD: "property", LOCAL: "variable",
                   PARAMETER: "parameter", TYPE: "type"}
_INTRINSIC_TYPES = frozenset({"MemorySegment", "MemoryAllocator"})

_LEXICAL = re.compile(rb"""
  (?P<comment>//[^\r\n]*|/\*.*?(?:\*/|\Z))
| (?P<istring>[A-Za-z_][\w]*(?:\"\"\".*?(?:\"\"\"\"*|\Z)|"(?:\\.|\$\{[^}\r\n]*\}|[^"\\\r\n])*"?))
| (?P<string>\"\"\".*?(?:\"\"\"\"*|\Z)|"(?:\\.|[^"\\\r\n])*"?|'(?:\\u+[0-9a-fA-F]{4}|\\.|[^\\'\r\n])')
| (?P<number>(?:0[xX][0-9a-fA-F_]+|(?:\d[\d_]*(?:\.\d[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?)[lLfFdD]?(?![\w$]))
| (?P<ident>[A-Za-z_$\x80-\xff][\w$\x80-\xff]*|`[^`\r\n]+`)
""", re.X | re.S)
_SPLICE = re.compile(rb"\$(?:\$|\{|[A-Za-z_][\w]*)")


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # byte offsets in the file
    end: int
    kind: str  # one of TOKEN_TYPES
    modifiers: tuple[str, ...] = ()


def semantic_tokens(data: bytes, index: SymbolIndex | None = None, unit=None, node_types=None,
                    kept=()) -> list[Token]:
    """Every token of a file's bytes. index (the analysis' symbols; the file is its first, so program spans are
    the file's offsets), unit and node_types refine names; without them the result is lexical only. kept: the
    (start, end, tokens) of regions whose tokens are known already (in order, apart: ide/token_reuse.py), which
    are not scanned."""
    meaning = _meanings(len(data), index, unit, node_types or {})
    tokens: list[Token] = []
    at = 0
    for start, end, known in kept:
        _scan(data, at, start, meaning, tokens)
        tokens += known
        at = end
    _scan(data, at, len(data), meaning, tokens)
    return tokens


def _scan(data: bytes, start: int, end: int, meaning: dict, out: list[Token]) -> None:
    for m in _LEXICAL.finditer(data, start, end):
        group = m.lastgroup
        s, e = m.span()
        if group == "ident":
            found = meaning.get(s)
            if found is not None and found[0] == e:
                out.append(Token(s, e, found[1], found[2]))
            elif data[s:e] in KEYWORDS:
                out.append(Token(s, e, "keyword"))
        elif group == "istring":
            _interpolated(data, s, e, meaning, out)
        else:
            out.append(Token(s, e, group))


def _interpolated(data: bytes, start: int, end: int, meaning: dict, out: list[Token]) -> None:
    """`s"a $x ${y + 1}"`: string pieces around the spliced names and expressions, which are scanned as code."""
    piece = start
    pos = data.index(b'"', start, end)
    while True:
        m = _SPLICE.search(data, pos, end)
        if m is None:
            break
        s, e = m.span()
        if data[s + 1:s + 2] == b"$":
            pos = e
            continue
        if piece < s:
            out.append(Token(piece, s, "string"))
        if data[s + 1:s + 2] == b"{":
            close = _closing_brace(data, e, end)
            _scan(data, e, close, meaning, out)
            piece = pos = min(close + 1, end)
        else:
            _scan(data, s + 1, e, meaning, out)
            piece = pos = e
    if piece < end:
        out.append(Token(piece, end, "string"))


def _closing_brace(data: bytes, pos: int, end: int) -> int:
    depth = 1
    while pos < end:
        c = data[pos]
        if c == 0x7B:
            depth += 1
        elif c == 0x7D:
            depth -= 1
            if depth == 0:
                return pos
        pos += 1
    return end


def _meanings(size: int, index: SymbolIndex | None, unit, node_types) -> dict[int, tuple[int, str, tuple[str, ...]]]:
    """start -> (end, kind, modifiers) of every name the analysis knows in this file."""
    meaning: dict[int, tuple[int, str, tuple[str, ...]]] = {}
    if unit is not None:
        nodes = index.nodes if index is not None and index.nodes else walk(unit)
        _from_tree(nodes, node_types, meaning)
    if index is not None:
        for entity in list(index.entities.values()):
            kind = _KIND_OF_ENTITY.get(entity.kind)
            if kind is None:
                continue
            mods = _entity_modifiers(entity)
            d = entity.definition
            if d.end <= size:
                meaning[d.start] = (d.end, kind, ("declaration", *mods))
            for use in entity.uses:
                if use.end <= size:
                    meaning[use.start] = (use.end, kind, mods)
    return meaning


def _entity_modifiers(entity) -> tuple[str, ...]:
    if entity.kind in (LOCAL, FIELD, PARAMETER):
        return ("mutable",) if entity.mutable else ("readonly",)
    if entity.kind == OBJECT or (entity.kind == METHOD and isinstance(entity.scope, ast.ObjectDef)):
        return ("static",)
    return ()


def _from_tree(nodes, node_types, meaning: dict) -> None:
    """Names the symbol index does not hold: built-in types, and the memory intrinsics (`withMemoryAllocator`,
    MemorySegment and MemoryAllocator methods, `wasi.*`), each marked `intrinsic`."""
    for node in nodes:
        if isinstance(node, ast.TypeRef) and not isinstance(node, ast.UnsupportedType):
            start = node.span.start + (len(".".join(node.qualifier)) + 1 if node.qualifier else 0)
            mods = ("intrinsic",) if node.name in _INTRINSIC_TYPES else ("defaultLibrary",)
            meaning[start] = (start + len(node.name.encode("utf-8")), "type", mods)
        elif isinstance(node, ast.Apply) and isinstance(node.fn, ast.Ident) and node.fn.name == "withMemoryAllocator":
            meaning[node.fn.span.start] = (node.fn.span.end, "function", ("intrinsic", "defaultLibrary"))
        elif isinstance(node, ast.Select):
            qualifier = node.qualifier
            if isinstance(qualifier, ast.Ident) and qualifier.name == "wasi":
                meaning[qualifier.span.start] = (qualifier.span.end, "namespace", ("intrinsic", "defaultLibrary"))
                meaning[node.name_span.start] = (node.name_span.end, "function", ("intrinsic", "defaultLibrary"))
            elif str(node_types.get(qualifier)) in _INTRINSIC_TYPES:
                meaning[node.name_span.start] = (node.name_span.end, "method", ("intrinsic", "defaultLibrary"))
