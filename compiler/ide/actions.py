"""Refactorings offered at a position: "add explicit type" on a `val`/`var`/`def` written without one, and "wrap in
`withMemoryAllocator`" for code that calls `allocate` outside any allocator scope. Edits are byte spans and text."""
from __future__ import annotations

from dataclasses import dataclass

from ..source import Span
from ..syntax import ast
from .symbols import SymbolIndex
from .syntax_walk import chain_at, walk

ALLOCATOR = "allocator"
_MEMORY_IMPORTS = ("import scala.scalajs.wasm._", "import scala.scalajs.wasm.memory._")


@dataclass(frozen=True)
class Action:
    title: str
    kind: str  # "refactor.rewrite" or "refactor.extract"
    edits: tuple[tuple[Span, str], ...]  # (span to replace, new text), in the file's byte offsets


def actions_at(data: bytes, unit, index: SymbolIndex | None, span: Span) -> list[Action]:
    if unit is None:
        return []
    found = []
    typed = add_explicit_type(data, unit, index, span.start)
    if typed is not None:
        found.append(typed)
    wrapped = wrap_in_allocator(data, unit, span)
    if wrapped is not None:
        found.append(wrapped)
    return found


def add_explicit_type(data: bytes, unit, index: SymbolIndex | None, offset: int) -> Action | None:
    """On the head of a definition without a written type (from its start to its `=`): insert the type the
    compiler inferred, when it is known and can be written."""
    for node in reversed(chain_at(unit, offset)):
        if isinstance(node, ast.ValDef) and node.tpe is None and node.rhs is not None:
            body = node.rhs
        elif isinstance(node, ast.DefDef) and node.ret is None and node.body is not None and node.name != "this":
            body = node.body
        else:
            continue
        equals = data.rfind(b"=", node.name_span.end, body.span.start)
        if equals < 0 or not (node.span.start <= offset <= equals + 1):
            return None  # procedure syntax `def f() { }` has no `=` to put a type before; or the cursor is in the body
        entity = index.entities.get(node.name_span) if index is not None else None
        sym = entity.symbol if entity is not None else None
        tpe = getattr(sym, "result", None) if isinstance(node, ast.DefDef) else getattr(sym, "tpe", None)
        written = str(tpe) if tpe is not None else ""
        if not written or any(c in written for c in "<?$"):
            return None  # not inferred (an error), or a type with no Scala spelling
        at = equals
        while at > node.name_span.end and data[at - 1:at].isspace():
            at -= 1
        return Action(f"Add explicit type `{written}`", "refactor.rewrite", ((Span(at, at), f": {written}"),))
    return None


def wrap_in_allocator(data: bytes, unit, span: Span) -> Action | None:
    """A bare `allocate(n)` (no allocator in scope: the typer reports `allocate` unresolved) in or at the range: wrap
    its statement and the rest of the block in `withMemoryAllocator { allocator => ... }` (later statements may use
    what it defines), and call `allocator.allocate` there."""
    calls = [n for n in walk(unit) if isinstance(n, ast.Apply) and isinstance(n.fn, ast.Ident)
             and n.fn.name == "allocate" and n.span.start <= span.end and span.start <= n.span.end]
    if not calls:
        return None
    call = calls[0]
    block, first = _statement_in_block(unit, call.fn.span.start)
    if block is None:
        return None
    stats = block.stats[first:]
    start, end = _line_start(data, stats[0].span.start), stats[-1].span.end
    indent = data[start:stats[0].span.start].decode("utf-8", "replace")
    if indent.strip():
        return None  # the statement shares its line with code before it: no clean place for the opening line
    inner = _replace_bare_allocates(data, Span(start, end), stats)
    body = "\n".join(("  " + line) if line.strip() else line for line in inner.split("\n"))
    text = f"{indent}withMemoryAllocator {{ {ALLOCATOR} =>\n{body}\n{indent}}}"
    edits = [(Span(start, end), text)]
    missing = [imp for imp in _MEMORY_IMPORTS if imp.encode() not in data]
    if missing:
        at = _import_position(data, unit)
        edits.insert(0, (Span(at, at), "".join(f"{imp}\n" for imp in missing)))
    return Action("Wrap in withMemoryAllocator", "refactor.extract", tuple(edits))


def _statement_in_block(unit, offset: int) -> tuple[ast.Block | None, int]:
    """The innermost block holding the offset, and the index of its statement that does."""
    chain = chain_at(unit, offset)
    for depth in range(len(chain) - 1, 0, -1):
        node = chain[depth - 1]
        if isinstance(node, ast.Block):
            child = chain[depth]
            for i, stat in enumerate(node.stats):
                if stat is child:
                    return node, i
    return None, 0


def _replace_bare_allocates(data: bytes, region: Span, stats) -> str:
    spots = sorted(n.fn.span.start for s in stats for n in walk(s)
                   if isinstance(n, ast.Apply) and isinstance(n.fn, ast.Ident) and n.fn.name == "allocate")
    out, pos = [], region.start
    for spot in spots:
        out.append(data[pos:spot])
        out.append(f"{ALLOCATOR}.".encode())
        pos = spot
    out.append(data[pos:region.end])
    return b"".join(out).decode("utf-8", "replace")


def _line_start(data: bytes, offset: int) -> int:
    return max(data.rfind(b"\n", 0, offset), data.rfind(b"\r", 0, offset)) + 1


def _import_position(data: bytes, unit) -> int:
    """Where new imports go: after the last import at the top of the file, else after the package clause, else at
    the start."""
    imports = [i.span.end for i in getattr(unit, "imports", ()) if i.span.end <= len(data)]
    if imports:
        end = max(imports)
        newline = data.find(b"\n", end)
        return len(data) if newline < 0 else newline + 1
    stripped = data.lstrip()
    if stripped.startswith(b"package "):
        newline = data.find(b"\n", len(data) - len(stripped))
        return len(data) if newline < 0 else newline + 1
    return 0
