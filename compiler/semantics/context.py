"""Where an expression is typed (scopes and contexts), and the questions about syntax nodes every typing rule asks."""
from __future__ import annotations

from ..syntax import ast
from .symbols import FieldSymbol, LocalSymbol, MethodSymbol


class Scope:
    """Lexical scope of locals (and local `def`s): a dict per block, chained to the enclosing one. A scope that
    starts a function body (a lambda's, a local def's) is a boundary: a `var` found beyond it is captured, and
    so is marked to live in a shared cell."""

    __slots__ = ("names", "parent", "boundary", "imports")

    def __init__(self, parent: "Scope | None" = None, boundary: bool = False) -> None:
        self.names: dict[str, LocalSymbol | MethodSymbol] = {}
        self.parent = parent
        self.boundary = boundary
        self.imports: list[ast.Import] | None = None  # `import` statements of this block, in order

    def lookup(self, name: str) -> LocalSymbol | MethodSymbol | None:
        scope: Scope | None = self
        crossed = False
        while scope is not None:
            sym = scope.names.get(name)
            if sym is not None:
                if crossed and isinstance(sym, LocalSymbol) and sym.mutable:
                    sym.boxed = True
                return sym
            crossed = crossed or scope.boundary
            scope = scope.parent
        return None


class Context:
    """Where an expression is being typed: owner (object or class), method, local scope, collected locals."""

    __slots__ = ("owner", "method", "scope", "locals", "in_lambda")

    def __init__(self, owner, method: MethodSymbol | None, scope: Scope, locals_: list[LocalSymbol],
                 in_lambda: bool = False) -> None:
        self.owner = owner
        self.method = method
        self.scope = scope
        self.locals = locals_
        self.in_lambda = in_lambda  # typing a lambda's body: `return` would be a non-local return

    def nested(self) -> "Context":
        return Context(self.owner, self.method, Scope(self.scope), self.locals, self.in_lambda)

    def function_body(self, locals_: list[LocalSymbol], method: MethodSymbol | None = None) -> "Context":
        """The context of a lambda's body (method None) or of a local def's body, inside this one."""
        return Context(self.owner, method or self.method, Scope(self.scope, boundary=True), locals_, method is None)


def _broken(arg_nodes: list) -> bool:
    """Whether an argument list holds a piece the parser already reported (a syntax error or an unsupported
    construct): its length then says nothing about the call, so no argument-count error is added."""
    return any(isinstance(a, (ast.ErrorExpr, ast.Unsupported)) for a in arg_nodes)


def is_imports(stat) -> bool:
    """`import a.b, c.d` parses as a block of imports."""
    return isinstance(stat, ast.Block) and bool(stat.stats) and all(isinstance(i, ast.Import) for i in stat.stats)


def plain_constructor_param(sym) -> bool:
    """A constructor parameter without `val`/`var`: not a member, so a method may have its name (a bare `name` in
    the class body is still the parameter, as in scalac)."""
    return isinstance(sym, FieldSymbol) and isinstance(sym.defn, ast.ClassParam) and sym.defn.binding is None


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
