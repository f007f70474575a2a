"""What each name of a program is: every definition and every use, keyed by the definition's name span.

An entity is identified by where its name is defined (a span in the program's offset space), not by a symbol
object: a class's `val x` parameter is both a constructor parameter and a field, two symbols with one definition,
and renaming either must rename both. Uses come from the typer's references (a select's span covers `q.y`, so
the name is cut out of it); definitions come from the syntax tree, walked generically, so node kinds added later
degrade to "no definition here" instead of failing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..semantics.symbols import ClassSymbol, FieldSymbol, LocalSymbol, MethodSymbol, ObjectSymbol
from ..source import Span
from ..syntax import ast
from ..units import SourceSet
from .syntax_walk import children, header_children

# Kinds of entities (the server maps them to LSP's symbol and token kinds).
CLASS, OBJECT, METHOD, FIELD, LOCAL, PARAMETER, TYPE = "class", "object", "method", "field", "local", "parameter", \
    "type"


@dataclass(eq=False)
class Entity:
    """One named thing of the program: its definition's name span, its kind, and where it is used."""

    name: str
    definition: Span  # the name in the definition (program offsets)
    kind: str
    mutable: bool = False  # a `var` (local or field)
    uses: list[Span] = field(default_factory=list)  # the name at each use (program offsets)
    seen: set[Span] = field(default_factory=set, repr=False)  # the same, for membership
    symbol: object = field(default=None, repr=False)  # the compiler's symbol, when a use names one
    node: object = field(default=None, repr=False)  # the defining syntax node, when the walk found it
    # The syntax node of the scope it is defined in; ("package", name) at the top level.
    scope: object = field(default=None, repr=False)
    used: bool = field(default=False, repr=False)  # a use has set its kind (the first one does, or a field's)

    @property
    def occurrences(self) -> list[Span]:
        """The definition and every use, in order, without repeats."""
        return sorted({self.definition, *self.uses}, key=lambda s: s.start)


def symbol_kind(sym) -> str | None:
    if isinstance(sym, ClassSymbol):
        return CLASS
    if isinstance(sym, ObjectSymbol):
        return OBJECT
    if isinstance(sym, MethodSymbol):
        return None if sym.is_constructor else METHOD
    if isinstance(sym, FieldSymbol):
        return FIELD
    if isinstance(sym, LocalSymbol):
        return PARAMETER if sym.is_param else LOCAL
    if isinstance(sym, ast.TypeAlias):
        return TYPE
    return None


def _definition_of(sym) -> Span | None:
    span = getattr(sym, "name_span", None) if isinstance(sym, ast.Node) else getattr(sym, "span", None)
    if not isinstance(span, Span):
        return None
    # A generated symbol (a case class's companion) sits at its class's name with a Span subclass: the same entity.
    return span if type(span) is Span else Span(span.start, span.end)


