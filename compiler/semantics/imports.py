"""Imports inside files, objects, classes and blocks: which qualified name an unqualified one stands for.

An import makes the members of a user object (`import Geometry._`, `import Geometry.area`) or of `scala.math`
(`import scala.math._`, `import math.{sqrt, pow}`) usable without their prefix. Other imports (`java.util.Arrays`,
`scala.collection.mutable`) bring nothing the subset does not already resolve by its qualified name, so they are
accepted and change nothing.
"""
from __future__ import annotations

from ..syntax import ast
from .builtins import CONSTANTS, LIBRARY_MATH_FUNCTIONS, MATH_FUNCTIONS

# The import prefixes that name Scala's or Java's math library, and the prefix the typer resolves them under.
MATH_PACKAGES = {"scala.math": "math", "math": "math", "java.lang.Math": "Math", "Math": "Math",
                 "StrictMath": "Math", "java.lang.StrictMath": "Math"}


def selects(imp: ast.Import, name: str) -> tuple[list[str], str] | None:
    """(the path of the object or package `imp` imports `name` from, the member's own name), or None when it does
    not import it; `import a.{b => c}` imports b as c (and no longer as b)."""
    for original, alias in imp.aliases.items():
        if alias == name:
            return imp.path, original
    if not imp.selectors:
        return (imp.path[:-1], name) if imp.path and imp.path[-1] == name else None
    if name in imp.aliases:
        return None  # renamed or hidden
    if name in imp.selectors or "_" in imp.selectors:
        return imp.path, name
    return None


def qualified_name(imports, name: str, objects: dict, known_path) -> str | None:
    """`name` as `Prefix.member` when one of the imports (innermost first) brings it in, else None. known_path
    tells whether a qualified name is one the type checker resolves (a library's static method)."""
    for imp in imports:
        found = selects(imp, name)
        if found is None or not found[0]:
            continue
        prefix, member = found
        math_prefix = MATH_PACKAGES.get(".".join(prefix))
        if math_prefix is not None:
            if member in MATH_FUNCTIONS or member in LIBRARY_MATH_FUNCTIONS or f"{math_prefix}.{member}" in CONSTANTS:
                return f"{math_prefix}.{member}"
            continue
        obj = objects.get(prefix[-1])
        if obj is not None and (member in obj.fields or member in obj.methods):
            return f"{obj.name}.{member}"
        path = ".".join([*prefix, member])
        if path in CONSTANTS or known_path(path):
            return path
    return None


def as_selection(path: str, span) -> ast.Expr:
    """`A.b` as the syntax tree the typer resolves qualified names from, every node at the imported name's span."""
    head, *rest = path.split(".")
    node: ast.Expr = ast.Ident(span, head)
    for part in rest:
        node = ast.Select(span, node, part, span)
    return node
