"""Fully qualified library names: `scala.collection.immutable.List(1)`, `java.lang.String.valueOf(x)`,
`scala.None` mean what the short name means, and a library path the subset lacks is `unsupported` naming it.

scalac sees the packages `scala` and `java` (and, through `import scala._`, `collection`, `util`, `io`...) and the
members of `java.lang` and `Predef` everywhere; a program here reaches most of the library by its short names. A
qualified path that nothing else in the typer recognised (it would be typed as a value named `scala` and fail as
`not found`) comes here: its package prefix is dropped where the short name is the same library definition (and
the program defines none of that name), else the path is reported as `unsupported`, never `not found`.
"""
from __future__ import annotations

from ..syntax import ast
from . import imports, tir
from .builtins import CONSTANTS
from .types import CHAR, STRING, ArrayType

# The first names of paths into the library that scalac resolves without an import and nothing here resolves as a
# value (`List` and `Integer` are objects of the prelude's, typed as any object is; `math.max` is the typer's).
ROOTS = frozenset({"_root_", "scala", "java", "javax", "collection", "util", "io", "reflect", "runtime", "annotation",
                   "concurrent", "sys", "math", "Predef", "System", "String", "StrictMath", "Thread", "Runtime",
                   "Object"})

# Package prefixes, longest first, and the names under each that mean the definition a short name reaches.
_SHORT_NAMES = frozenset({"List", "Nil", "Vector", "Seq", "IndexedSeq", "Map", "Set", "Range", "Stream", "Iterator",
                          "Option", "Some", "None", "Array", "Either", "Left", "Right", "Ordering", "BigInt", "Console",
                          "StringBuilder", "math", "Math", "Integer", "Character", "String", "Long", "Double",
                          "Float", "Boolean", "Short", "Byte", "System", "Int", "Char"})
_PREFIXES = ("_root_.", "scala.collection.immutable.", "collection.immutable.", "scala.collection.",
             "collection.", "scala.util.", "util.", "scala.math.", "scala.Predef.", "Predef.", "java.lang.", "scala.")
# The library's packages a program imports to name their members by a prefix (`mutable.Set`).
_LIBRARY_PACKAGES = frozenset({"scala.collection.mutable", "scala.collection.immutable", "scala.collection",
                               "scala.util", "scala.io", "scala.math", "scala.util.control", "java.util",
                               "java.lang", "java.io", "scala.annotation", "scala.concurrent"})
# What a short name stands for when it is no name of its own here (`StrictMath.abs` is `Math.abs`, exactly).
_RENAMED = {"StrictMath": "Math"}


def shortened(path: str, defined) -> str | None:
    """path without the package prefix scalac would not need (`scala.collection.immutable.List.fill` ->
    `List.fill`), or None when no prefix can be dropped. defined(name): whether the program defines the name (its
    own `List` is not scala's)."""
    changed = False
    while True:
        for prefix in _PREFIXES:
            if path.startswith(prefix):
                rest = path[len(prefix):]
                head = rest.split(".", 1)[0]
                if prefix in ("_root_.", "scala.Predef.", "Predef.") and rest or \
                        (head in _SHORT_NAMES or head in _RENAMED) and not defined(head):
                    path, changed = rest, True
                    break
        else:
            break
    head, dot, tail = path.partition(".")
    if head in _RENAMED and not defined(head):
        path, changed = _RENAMED[head] + dot + tail, True
    return path if changed else None


class LibraryPathTyping:
    """Typer mixin: the last resort for a qualified name rooted in the library's packages."""

    def library_path(self, path: str, node: ast.Expr, rebuild, ctx, expected, args=None) -> tir.Expr | None:
        """The typed form of a use of `path` that nothing else resolved (node: the use, for its spans; rebuild(sel):
        the use with the shortened selection in its place; args: the call's arguments), or None when path's first
        name is not the library's (a local, a member, an object, a package or an import of the program's, or an
        object of the prelude's)."""
        head = path.split(".", 1)[0]
        imported = self.imported_package(head, node.span, ctx) if head not in ROOTS else None
        if imported is not None:  # `mutable.LinkedHashSet` after `import scala.collection.mutable`
            return self.unsupported(f"`{imported}{path[len(head):]}` from the Scala library", node.span)
        parts = path.split(".")
        if head not in ROOTS or any(".".join(parts[:k]) in CONSTANTS for k in range(2, len(parts))) \
                or self.path_starts_with_value(path, ctx) or self.scopes.at(node.span).term(head) \
                is not None or self.imported(head, ctx) is not None or self.object_named(head, node.span) \
                is not None or self.member_in_scope(head, ctx, node.span) is not None:
            return None
        short = shortened(path, lambda name: name in self.program.classes or name in self.program.objects)
        if (short or path) == "String.valueOf" and args is not None and len(args) == 1:
            return self.string_value_of(args[0], node.span, ctx)
        if short is None:
            return self.unsupported(f"`{path}` from the Scala library", node.span)
        return self.type_expr(rebuild(imports.as_selection(short, node.span)), ctx, expected)

    def imported_package(self, name: str, span, ctx) -> str | None:
        """The library package an import in scope names `name` (`import scala.collection.mutable`), when nothing
        of the program's is named so; None otherwise."""
        if ctx.scope.lookup(name) is not None or self.member_in_scope(name, ctx, span) is not None \
                or self.scopes.at(span).term(name) is not None:
            return None
        for imp in self.visible_imports(ctx):
            found = imports.selects(imp, name)
            if found is None or not found[0] or found[0][0] not in ("scala", "java"):
                continue
            path = ".".join([*found[0], found[1]])
            if path in _LIBRARY_PACKAGES:
                return path
        return None

    def string_value_of(self, arg: ast.Expr, span, ctx) -> tir.Expr:
        """`String.valueOf(x)`: a char array's chars, else x as string conversion gives it (`"" + x`)."""
        value = self.type_expr(arg, ctx)
        if value.tpe == ArrayType(CHAR):
            return tir.Builtin(span, STRING, "newString", [value])
        return self.type_expr(ast.Infix(span, "+", span, ast.Literal(span, "string", ""), ast.Typed(arg.span, value)),
                              ctx, STRING)