class SymbolIndex:
    """Every entity of an analysed program whose definition lies in one of its files (not the prelude's, not a
    built-in), with the name spans of its uses and the scope it is defined in."""

    def __init__(self, model, files: SourceSet, units: list, untyped: frozenset = frozenset(), on_use=None) -> None:
        """untyped: ids of methods whose bodies are left out (not walked: an analysis that left them untyped, whose
        tokens are kept from before, ide/token_reuse.py). on_use(used, definition, name, kind, mutable): told each
        use added from the model's references."""
        self.files = files
        self._untyped = untyped
        self._on_use = on_use
        self._single = files.sources[0].data if len(files) == 1 else None  # one file: spans are its offsets
        self.entities: dict[Span, Entity] = {}
        self.by_scope: dict[object, list[Entity]] = {}
        self._use_at: list[tuple[Span, Entity, bool]] = []  # (name span, entity, written as a bare name)
        self._imports: list = []
        self.nodes: list = []  # every syntax node walked, for other queries over the same tree (tokens)
        for unit in units:
            if unit is not None:
                self._add_definitions(unit)
        for span, sym in getattr(model, "references", ()) or ():
            self._add_use(span, sym)
        for imp in self._imports:
            self._add_import_uses(imp)
        self._add_named_arguments()
        self._attach_symbols(getattr(model, "program", None))
        self._use_at.sort(key=lambda use: use[0].start)

    @classmethod
    def of_analysis(cls, analysis) -> "SymbolIndex":
        """The index of an `api.Analysis` (one file, or one file of a program) or an `api.ProgramAnalysis`."""
        files = getattr(analysis, "files", None) or SourceSet([analysis.source])
        units = getattr(analysis, "units", None) or [getattr(analysis, "unit", None)]
        return cls(getattr(analysis, "model", None), files, units)

    # -------------------------------------------------------------------------------------------- building

    def text(self, span: Span) -> bytes:
        if self._single is not None:
            return self._single[span.start:span.end]
        source, local = self.files.local(span)
        return source.data[local.start:local.end]

    def _in_files(self, span: Span) -> bool:
        if span.start < 0 or span.end <= span.start:
            return False
        if self._single is not None:
            return span.end <= len(self._single)
        source, local = self.files.local(span)
        return local.end <= len(source.data)

    def _add_definitions(self, unit) -> None:
        """Walks the tree with the scope each node is in: a definition belongs to the scope around it, and a
        class, object, def, block, lambda, case or for opens a new one. Top-level definitions share their
        package's scope across files."""
        stack = []
        self._imports.extend(getattr(unit, "imports", ()))
        for i, d in enumerate(getattr(unit, "defs", ())):
            stack.append((d, ("package", tuple(unit.packaging_of(i).name)), True))
        nodes = self.nodes
        while stack:
            node, scope, member = stack.pop()
            nodes.append(node)
            kind, span, mutable = _defined_by(node, member)
            name = node_name(node)
            # A generated node (a case class's companion) has a Span subclass at its class's name: not written here.
            if kind is not None and type(span) is Span and self._in_files(span) and \
                    self.text(span).decode("utf-8", "replace") == name:
                entity = self.entities.get(span)
                if entity is None:
                    entity = self.entities[span] = Entity(name, span, kind, mutable, node=node, scope=scope)
                    self.by_scope.setdefault(_scope_key(scope), []).append(entity)
            if isinstance(node, ast.Import) and node not in self._imports:
                self._imports.append(node)
            inner = node if isinstance(node, _SCOPE_NODES) else scope
            members = set()
            if isinstance(node, (ast.ClassDef, ast.ObjectDef)):
                members = {id(s) for s in node.body}
                if isinstance(node, ast.ClassDef):
                    members.update(id(p) for p in node.params if p.binding)
            for child in (children(node) if id(node) not in self._untyped else header_children(node)):
                stack.append((child, inner, id(child) in members))

    def _add_use(self, span: Span, sym) -> None:
        definition = _definition_of(sym)
        name = getattr(sym, "name", None)
        kind = symbol_kind(sym)
        if definition is None or not isinstance(name, str) or kind is None or not self._in_files(definition):
            return
        if self.text(definition).decode("utf-8", "replace") != name:
            return  # a synthetic symbol placed at some other name (the `this` of a constructor, a loop's temps)
        used = self.name_in(span, name)
        if used is None or used == definition:
            return
        mutable = bool(getattr(sym, "mutable", False))
        if self._on_use is not None:
            self._on_use(used, definition, name, kind, mutable)
        self.add_use(used, definition, name, kind, mutable, used == span, sym)

    def add_use(self, used: Span | None, definition: Span, name: str, kind: str, mutable: bool, bare: bool = False,
                sym=None) -> None:
        """A use of the entity defined at definition (a reference of the model's, or one kept from an earlier
        analysis: ide/token_reuse.py, which gives no used span, as it takes only what the use makes the entity)."""
        entity = self.entities.get(definition)
        if entity is None:
            entity = self.entities[definition] = Entity(name, definition, kind, mutable)
        if not entity.used or kind == FIELD:  # a class parameter that is a field: the field speaks for it
            entity.used = True
            entity.symbol = sym if sym is not None else entity.symbol
            if entity.kind not in (CLASS, OBJECT, TYPE):
                entity.kind = kind
            entity.mutable = entity.mutable or mutable
        if used is not None and used not in entity.seen:
            entity.seen.add(used)
            entity.uses.append(used)
            self._use_at.append((used, entity, bare))

    def _attach_symbols(self, program) -> None:
        """The typer's symbol for each definition nobody uses (its type, for "add explicit type")."""
        if program is None:
            return
        owners = [*getattr(program, "objects", {}).values(), *getattr(program, "classes", {}).values()]
        symbols = list(owners)
        methods = list(getattr(program, "local_methods", ()))
        for owner in owners:
            symbols += [*owner.fields.values(), *getattr(owner, "init_locals", ())]
            methods += list(owner.every_method())
        for method in methods:
            symbols += [method, *(method.params or ()), *method.locals]
        for sym in symbols:
            entity = self.entities.get(_definition_of(sym))
            if entity is not None and entity.symbol is None and getattr(sym, "name", None) == entity.name:
                entity.symbol = sym

    def _add_named_arguments(self) -> None:
        """`f(x = 1)`, `new C(x = 1)`: the argument's name is a use of the callee's parameter (the typer records
        none), found through the callee's own use and its definition's parameter list."""
        use_at = {span: entity for span, entity, _ in self._use_at}
        for node in self.nodes:
            named = [a for a in getattr(node, "args", None) or () if isinstance(a, ast.NamedArg)]
            if not named:
                continue
            if isinstance(node, ast.Apply) and isinstance(node.fn, (ast.Ident, ast.Select)):
                callee_span = node.fn.name_span if isinstance(node.fn, ast.Select) else node.fn.span
            elif isinstance(node, ast.New):
                callee_span = self.name_in(node.tpe.span, node.tpe.name)
            else:
                continue
            callee = use_at.get(callee_span)
            params = getattr(getattr(callee, "node", None), "params", None) or ()
            by_name = {p.name: self.entities.get(p.name_span) for p in params if isinstance(p, ast.Param)}
            for arg in named:
                entity = by_name.get(arg.name)
                if entity is not None and arg.name_span not in entity.seen:
                    entity.seen.add(arg.name_span)
                    entity.uses.append(arg.name_span)
                    self._use_at.append((arg.name_span, entity, False))

    def _add_import_uses(self, imp) -> None:
        """The names an import statement mentions (the typer records no reference there): `import a.b.C` names the
        top-level C of package a.b, `import O.{m, n}` the members m and n of object O."""
        if not self._in_files(imp.span):
            return
        path = list(getattr(imp, "path", ()))
        wanted = [(path[-1], path[:-1])] if path and not imp.selectors else []
        wanted += [(sel, path) for sel in imp.selectors if sel != "_"]
        text = self.text(imp.span).decode("utf-8", "replace")
        for name, qualifier in wanted:
            targets = [e for e in self.by_scope.get(("package", tuple(qualifier)), ()) if e.name == name]
            if not targets and qualifier:
                targets = [e for e in self.entities.values() if e.name == name
                           and isinstance(e.scope, ast.ObjectDef) and e.scope.name == qualifier[-1]]
            for m in re.finditer(rf"(?<![\w$]){re.escape(name)}(?![\w$])", text):
                if text[:m.start()].rstrip()[-1:] not in (".", "{", ","):
                    continue
                used = Span(imp.span.start + len(text[:m.start()].encode("utf-8")),
                            imp.span.start + len(text[:m.end()].encode("utf-8")))
                for entity in targets:
                    if used not in entity.seen:
                        entity.seen.add(used)
                        entity.uses.append(used)
                        self._use_at.append((used, entity, False))
                break

    def name_in(self, span: Span, name: str) -> Span | None:
        """The name inside a reference's span: a select's span ends with it (`q.y`), a written type's starts with it
        unless qualified (`Array[Int]`, `a.b.C`). Only the ends of the span are read: some spans are whole calls."""
        if not self._in_files(span):
            return None
        raw = name.encode("utf-8")
        n = len(raw)
        if span.end - span.start == n:
            return span if self.text(span) == raw else None
        tail = self.text(Span(max(span.start, span.end - n - 1), span.end))
        if tail.endswith(raw) and not _ident_char(tail[:-n][-1:]):
            return Span(span.end - n, span.end)
        head = self.text(Span(span.start, min(span.end, span.start + 512))).split(b"[", 1)[0]
        if head.endswith(raw) and not _ident_char(head[-n - 1:-n]):
            return Span(span.start + len(head) - n, span.start + len(head))
        return None

    # -------------------------------------------------------------------------------------------- queries

    def at(self, offset: int) -> Entity | None:
        """The entity named at a program offset (a use or a definition; a cursor just after a name counts)."""
        best: tuple[Span, Entity] | None = None
        for span, entity, _ in self._use_at:
            if span.start > offset:
                break
            if offset <= span.end and (best is None or span.end - span.start < best[0].end - best[0].start):
                best = (span, entity)
        if best is not None:
            return best[1]
        return next((e for span, e in self.entities.items() if span.start <= offset <= span.end), None)

    def uses_in(self, span: Span) -> list[tuple[Span, Entity]]:
        """The uses whose name lies inside span, in order."""
        return [(s, e) for s, e, _ in self._use_at if span.start <= s.start and s.end <= span.end]

    def definitions_in(self, span: Span) -> list[Entity]:
        return [e for s, e in self.entities.items() if span.start <= s.start and s.end <= span.end]

    def companions(self, entity: Entity) -> list[Entity]:
        """A class and the object of the same name beside it (in the same body or package): renamed together."""
        if entity.kind not in (CLASS, OBJECT):
            return [entity]
        wanted = OBJECT if entity.kind == CLASS else CLASS
        return [entity] + [e for e in self.siblings(entity) if e.kind == wanted and e.name == entity.name]

    def siblings(self, entity: Entity) -> list[Entity]:
        """The other entities defined in the same scope (block, body, parameter list, case, package)."""
        if entity.scope is None:
            return []
        return [e for e in self.by_scope.get(_scope_key(entity.scope), ()) if e is not entity]

    def clash(self, entity: Entity, new_name: str) -> str | None:
        """Why renaming entity (with its companion) to new_name would change what a name means, or None."""
        group = self.companions(entity)
        for member in group:
            for other in self.siblings(member):
                if other.name == new_name and other not in group and _same_namespace(member, other):
                    return f"`{new_name}` is already defined in the same scope"
        for span, other, bare in self._use_at:
            if bare and other.name == new_name and other not in group and _same_namespace(entity, other) \
                    and self.visible_at(entity, span):
                return f"`{new_name}` already names {other.kind} `{other.name}` used where the renamed one is visible"
        for span, used, bare in self._use_at:
            if used not in group or not bare:
                continue
            for other in self.entities.values():
                if other.name == new_name and other not in group and _same_namespace(entity, other) \
                        and self.visible_at(other, span) and _nested(other.scope, entity.scope):
                    return f"a use of `{entity.name}` would then mean the {other.kind} `{new_name}` defined nearer"
        return None

    def visible_at(self, entity: Entity, span: Span) -> bool:
        """Whether span lies in the scope entity is defined in (a package scope is everywhere)."""
        region = _scope_span(entity.scope)
        return region is None or (region.start <= span.start and span.end <= region.end)


