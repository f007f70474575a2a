"""Typing of anonymous classes: `new A(args) with T { body }` is an instance of a final local class, typed as a
class defined in the enclosing block (it captures the block's vals, vars and defs and the enclosing instance the
same way) and named `$anon$N` after its place in the file, as scalac names it (`Main$$anon$N` on the JVM)."""
from __future__ import annotations

import dataclasses

from ..syntax import ast
from . import tir
from .context import Context
from .types import ERROR


class AnonymousClassTyping:
    """Anonymous classes (a mixin of the Typer)."""

    def expr_NewAnonymous(self, node: ast.NewAnonymous, ctx: Context, expected):
        made = self.__dict__.setdefault("_anonymous_classes", {})
        cls = made.get(id(node))
        if cls is None:
            name = f"$anon${node.ordinal}"
            while name in self.program.classes:  # (an edited file whose reused trees carry older numbers)
                name += "$"
            defn = dataclasses.replace(node.defn, name=name)
            cls = self.enter_local_classes([defn], ctx).get(id(defn))
            if cls is None:
                return tir.ErrorNode(node.span, ERROR)
            made[id(node)] = cls
            self.check_local_class(cls)
        return self.construct(cls, [], node.span, ctx)
