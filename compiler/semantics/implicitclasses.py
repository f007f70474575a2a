"""`implicit class RichInt(x: Int) { def squared = x * x }` inside an object or class: the class, and the implicit
conversion `implicit def RichInt(x: Int): RichInt = new RichInt(x)` beside it, as scalac generates it; `5.squared`
then selects through that conversion (implicits.py); a generic one (`implicit class RichList[A](xs: List[A])`) gives a
generic conversion whose type arguments the converted value fixes. One of several parameters, one at the top level
and one in a block are not supported.
"""
from __future__ import annotations

from ..syntax import ast


def is_implicit_class(stat) -> bool:
    return isinstance(stat, ast.ClassDef) and "implicit" in stat.modifiers


class ImplicitClassTyping:
    """Typer mixin: the conversion an implicit class brings."""

    def enter_implicit_class(self, owner, defn: ast.ClassDef) -> None:
        if len(defn.params) != 1 or defn.params[0].implicit or defn.params[0].tpe is None:
            self.unsupported("an implicit class that does not take exactly one parameter", defn.name_span)
            return
        if defn.name in owner.methods:
            return  # (already reported as a duplicate, or a method of that name stands for it)
        p = defn.params[0]
        span = defn.name_span
        made = ast.TypeRef(span, defn.name, [ast.TypeRef(span, tp.name) for tp in defn.type_params])
        conversion = ast.DefDef(defn.span, defn.name, span, [ast.Param(p.span, p.name, p.name_span, p.tpe)],
                                made, ast.New(span, made, [ast.Ident(p.name_span, p.name)]),
                                modifiers=["implicit"], type_params=list(defn.type_params))
        owner.methods[defn.name] = self.enter_method(owner, conversion)
        self.implicit_conversions[id(defn)] = owner.methods[defn.name]
