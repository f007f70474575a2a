"""Packages and compilation units: which top-level objects and classes each part of a file sees, and by what names.

A program's files share one offset space (`units.SourceSet`: file k's spans start at k * FILE_STRIDE), so the
typer finds the names visible at any node from the node's span alone: the file from the offset, then the innermost
packaging of that file around it. Lookups follow Scala's order, simplified: the packaging's own package, explicit
imports, wildcard imports, the enclosing packages that chained clauses opened, then the root package (where
fully qualified names start).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import diagnostics as codes
from ..source import Span
from ..syntax import ast
from .symbols import ClassSymbol, FieldSymbol, MethodSymbol, ObjectSymbol

FILE_STRIDE = 1 << 32  # byte offsets of file k start at k * FILE_STRIDE; a file is never 4 GiB


LIBRARY_ROOTS = frozenset({"scala", "java", "javax"})  # imports from there are the libraries', never the program's


@dataclass(eq=False)
class PackageSymbol:
    """A package: the packages, objects and classes defined in it (by any file)."""

    name: str
    full_name: str  # "" for the root package
    span: Span = field(default_factory=lambda: Span(0, 0))  # of one of its clauses, for go-to-definition
    packages: dict[str, "PackageSymbol"] = field(default_factory=dict)
    objects: dict[str, ObjectSymbol] = field(default_factory=dict)
    classes: dict[str, ClassSymbol] = field(default_factory=dict)

    def term(self, name: str) -> "PackageSymbol | ObjectSymbol | None":
        return self.objects.get(name) or self.packages.get(name)

    def qualify(self, name: str) -> str:
        return f"{self.full_name}.{name}" if self.full_name else name

    def __repr__(self) -> str:
        return f"PackageSymbol({self.full_name or '<root>'})"


Term = "PackageSymbol | ObjectSymbol | FieldSymbol | MethodSymbol"


def object_members(obj: ObjectSymbol, name: str) -> "FieldSymbol | MethodSymbol | None":
    return obj.fields.get(name) or obj.methods.get(name)


class PackageTree:
    """Every package of a program, from the root."""

    def __init__(self) -> None:
        self.root = PackageSymbol("", "")

    def package(self, path: list[str], span: Span | None = None) -> PackageSymbol:
        """The package at path, created (with its parents) when new."""
        pkg = self.root
        for name in path:
            child = pkg.packages.get(name)
            if child is None:
                child = pkg.packages[name] = PackageSymbol(name, pkg.qualify(name), span or Span(0, 0))
            pkg = child
        return pkg

    def find(self, path: list[str]) -> PackageSymbol | None:
        pkg = self.root
        for name in path:
            pkg = pkg.packages.get(name)
            if pkg is None:
                return None
        return pkg


class PackagingScope:
    """The top-level names that one packaging of one file sees (its package, its file's imports, the root)."""

    def __init__(self, tree: PackageTree, packaging: ast.Packaging, imports: list[ast.Import], report) -> None:
        self.tree = tree
        self.packaging = packaging
        self.span = packaging.span
        self.imports = imports
        self._report = report  # report(code, message, span): import problems, said once per import
        self._resolved: list[tuple[ast.Import, object]] | None = None
        self._terms: dict[str, object] = {}
        self._types: dict[str, ClassSymbol | None] = {}

    @property
    def package(self) -> PackageSymbol:
        return self.tree.package(self.packaging.name)

    # ---------------------------------------------------------------------------------------- lookups

    def term(self, name: str):
        """What a simple name that is not a local or a member of the enclosing class means at the top level: an
        object, a package, or a member of an object brought in by an import. None when nothing."""
        if name not in self._terms:
            self._terms[name] = self._lookup(name, lambda pkg: pkg.term(name), self._imported_term)
        return self._terms[name]

    def type(self, name: str) -> ClassSymbol | None:
        if name not in self._types:
            self._types[name] = self._lookup(name, lambda pkg: pkg.classes.get(name), self._imported_type)
        return self._types[name]

    def _lookup(self, name: str, in_package, imported):
        found = in_package(self.package)
        if found is not None:
            return found
        for wildcard in (False, True):
            for imp, target in self.resolved_imports():
                found = imported(imp, target, name, wildcard)
                if found is not None:
                    return found
        for opened in self.packaging.opened[1:]:
            pkg = self.tree.find(opened)
            found = in_package(pkg) if pkg is not None else None
            if found is not None:
                return found
        return in_package(self.tree.root)

    def _imported_term(self, imp: ast.Import, target, name: str, wildcard: bool):
        if wildcard:
            if "_" not in imp.selectors or name in imp.aliases:
                return None
            if isinstance(target, PackageSymbol):
                return target.term(name)
            if isinstance(target, ObjectSymbol):
                return object_members(target, name)
            return None
        original = self._imported_name(imp, name)
        if original is None:
            return None
        if not imp.selectors:  # `import a.b.C`: target is C itself
            return target if not isinstance(target, ClassSymbol) else None
        if isinstance(target, PackageSymbol):
            return target.term(original)
        if isinstance(target, ObjectSymbol):
            return object_members(target, original)
        return None

    def _imported_type(self, imp: ast.Import, target, name: str, wildcard: bool):
        if wildcard:
            if "_" in imp.selectors and name not in imp.aliases and isinstance(target, PackageSymbol):
                return target.classes.get(name)
            return None
        original = self._imported_name(imp, name)
        if original is None:
            return None
        if not imp.selectors:
            return self._class_at(imp.path)
        return target.classes.get(original) if isinstance(target, PackageSymbol) else None

    @staticmethod
    def _imported_name(imp: ast.Import, name: str) -> str | None:
        """The name in the imported package/object that `name` stands for through this import (explicit only)."""
        if not imp.selectors:
            return imp.path[-1] if imp.path[-1] == name else None
        for selector in imp.selectors:
            if selector == "_":
                continue
            if imp.aliases.get(selector, selector) == name:
                return selector
        return None

    # ---------------------------------------------------------------------------------------- imports

    def resolved_imports(self) -> list[tuple[ast.Import, object]]:
        """Each import with what its path names (a package, an object, a class); imports of libraries that are
        not part of the program (`scala.scalajs.wasm._`) are left out silently."""
        if self._resolved is None:
            self._resolved = []
            for imp in self.imports:
                path = imp.path if imp.selectors else imp.path[:-1]
                target = self.resolve_import_path(imp, path)
                if target is None:
                    continue
                if not imp.selectors:
                    target = self._import_target(target, imp)
                    if target is None:
                        continue
                self._resolved.append((imp, target))
        return self._resolved

    def _import_target(self, holder, imp: ast.Import):
        """`import a.b.C`: what C is inside a.b."""
        name = imp.path[-1]
        found = None
        if isinstance(holder, PackageSymbol):
            found = holder.term(name) or holder.classes.get(name)
        elif isinstance(holder, ObjectSymbol):
            found = object_members(holder, name)
        if found is None:
            self._report(codes.UNRESOLVED_NAME, f"`{name}` is not a member of {_describe(holder)}", imp.span)
        return found

    def resolve_import_path(self, imp: ast.Import, path: list[str]):
        """A package or an object of the program, or None for a path outside it (reported when it starts in the
        program but leads nowhere)."""
        if not path:
            return self.tree.root
        first = path[0]
        current = None
        for opened in self.packaging.opened:
            pkg = self.tree.find(opened)
            current = pkg.term(first) if pkg is not None else None
            if current is not None:
                break
        if current is None:
            current = self.tree.root.term(first)
        if current is None:
            if first not in LIBRARY_ROOTS:
                self._report(codes.UNRESOLVED_NAME, f"not found: package or object `{first}`", imp.span)
            return None  # a library outside the program (scala._, java.lang._, the intrinsics): its own business
        for name in path[1:]:
            nxt = current.term(name) if isinstance(current, PackageSymbol) else None
            if nxt is None:
                self._report(codes.UNRESOLVED_NAME, f"`{name}` is not a member of {_describe(current)}", imp.span)
                return None
            current = nxt
        return current

    def _class_at(self, path: list[str]) -> ClassSymbol | None:
        holder = self.resolve_path_quietly(path[:-1])
        return holder.classes.get(path[-1]) if isinstance(holder, PackageSymbol) else None

    def resolve_path_quietly(self, path: list[str]):
        """A package or object at a dotted path seen from here (the first name looked up as a term), or None."""
        if not path:
            return self.tree.root
        current = self.term(path[0])
        for name in path[1:]:
            if not isinstance(current, PackageSymbol):
                return None
            current = current.term(name)
        return current if isinstance(current, (PackageSymbol, ObjectSymbol)) else None


def _describe(sym) -> str:
    if isinstance(sym, PackageSymbol):
        return f"package `{sym.full_name}`" if sym.full_name else "the root package"
    return f"object `{sym.name}`"


class ProgramScopes:
    """The packagings of every file of a program, and the package tree they define."""

    def __init__(self, report) -> None:
        self.tree = PackageTree()
        self.report = report
        self._by_file: list[list[PackagingScope]] = []
        self._root_scope = PackagingScope(self.tree, ast.Packaging(Span(0, 0), [], []), [], report)

    def add_unit(self, unit: ast.CompilationUnit) -> list[PackagingScope]:
        """The scopes of one file's packagings, in the file's order (the first one its root)."""
        packagings = unit.packagings or [ast.Packaging(unit.span, [], [])]
        scopes = [PackagingScope(self.tree, p, unit.imports, self.report) for p in packagings]
        for p in packagings:
            if p.name:
                self.tree.package(p.name, p.span)
        index = unit.span.start // FILE_STRIDE
        while len(self._by_file) <= index:
            self._by_file.append([])
        self._by_file[index] = scopes
        return scopes

    def at(self, span: Span) -> PackagingScope:
        """The scope of the innermost packaging around a span (the root scope outside every file)."""
        index = span.start // FILE_STRIDE
        scopes = self._by_file[index] if index < len(self._by_file) else None
        if not scopes:
            return self._root_scope
        best = scopes[0]
        for scope in scopes[1:]:
            if scope.span.start <= span.start <= scope.span.end and scope.span.start >= best.span.start:
                best = scope
        return best

    def full_name(self, packaging: ast.Packaging, name: str) -> str:
        return ".".join([*packaging.name, name])

    def qualified_class(self, ref: ast.TypeRef) -> "ClassSymbol | str | None":
        """`a.b.C` written as a type: the class, a message when the prefix is a package of the program that lacks
        it, or None when the prefix is not the program's (`scala.Int`)."""
        holder = self.at(ref.span).resolve_path_quietly(ref.qualifier)
        if not isinstance(holder, PackageSymbol):
            return None
        return holder.classes.get(ref.name) or f"type `{ref.name}` is not a member of {_describe(holder)}"

    def object_path(self, names: list[str], span: Span) -> "tuple[ObjectSymbol, str] | tuple[str, int] | None":
        """`Obj.member` or `pkg.sub.Obj.member` seen from span: the object and the member's name; a message and the
        index of the name it is about when the path runs into a package that lacks its next name (or ends at a
        package); None for any other path."""
        current = self.at(span).term(names[0])
        for i, name in enumerate(names[1:], 1):
            if isinstance(current, ObjectSymbol):
                return (current, name) if i == len(names) - 1 else None
            if not isinstance(current, PackageSymbol):
                return None
            found = current.term(name)
            if found is None:
                if name in current.classes:
                    return None
                return f"`{name}` is not a member of {_describe(current)}", i
            current = found
        if isinstance(current, PackageSymbol):
            return f"{_describe(current)} is not a value", len(names) - 1
        return None
