"""Completion at an offset: the members of a receiver after `.`, else the names in scope, keywords and snippets.

Text being typed rarely parses (`seg.` at the end of an unfinished line), so the query analyses a copy of the text
with a placeholder name where the word being typed is (`seg.` becomes `seg.<placeholder>`): the parser and the
type checker then see an ordinary selection or name, and the receiver's type, the enclosing scopes and the owner
come from the typed copy as they would for finished code.
"""
from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field
from typing import Callable

from ..semantics import symbols as sy
from ..semantics.classtags import written_params
from ..semantics.context import qualified_path
from ..semantics.types import ERROR
from ..syntax import ast
from . import describe, members as mem, text as txt
from .tree import DefinitionIndex, chain_at, enclosing_owner, reference_at, scope_at

PLACEHOLDER = "scalawasi$complete"  # a legal identifier no program uses


@dataclass(frozen=True)
class CompletionItem:
    """kind: method, field, local, parameter, object, class, constant, keyword, snippet. insert: the text to insert
    when it differs from the label (a snippet with `${1:...}` tab stops)."""

    label: str
    kind: str
    detail: str = ""
    doc: str = ""
    insert: str | None = None
    rank: int = 5  # lower sorts first: locals, members, globals, keywords
    params: tuple | None = None  # ((name, type), ...) of a method, for signature help
    param_docs: tuple = ()  # each parameter's `@param` text, when the Scaladoc has one


@dataclass(frozen=True)
class Completions:
    items: list[CompletionItem] = field(default_factory=list)
    start: int = 0  # byte offset where the word being completed starts (replaced up to the cursor)
    member: bool = False  # completing after `.`


_DEFINING = re.compile(rb"(?:\b(?:val|var|def|class|object|trait|type|package)|\bcase\s+class)\s+$")
_NUMBER = re.compile(rb"(?:^|[^A-Za-z0-9_$])[0-9][0-9_]*\.$")


def complete(text: str, offset: int, analyze: Callable[[str], object], prelude=None) -> Completions:
    """offset: a byte offset into text's UTF-8 form; analyze: (text, focus=offset) -> Analysis (the caller decides
    whether the text stands alone or belongs to a program; focus says where the query is, so that only what it
    needs is typed: `api.analyze`)."""
    data = text.encode("utf-8")
    offset = max(0, min(offset, len(data)))
    start = txt.word_start(data, offset)
    prefix = data[start:offset].decode("utf-8", "replace")
    if prefix[:1].isdigit() or txt.in_comment_or_string(data, offset) or _DEFINING.search(data[:start]):
        return Completions([], start)
    member = start > 0 and data[start - 1:start] == b"."
    if member and _NUMBER.search(data[:start]):
        return Completions([], start)  # `1.` is a number being written
    # the whole word is replaced in the copy (the cursor may stand inside one): the rest of it is no name to type
    items = candidates(text, start, txt.word_end(data, offset), member, analyze, prelude)
    wanted = prefix.lower()
    items = [i for i in items if i.label.lower().startswith(wanted)]
    return Completions(items, start, member)


def candidates(text: str, start: int, end: int, member: bool, analyze, prelude=None) -> list[CompletionItem]:
    """Everything that could stand in place of the bytes start..end (after a `.` when member), unfiltered."""
    data = text.encode("utf-8")
    patched = (data[:start] + PLACEHOLDER.encode() + data[end:]).decode("utf-8", "replace")
    analysis = analyze_at(analyze, patched, start)
    return items_at(analysis, start, member, prelude if prelude is not None else _prelude())


def analyze_at(analyze, text: str, focus: int):
    """analyze(text, focus=focus) when the callback takes a focus (the server's and the tests' do: only what a query
    at that offset needs is typed), else analyze(text)."""
    try:
        params = inspect.signature(analyze).parameters
    except (TypeError, ValueError):
        return analyze(text)
    if "focus" in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return analyze(text, focus=focus)
    return analyze(text)


def _prelude():
    from ..prelude import load_prelude

    try:
        return load_prelude()
    except Exception:  # the library's signatures only enrich the items
        return None


def items_at(analysis, start: int, member: bool, prelude) -> list[CompletionItem]:
    unit = getattr(analysis, "unit", None)
    if unit is None:
        return _keywords() if not member else []
    index = DefinitionIndex(getattr(analysis, "program", None))
    node = _placeholder_node(unit, start)
    chain = chain_at(unit, start)
    owner = enclosing_owner(chain, index)
    if member:
        if not isinstance(node, ast.Select):
            return []
        return _members_of(node.qualifier, analysis, index, owner, prelude)
    if _type_position(analysis.source.data, start):
        return _type_names(analysis, unit, index, start)
    return _in_scope(analysis, unit, index, start) + _globals(analysis) + _keywords()


