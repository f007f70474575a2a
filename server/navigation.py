"""Document symbols, go-to-definition and the code lenses, from the analysis' tree and references."""
from __future__ import annotations

from lsprotocol import types

from scalawasi.compiler.ide.tree import reference_at
from scalawasi.compiler.source import SourceText
from scalawasi.compiler.syntax import ast
from scalawasi.compiler.syntax.caseclasses import is_synthetic
from scalawasi.compiler.syntax.reuse import then as _then

from .positions import range_of
from .syntax_walk import children

RUN_MAIN = "scalawasi.runMain"
SHOW_LOWERED = "scalawasi.showLoweredWasm"


def document_symbols(unit, source: SourceText) -> list[types.DocumentSymbol]:
    """Every definition, locals as children of their definition. A method an edit moved has its body's copy
    pending (syntax/reuse.py): its locals are read from the unmoved body, their spans moved here, so that asking
    for the symbols after each key does not copy every body."""
    if unit is None:
        return []
    return [s for d in unit.defs if (s := _symbol(d, source, None)) is not None]


def _body(defn: ast.DefDef, move):
    """The method's body and how its spans move: the unmoved body and its pending move, if any, then `move`."""
    pending = defn.__dict__.get("_moved_body")
    if pending is None:
        return defn.body, move
    body, inner = pending
    return body, inner if move is None else _then(inner, move)


def _range(source: SourceText, span, move) -> types.Range:
    return range_of(source, span if move is None else move(span))


def _symbol(node, source: SourceText, move) -> types.DocumentSymbol | None:
    if is_synthetic(node):
        return None  # a case class's generated members and companion: not written in the file
    if isinstance(node, ast.ObjectDef):
        kind, kids, detail = types.SymbolKind.Module, _members(node.body, source, move), "object"
    elif isinstance(node, ast.ClassDef):
        params = [_leaf(p, types.SymbolKind.Field, source, move, p.tpe.name if p.tpe else None)
                  for p in node.params if p.binding]
        kind, kids, detail = types.SymbolKind.Class, params + _members(node.body, source, move), "class"
    elif isinstance(node, ast.DefDef):
        kind = types.SymbolKind.Method
        body, inner = _body(node, move)
        kids = _locals(body, source, inner) if body is not None else []
        detail = _signature(node)
    elif isinstance(node, ast.ValDef):
        kind = types.SymbolKind.Variable if node.mutable else types.SymbolKind.Field
        kids = _locals(node.rhs, source, move) if node.rhs is not None else []
        detail = node.tpe.name if node.tpe else None
    else:
        return None
    return types.DocumentSymbol(name=node.name, kind=kind, range=_range(source, node.span, move),
                                selection_range=_range(source, node.name_span, move), detail=detail,
                                children=kids or None)


def _leaf(node, kind, source, move, detail=None) -> types.DocumentSymbol:
    return types.DocumentSymbol(name=node.name, kind=kind, range=_range(source, node.span, move),
                                selection_range=_range(source, node.name_span, move), detail=detail)


def _members(body: list, source: SourceText, move) -> list[types.DocumentSymbol]:
    return [s for stat in body if (s := _symbol(stat, source, move)) is not None]


def _locals(node, source: SourceText, move) -> list[types.DocumentSymbol]:
    """Local vals/vars and nested defs inside a body, as children of the enclosing definition."""
    found: list[types.DocumentSymbol] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.ValDef, ast.DefDef, ast.ClassDef, ast.ObjectDef)):
            sym = _symbol(n, source, move)
            if sym is not None:
                if isinstance(n, ast.ValDef):
                    sym.kind = types.SymbolKind.Variable
                found.append(sym)
            continue  # its own locals are its children
        stack.extend(reversed(list(children(n))))
    return found


def _signature(d: ast.DefDef) -> str:
    params = "" if d.params is None else "(" + ", ".join(
        f"{p.name}: {p.tpe.name if p.tpe else '?'}" for p in d.params) + ")"
    return f"{params}: {d.ret.name}" if d.ret else params


def definition(analysis, offset: int) -> "object | None":
    """The symbol referred to at the offset (the innermost reference), or the definition under the cursor."""
    found = reference_at(analysis.model, offset)
    return found[1] if found else None


def definitions(analysis, offset: int) -> list:
    """Where go-to-definition leads: the symbol at the offset (a use, or a method's own name) and, for a method
    or val that overrides or implements a parent's member, that member and the ones it overrides in turn."""
    sym = definition(analysis, offset) or _member_defined_at(analysis, offset)
    found = []
    while sym is not None and sym not in found:
        found.append(sym)
        sym = getattr(sym, "overrides", None)
    return found


def _member_defined_at(analysis, offset: int):
    program = getattr(analysis, "program", None)
    if program is None:
        return None
    for owner in (*program.objects.values(), *program.classes.values()):
        members = [*owner.every_method(), *(f for f in owner.fields.values() if f.owner is owner)]
        for m in members:
            if m.span.start <= offset <= m.span.end and getattr(m, "overrides", None) is not None:
                return m
    return None


def code_lenses(unit, source: SourceText, uri: str) -> list[types.CodeLens]:
    lenses: list[types.CodeLens] = []
    if unit is None:
        return lenses
    for d in unit.defs:
        if not isinstance(d, ast.ObjectDef):
            continue
        name_range = range_of(source, d.name_span)
        lenses.append(types.CodeLens(range=name_range, command=types.Command(
            title="Show lowered Wasm", command=SHOW_LOWERED, arguments=[uri])))
        for stat in d.body:
            if isinstance(stat, ast.DefDef) and stat.name == "main" and stat.params is not None:
                lenses.append(types.CodeLens(range=range_of(source, stat.name_span), command=types.Command(
                    title="▶ Run main (WASI)", command=RUN_MAIN, arguments=[uri, d.name])))
    return lenses