def _scope_key(scope) -> object:
    return scope if isinstance(scope, tuple) else id(scope)


def _scope_span(scope) -> Span | None:
    return None if scope is None or isinstance(scope, tuple) else scope.span


def _nested(inner, outer) -> bool:
    """Whether scope inner lies within scope outer (and is not it): a definition there shadows outer's."""
    a, b = _scope_span(inner), _scope_span(outer)
    if a is None:
        return False
    return b is None or (b.start <= a.start and a.end <= b.end and a != b)


_DEFINING = (ast.ClassDef, ast.ObjectDef, ast.DefDef, ast.ValDef, ast.Param, ast.TypeAlias, ast.BindPattern)
_DEFINES: dict[type, bool] = {}
_SCOPE_NODES = (ast.ClassDef, ast.ObjectDef, ast.DefDef, ast.Block, ast.Lambda, ast.Case, ast.For)
_TYPES = frozenset({CLASS, TYPE})


def _same_namespace(a: Entity, b: Entity) -> bool:
    """Scala keeps types and terms apart: a class may share its name with a value, not with another type. An
    object is a term, and also clashes with a class of its name unless they are companions (checked before)."""
    if a.kind in _TYPES or b.kind in _TYPES:
        return (a.kind in _TYPES or a.kind == OBJECT) and (b.kind in _TYPES or b.kind == OBJECT)
    return True


