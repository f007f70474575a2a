"""Where an expression is typed (scopes and contexts), and the questions about syntax nodes every typing rule asks."""
from __future__ import annotations


from ..syntax import ast
from .symbols import LocalSymbol, MethodSymbol


class Scope:
    """Lexical scope of locals: a dict per block, chained to the enclosing one."""

    __slots__ = ("names", "parent")

    def __init__(self, parent: "Scope | None" = None) -> None:
        self.names: dict[str, LocalSymbol] = {}
        self.parent = parent

    def lookup(self, name: str) -> LocalSymbol | None:
        scope: Scope | None = self
        while scope is not None:
            sym = scope.names.get(name)
            if sym is not None:
                return sym
            scope = scope.parent
        return None


class Context:
    """Where an expression is being typed: owner (object or class), method, local scope, collected locals."""

    __slots__ = ("owner", "method", "scope", "locals")

    def __init__(self, owner, method: MethodSymbol | None, scope: Scope, locals_: list[LocalSymbol]) -> None:
        self.owner = owner
        self.method = method
        self.scope = scope
        self.locals = locals_

    def nested(self) -> "Context":
        return Context(self.owner, self.method, Scope(self.scope), self.locals)


def _broken(arg_nodes: list) -> bool:
    """Whether an argument list holds a piece the parser already reported (a syntax error or an unsupported
    construct): its length then says nothing about the call, so no argument-count error is added."""
    return any(isinstance(a, (ast.ErrorExpr, ast.Unsupported)) for a in arg_nodes)


def qualified_path(node: ast.Expr) -> str | None:
    """`a.b.c` as a string when the expression is a chain of selections on an identifier, else None."""
    names: list[str] = []
    while isinstance(node, ast.Select):
        names.append(node.name)
        node = node.qualifier
    if not isinstance(node, ast.Ident):
        return None
    names.append(node.name)
    return ".".join(reversed(names))
