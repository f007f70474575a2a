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


def selects(imp: ast.Import, name: str) -> list[str] | None:
    """The path of the object or package that `imp` imports `name` from, or None when it does not import it."""
    if not imp.selectors:
        return imp.path[:-1] if imp.path and imp.path[-1] == name else None
    if name in imp.selectors or "_" in imp.selectors:
        return imp.path
    return None


def qualified_name(imports, name: str, objects: dict) -> str | None:
    """`name` as `Prefix.name` when one of the imports (innermost first) brings it in, else None."""
    for imp in imports:
        prefix = selects(imp, name)
        if not prefix:
            continue
        math_prefix = MATH_PACKAGES.get(".".join(prefix))
        if math_prefix is not None:
            if name in MATH_FUNCTIONS or name in LIBRARY_MATH_FUNCTIONS or f"{math_prefix}.{name}" in CONSTANTS:
                return f"{math_prefix}.{name}"
            continue
        obj = objects.get(prefix[-1])
        if obj is not None and (name in obj.fields or name in obj.methods):
            return f"{obj.name}.{name}"
    return None


def as_selection(path: str, span) -> ast.Expr:
    """`A.b` as the syntax tree the typer resolves qualified names from, every node at the imported name's span."""
    head, *rest = path.split(".")
    node: ast.Expr = ast.Ident(span, head)
    for part in rest:
        node = ast.Select(span, node, part, span)
    return node