_TYPE_POSITION = re.compile(rb"(?:[:\[]|\bnew)\s*$")
_TYPE_NAMES = ("Int", "Long", "Short", "Byte", "Char", "Float", "Double", "Boolean", "Unit", "String", "Array",
               "Any", "AnyRef")


def _type_position(data: bytes, start: int) -> bool:
    """After `:` (a type ascription), `[` (a type argument) or `new`: a type is written here."""
    line_start = data.rfind(b"\n", 0, start) + 1
    return bool(_TYPE_POSITION.search(data[line_start:start]))


def _type_names(analysis, unit, index: DefinitionIndex, offset: int) -> list[CompletionItem]:
    """The classes in scope, the library's types and the primitive ones."""
    items = [CompletionItem(e.name, "class", describe.signature(e.symbol, e.node), _doc_of(e.symbol, analysis), rank=1)
             for e in scope_at(unit, index, offset, getattr(analysis, "program", None)) if e.kind == "class"]
    items += [CompletionItem(n, "class", f"type {n}", rank=2) for n in _TYPE_NAMES]
    items += [CompletionItem(n, k, d, doc, None, rank=2) for n, k, d, doc, _, _ in _library_globals(analysis)
              if k == "class"]
    return items


def _placeholder_node(unit, start: int):
    """The name or selection the parser made of the placeholder: innermost on the path to its offset."""
    for n in reversed(chain_at(unit, start)):
        if getattr(n, "name", None) == PLACEHOLDER:
            return n
    return None


# ------------------------------------------------------------------------------------------------ members


def _members_of(qualifier, analysis, index: DefinitionIndex, owner, prelude) -> list[CompletionItem]:
    model = getattr(analysis, "model", None)
    ref = reference_at(model, qualifier.span.start) if model is not None else None
    if ref is not None and ref[0] == qualifier.span and isinstance(ref[1], sy.ObjectSymbol):
        return [_member_item(m, analysis) for m in mem.object_members(ref[1], inside=ref[1] is owner)]
    tpe = getattr(model, "node_types", {}).get(qualifier) if model is not None else None
    if tpe is not None and tpe is not ERROR:
        return [_member_item(m, analysis) for m in mem.members_of_type(tpe, prelude, inside=owner)]
    path = qualified_path(qualifier)
    if path is None:
        return []
    found = mem.static_members(path, prelude)
    program = getattr(analysis, "program", None)
    obj = getattr(program, "objects", {}).get(path) if program is not None else None
    if obj is not None:
        found += mem.object_members(obj, inside=obj is owner)
    return [_member_item(m, analysis) for m in found]


def _member_item(m: mem.Member, analysis) -> CompletionItem:
    kind = {"constant": "constant", "object": "object", "class": "class"}.get(m.kind, m.kind)
    return CompletionItem(m.name, kind, m.signature, _doc_of(m.symbol, analysis) or m.doc,
                          _call_snippet(m.name, m.params), rank=2, params=m.params,
                          param_docs=_param_docs(m.symbol, m.params, analysis))


def _call_snippet(name: str, params) -> str | None:
    """`name(${1:a}, ${2:b})` for a method with parameters; None (the label) otherwise."""
    if not params:
        return None if params is None or not re.match(r"^\w+$", name) else None
    if not re.match(r"^[A-Za-z_]\w*$", name):
        return None
    holes = ", ".join(f"${{{i + 1}:{p[0]}}}" for i, p in enumerate(params))
    return f"{name}({holes})"


def _comment_of(sym, analysis) -> str | None:
    span = describe.own_span(sym)
    if span is None:
        return None
    found = txt.source_of(analysis, span)
    return describe.doc_comment(found[0], found[1].start) if found is not None else None


def _doc_of(sym, analysis) -> str:
    comment = _comment_of(sym, analysis)
    return describe.doc_markdown(comment) if comment else ""


def _param_docs(sym, params, analysis) -> tuple:
    comment = _comment_of(sym, analysis) if sym is not None and params else None
    if not comment:
        return ()
    return tuple(describe.param_doc(comment, name) or "" for name, _ in params)


# ------------------------------------------------------------------------------------------------ scope


_SCOPE_RANK = {"local": 0, "parameter": 0, "field": 1, "method": 1, "object": 3, "class": 3}