def _ident_char(b: bytes) -> bool:
    return bool(b) and (b.isalnum() or b in (b"_", b"$") or b[0] >= 0x80)


def node_name(node) -> str | None:
    name = getattr(node, "name", None)
    return name if isinstance(name, str) else None


def _defined_by(node, member: bool) -> tuple[str | None, Span | None, bool]:
    """(kind, name span, mutable) of a syntax node that defines a name, or (None, ...) for any other node."""
    defines = _DEFINES.get(type(node))
    if defines is None:
        defines = _DEFINES[type(node)] = isinstance(node, _DEFINING)
    if not defines:
        return None, None, False
    if isinstance(node, ast.ClassDef):
        return CLASS, node.name_span, False
    if isinstance(node, ast.ObjectDef):
        return OBJECT, node.name_span, False
    if isinstance(node, ast.DefDef):
        return (METHOD if node.name != "this" else None), node.name_span, False
    if isinstance(node, ast.ValDef):
        return (FIELD if member else LOCAL), node.name_span, node.mutable
    if isinstance(node, ast.ClassParam):
        return (FIELD if member else PARAMETER), node.name_span, node.binding == "var"
    if isinstance(node, ast.Param):
        return PARAMETER, node.name_span, False
    if isinstance(node, ast.TypeAlias):
        return TYPE, node.name_span, False
    if isinstance(node, ast.BindPattern):
        return LOCAL, node.span, False
    return None, None, False
