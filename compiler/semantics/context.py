"""Where an expression is typed (scopes and contexts), and the questions about syntax nodes every typing rule asks."""
from __future__ import annotations

from ..syntax import ast
from .symbols import FieldSymbol, LocalSymbol, MethodSymbol


class _Names(dict):
    """A scope's own names; every declaration is counted per name in the counts shared by the whole chain."""

    __slots__ = ("counts",)

    def __init__(self, counts: dict[str, int]) -> None:
        super().__init__()
        self.counts = counts

    def __setitem__(self, name: str, sym) -> None:
        self.counts[name] = self.counts.get(name, 0) + 1
        super().__setitem__(name, sym)

    def setdefault(self, name: str, sym):
        if name not in self:
            self[name] = sym
        return self[name]


class Scope:
    """Lexical scope of locals (and local `def`s): a dict per block, chained to the enclosing one. A scope that
    starts a function body (a lambda's, a local def's) is a boundary: a `var` found beyond it is captured, and
    so is marked to live in a shared cell.

    A lookup remembers its answer in every scope it passed (with whether a boundary lies between that scope and
    the declaration), stamped with how many times the name had been declared anywhere in the chain: a later lookup
    stops at the first scope with a still-valid answer. Without that, a name that is not a local (`println`,
    `withMemoryAllocator`) was searched through every enclosing scope, which made deeply nested blocks quadratic."""

    __slots__ = ("names", "parent", "boundary", "imports", "cache")

    def __init__(self, parent: "Scope | None" = None, boundary: bool = False) -> None:
        self.names: dict[str, LocalSymbol | MethodSymbol] = _Names(parent.names.counts if parent is not None else {})
        self.parent = parent
        self.boundary = boundary
        self.imports: list[ast.Import] | None = None  # `import` statements of this block, in order
        self.cache: dict[str, tuple[LocalSymbol | MethodSymbol | None, int, bool]] = {}

    def lookup(self, name: str) -> LocalSymbol | MethodSymbol | None:
        stamp = self.names.counts.get(name, 0)
        passed = []
        scope: Scope | None = self
        found = None
        crossed = False  # a boundary between the scope where the search stopped and the declaration
        while scope is not None:
            sym = scope.names.get(name)
            if sym is not None:
                found = sym
                break
            remembered = scope.cache.get(name)
            if remembered is not None and remembered[1] == stamp:
                found, _, crossed = remembered
                break
            passed.append(scope)
            scope = scope.parent
        for s in reversed(passed):
            crossed = crossed or s.boundary
            s.cache[name] = (found, stamp, crossed)
        if crossed and isinstance(found, LocalSymbol) and found.mutable:
            found.boxed = True
        return found


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