def _in_scope(analysis, unit, index: DefinitionIndex, offset: int) -> list[CompletionItem]:
    items = []
    for entry in scope_at(unit, index, offset, getattr(analysis, "program", None)):
        if entry.name == PLACEHOLDER:
            continue
        kind = entry.kind
        sym = entry.symbol
        if isinstance(sym, sy.MethodSymbol):
            params = None if sym.params is None else tuple((p.name, describe.type_name(p.tpe))
                                                           for p in written_params(sym.params))
        else:
            params = None
        items.append(CompletionItem(entry.name, kind, describe.signature(sym, entry.node),
                                    _doc_of(sym, analysis) if sym is not None else "",
                                    _call_snippet(entry.name, params), rank=_SCOPE_RANK.get(kind, 2),
                                    params=params, param_docs=_param_docs(sym, params, analysis)))
    return items


# Names every program sees, or sees once the memory library is imported (the library's names, by `visible`):
# (name, kind, declaration, documentation, snippet, parameters).
_GLOBALS = [
    ("println", "method", "def println(x: Any): Unit", "Prints x's string form and a line break.", None,
     (("x", "Any"),)),
    ("print", "method", "def print(x: Any): Unit", "Prints x's string form.", None, (("x", "Any"),)),
    ("assert", "method", "def assert(cond: Boolean): Unit", "Throws AssertionError when `cond` is false.", None,
     (("cond", "Boolean"),)),
    ("require", "method", "def require(cond: Boolean): Unit",
     "Throws IllegalArgumentException when `cond` is false.", None, (("cond", "Boolean"),)),
    ("math", "object", "package scala.math", "sqrt, abs, min, max, pow, sin, ... as StrictMath computes them.", None,
     None),
    ("Array", "object", "object Array", "`Array(1, 2)`, `Array.fill(n)(x)`, `Array.ofDim[T](n)`, ...", None, None),
    ("Integer", "object", "object java.lang.Integer", "parseInt, toBinaryString, toHexString, MAX_VALUE, ...", None,
     None),
    ("Character", "object", "object java.lang.Character", "isDigit, isLetter, toUpperCase, ...", None, None),
    ("StringBuilder", "class", "class StringBuilder()", "A growable string: append, toString, length.", None, None),
    ("sys", "object", "package scala.sys", "`sys.exit(status)`.", None, None),
]
_MEMORY_GLOBALS = [
    ("withMemoryAllocator", "method", "def withMemoryAllocator[T](body: MemoryAllocator => T): T",
     "Opens a linear-memory allocation scope; every segment allocated in `body` is freed when it returns.",
     "withMemoryAllocator { ${1:allocator} =>\n  $0\n}", (("body", "MemoryAllocator => T"),)),
    ("wasi", "object", "object wasi", "WASI preview1 functions (`wasi.fdWrite`, ...) and STDIN/STDOUT/STDERR.", None,
     None),
    ("memory", "object", "object memory", "`memory.withMemoryAllocator`.", None, None),
    ("MemorySegment", "class", "class MemorySegment", "A range of linear memory: get/set of primitives, start, size.",
     None, None),
    ("MemoryAllocator", "class", "class MemoryAllocator", "Allocates segments within a withMemoryAllocator scope.",
     None, None),
]


def _library_globals(analysis) -> list[tuple]:
    visible = set()
    model = getattr(analysis, "model", None)
    for ext in getattr(model, "extensions", ()) or ():
        visible |= set(getattr(ext, "visible", ()) or ())
    return _GLOBALS + [g for g in _MEMORY_GLOBALS if g[0] in visible]


def _globals(analysis) -> list[CompletionItem]:
    return [CompletionItem(n, k, d, doc, ins, rank=4, params=params)
            for n, k, d, doc, ins, params in _library_globals(analysis)]


_KEYWORDS = ("val var def if else while do for yield match case new return throw true false null this object class "
             "import private override final lazy").split()
_SNIPPETS = [
    ("def main", "def main(args: Array[String]): Unit = {\n  $0\n}", "The program's entry point."),
    ("for until", "for (${1:i} <- 0 until ${2:n}) {\n  $0\n}", "A loop over 0 until n."),
    ("while", "while (${1:cond}) {\n  $0\n}", "A while loop."),
    ("if else", "if (${1:cond}) {\n  $2\n} else {\n  $0\n}", "A conditional."),
    ("match", "${1:value} match {\n  case ${2:_} => $0\n}", "A pattern match."),
    ("object Main", "object ${1:Main} {\n  def main(args: Array[String]): Unit = {\n    $0\n  }\n}",
     "An object with a main method."),
    ("import wasm", "import scala.scalajs.wasm._\nimport scala.scalajs.wasm.memory._",
     "The memory intrinsics and WASI."),
]


def _keywords() -> list[CompletionItem]:
    items = [CompletionItem(k, "keyword", rank=6) for k in _KEYWORDS]
    items += [CompletionItem(label, "snippet", label, doc, body, rank=5) for label, body, doc in _SNIPPETS]
    return items
